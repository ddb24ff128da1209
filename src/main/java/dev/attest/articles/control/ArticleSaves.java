package dev.attest.articles.control;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Analyzer;
import dev.attest.articles.boundary.Attested;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.ArticleState;
import dev.attest.constraints.RecentAnalyses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Saves articles: a new article is a draft with its first revision, every further save a new revision. The
 * {@link Attested} interceptor has analysed the content once before these methods run; they reuse that analysis.
 */
@ApplicationScoped
@Transactional
public class ArticleSaves {
  @PersistenceContext(unitName = "attest")
  EntityManager em;

  @Inject Analyzer analyzer;

  @Attested
  public Article create(ArticleContent content, String user) {
    Analysis analysis = analysisOf(content);
    Article article = Article.draft(content.title(), content.html(), analysis, user, now());
    em.persist(article);
    em.flush();
    return article;
  }

  @Attested
  public Article update(long id, long expectedVersion, ArticleContent content, String user) {
    Article article = find(id);
    if (!article.isAtVersion(expectedVersion)) {
      throw new StaleVersion(article.version());
    }
    Analysis analysis = analysisOf(content);
    article.revise(content.title(), content.html(), analysis, user, now());
    try {
      em.flush();
    } catch (PersistenceException concurrentSave) {
      throw new StaleVersion(-1);
    }
    return article;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Article find(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new UnknownArticle(id);
    }
    return article;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Article> list(ArticleState state) {
    return state == null
        ? em.createNamedQuery(Article.ALL, Article.class).getResultList()
        : em.createNamedQuery(Article.IN_STATE, Article.class).setParameter("state", state).getResultList();
  }

  private Analysis analysisOf(ArticleContent content) {
    Analysis analysis = content.language() == null
        ? RecentAnalyses.of(analyzer, content.html())
        : analyzer.analyze(content.html(), content.language());
    if (!analysis.violations().isEmpty()) {
      throw new ArticleRejected(analysis);
    }
    return analysis;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
