package dev.attest.review.control;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Analyzer;
import dev.attest.articles.control.ArticleHistory;
import dev.attest.articles.control.ArticleRejected;
import dev.attest.articles.control.ArticleSaves;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.ArticleState;
import dev.attest.articles.entity.Decision;
import dev.attest.articles.entity.Reviewer;
import dev.attest.articles.entity.Revision;
import dev.attest.articles.entity.StaleClaim;
import dev.attest.articles.entity.WorkflowRefused;
import dev.attest.platform.UtcClock;
import dev.attest.security.control.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review use cases. Each loads the article, lets the aggregate decide, bumps the article's
 * version (so a concurrent save or sign-off on the same article is refused rather than lost) and
 * records what happened.
 */
@ApplicationScoped
@Transactional
public class Reviews {
  @PersistenceContext(unitName = "attest")
  EntityManager em;

  @Inject ArticleSaves articles;

  @Inject ArticleHistory history;

  @Inject Users users;

  @Inject Analyzer analyzer;

  public Article submit(long id, String user) {
    return changed(id, article -> article.submit(user, UtcClock.now()));
  }

  public Article signOff(
      long id,
      String claim,
      Integer revision,
      Decision decision,
      String note,
      String evidenceUrl,
      String user) {
    return changed(
        id,
        article ->
            article.signOff(
                claim, revision, decision, note, evidenceUrl, reviewer(user), UtcClock.now()));
  }

  /**
   * Publishes an APPROVED article whose current revision still meets the requirements under the
   * rules in force.
   */
  public Article publish(long id, String user) {
    return changed(
        id,
        article -> {
          Revision current = article.currentRevision();
          Analysis now = analyzer.analyze(current.html(), current.language());
          if (!now.violations().isEmpty()) {
            throw new ArticleRejected(now);
          }
          article.publish(reviewer(user), UtcClock.now());
        });
  }

  /** Submitted articles, oldest submission first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Article> queue() {
    return em.createNamedQuery(Article.QUEUE, Article.class)
        .setParameter("state", ArticleState.SUBMITTED)
        .getResultList();
  }

  /**
   * Applies {@code change} to the article, locked for the change (a concurrent change waits, then
   * sees this one), and records it. A refusal for the article's state or a stale claim names the
   * last change, which is often what made the request come too late (another chief editor published
   * it, an editor saved a new revision).
   */
  private Article changed(long id, Consumer<Article> change) {
    Article article = articles.findForChange(id);
    try {
      change.accept(article);
    } catch (WorkflowRefused refused) {
      throw new WorkflowRefused(refused.getMessage() + since(id));
    } catch (StaleClaim stale) {
      throw new StaleClaim(stale.getMessage() + since(id));
    }
    try {
      history.record(article);
    } catch (OptimisticLockException concurrent) {
      // not expected while the article's row is locked; kept as the answer should it happen
      throw new WorkflowRefused(
          "the article was changed by someone else at the same moment; reload it and try again");
    }
    return article;
  }

  private String since(long id) {
    String last = articles.lastChange(id);
    return last == null ? "" : " (the last change to the article: " + last + ")";
  }

  private Reviewer reviewer(String user) {
    return new Reviewer(user, users.displayName(user));
  }
}
