package dev.attest.articles.control;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Analyzer;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.Revision;
import dev.attest.audit.control.AuditLog;
import dev.attest.audit.control.AuditTrail;
import dev.attest.audit.entity.EventType;
import dev.attest.constraints.Attested;
import dev.attest.constraints.RecentAnalyses;
import dev.attest.platform.IfMatch;
import dev.attest.platform.PageRequest;
import dev.attest.platform.UtcClock;
import dev.attest.security.control.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves articles: a new article is a draft with its first revision, every further save a new
 * revision. The {@link Attested} interceptor has analysed the content once before these methods
 * run; they reuse that analysis.
 */
@ApplicationScoped
@Transactional
public class ArticleSaves {
  @PersistenceContext(unitName = "attest")
  EntityManager em;

  @Inject Analyzer analyzer;

  @Inject ArticleHistory history;

  @Inject AuditLog audit;

  @Inject AuditTrail trail;

  @Inject Users users;

  @Attested
  public Article create(ArticleContent content, String user) {
    Analysis analysis = analysisOf(content, user, null);
    Article article =
        Article.draft(content.title(), content.html(), analysis, user, UtcClock.now());
    em.persist(article);
    history.record(article);
    return article;
  }

  @Attested
  public Article update(long id, IfMatch expected, ArticleContent content, String user) {
    Article article = findForChange(id);
    if (!expected.matches(String.valueOf(article.version()))) {
      throw new StaleVersion(article.version(), lastChange(id));
    }
    Analysis analysis = analysisOf(content, user, id);
    article.revise(
        content.title(), content.html(), analysis, user, UtcClock.now(), users::displayName);
    try {
      history.record(article); // flushes the new revision first
    } catch (OptimisticLockException concurrentSave) {
      throw new StaleVersion(-1, null);
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new StaleVersion(-1, null); // another save took this revision number first
      }
      throw e;
    }
    return article;
  }

  /**
   * The article, its row locked until the transaction ends and its version counted up at the end:
   * whoever changes the article next waits for this change and then reads it, so two changes of one
   * article never both pass their checks on the same version (the loser of a race gets the same
   * answer as a late client, with the current version, and no optimistic-lock exception is thrown
   * and logged by the persistence provider).
   */
  public Article findForChange(long id) {
    Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (article == null) {
      throw new UnknownArticle(id);
    }
    // every change bumps the version when it commits, even when only a revision is added (title
    // and language unchanged)
    em.lock(article, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return article;
  }

  /**
   * The last change that moved the article's version, as "a sign-off by chief at
   * 2026-08-02T09:30:00Z", or null when the trail has none.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String lastChange(long id) {
    return trail
        .last(id, VERSION_CHANGES)
        .map(
            event ->
                switch (EventType.valueOf(event.type())) {
                      case ARTICLE_SAVED -> "a save";
                      case SIGNED_OFF -> "a sign-off";
                      case SUBMITTED -> "a submission for review";
                      default -> "the publication";
                    }
                    + " by "
                    + event.actor()
                    + " at "
                    + event.occurredAt().toInstant())
        .orElse(null);
  }

  /** What changes an article's version: saves and the review actions. */
  private static final Set<EventType> VERSION_CHANGES =
      EnumSet.of(
          EventType.ARTICLE_SAVED, EventType.SIGNED_OFF, EventType.SUBMITTED, EventType.PUBLISHED);

  @Transactional(Transactional.TxType.SUPPORTS)
  public Article find(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new UnknownArticle(id);
    }
    return article;
  }

  /**
   * One page of the articles the filter lets through, each with its current revision (looked up for
   * the whole page at once: an article's earlier revisions are not read), and how many there are in
   * all. In a transaction of its own, so that every query shares one persistence context (outside
   * one, each query would read the articles and revisions the others already read again, one by
   * one).
   */
  public Listing list(ArticleFilter filter, PageRequest page) {
    TypedQuery<Article> articles = filter.articles(em);
    TypedQuery<Long> count = filter.count(em);
    long total = count.getSingleResult();
    boolean keyset = filter.after() != null;
    // past the end there is nothing to read (and EclipseLink adds offset and size as ints)
    if (!keyset && (page.offset() >= total || page.offset() + page.size() > Integer.MAX_VALUE)) {
      return new Listing(List.of(), total, false);
    }
    // one more than the page, to know whether the list goes on after it
    List<Article> found =
        articles.setFirstResult((int) page.offset()).setMaxResults(page.size() + 1).getResultList();
    boolean more = found.size() > page.size();
    if (more) {
      found = found.subList(0, page.size());
    }
    if (found.isEmpty()) {
      return new Listing(List.of(), total, false);
    }
    Map<Long, Revision> current = new HashMap<>();
    for (Revision revision :
        em.createNamedQuery(Revision.CURRENT_OF, Revision.class)
            .setParameter("articles", found)
            .getResultList()) {
      current.put(revision.article().id(), revision);
    }
    List<Listed> listed = new ArrayList<>(found.size());
    for (Article article : found) {
      Revision latest = current.get(article.id());
      if (latest == null) {
        throw new IllegalStateException("article " + article.id() + " has no current revision");
      }
      listed.add(new Listed(article, latest));
    }
    return new Listing(listed, total, more);
  }

  /**
   * A page of articles, the number of articles in the whole list, and whether more follow the page.
   */
  public record Listing(List<Listed> items, long total, boolean more) {}

  /** A listed article and its current revision. */
  public record Listed(Article article, Revision current) {}

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private Analysis analysisOf(ArticleContent content, String user, Long articleId) {
    Analysis analysis = RecentAnalyses.of(analyzer, content.html(), content.language());
    if (!analysis.violations().isEmpty()) {
      audit.recordAlone(EventType.SAVE_REJECTED, user, articleId, rejection(content, analysis));
      throw new ArticleRejected(analysis);
    }
    return analysis;
  }

  private static Map<String, Object> rejection(ArticleContent content, Analysis analysis) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("title", content.title());
    payload.put("contentHash", Revision.sha256(content.html()));
    payload.put("language", analysis.language());
    payload.put("violations", analysis.violations().stream().map(v -> v.code()).toList());
    return payload;
  }
}
