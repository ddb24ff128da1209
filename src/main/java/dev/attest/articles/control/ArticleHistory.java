package dev.attest.articles.control;

import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.ArticleEvent;
import dev.attest.audit.control.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Moves what an article recorded in this transaction into the audit trail, in the same transaction.
 */
@ApplicationScoped
public class ArticleHistory {
  @Inject AuditLog audit;

  public void record(Article article) {
    for (ArticleEvent event : article.drainEvents()) {
      audit.record(event.type(), event.actor(), article.id(), event.payload());
    }
  }
}
