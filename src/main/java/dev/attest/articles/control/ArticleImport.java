package dev.attest.articles.control;

import dev.attest.analysis.Analyzer;
import dev.attest.articles.entity.Article;
import dev.attest.constraints.RecentAnalyses;
import dev.attest.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Imports an article from another system straight into the database: it persists the aggregate with
 * the EntityManager and does not check the analysis itself. What keeps an article without a visible
 * disclosure or a named author out is the {@code @AiDisclosure} and {@code @NamedAuthor}
 * constraints on the revision's HTML, which JPA validates before every insert; this path exists for
 * migrations and shows that those constraints hold on their own.
 */
@ApplicationScoped
@Transactional
public class ArticleImport {
  @PersistenceContext(unitName = "attest")
  EntityManager em;

  @Inject Analyzer analyzer;

  @Inject ArticleHistory history;

  public Article importArticle(ArticleContent content, String user) {
    Article article =
        Article.draft(
            content.title(),
            content.html(),
            RecentAnalyses.of(analyzer, content.html(), content.language()),
            user,
            UtcClock.now());
    em.persist(article);
    history.record(article);
    return article;
  }
}
