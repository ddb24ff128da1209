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
import dev.attest.platform.UtcClock;
import dev.attest.security.control.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

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
    Article article = lockedForChange(id);
    article.submit(user, UtcClock.now());
    return recorded(article);
  }

  public Article signOff(
      long id,
      String claim,
      Integer revision,
      Decision decision,
      String note,
      String evidenceUrl,
      String user) {
    Article article = lockedForChange(id);
    article.signOff(claim, revision, decision, note, evidenceUrl, reviewer(user), UtcClock.now());
    return recorded(article);
  }

  /**
   * Publishes an APPROVED article whose current revision still meets the requirements under the
   * rules in force.
   */
  public Article publish(long id, String user) {
    Article article = lockedForChange(id);
    Revision current = article.currentRevision();
    Analysis now = analyzer.analyze(current.html(), current.language());
    if (!now.violations().isEmpty()) {
      throw new ArticleRejected(now);
    }
    article.publish(reviewer(user), UtcClock.now());
    return recorded(article);
  }

  /** Submitted articles, oldest submission first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Article> queue() {
    return em.createNamedQuery(Article.QUEUE, Article.class)
        .setParameter("state", ArticleState.SUBMITTED)
        .getResultList();
  }

  private Article lockedForChange(long id) {
    Article article = articles.find(id);
    em.lock(article, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return article;
  }

  private Article recorded(Article article) {
    try {
      history.record(article);
    } catch (OptimisticLockException concurrent) {
      throw new StaleClaim(
          "someone changed the article while you were deciding; reload it and try again");
    }
    return article;
  }

  private Reviewer reviewer(String user) {
    return new Reviewer(user, users.displayName(user));
  }
}
