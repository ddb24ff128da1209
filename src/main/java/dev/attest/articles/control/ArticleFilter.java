package dev.attest.articles.control;

import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.ArticleState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Which articles a list shows and in what order: optionally only one state, optionally only those
 * one user created, oldest or newest first (by id, the order of first saves).
 *
 * @param state the state, or null for all
 * @param createdBy the user name, or null for everybody's
 */
public record ArticleFilter(ArticleState state, String createdBy, boolean newestFirst) {

  /** The articles that pass, in order. */
  TypedQuery<Article> articles(EntityManager em) {
    return bind(
        em.createQuery(
            "select a from Article a" + where() + " order by a.id" + (newestFirst ? " desc" : ""),
            Article.class));
  }

  /** How many articles pass. */
  TypedQuery<Long> count(EntityManager em) {
    return bind(em.createQuery("select count(a) from Article a" + where(), Long.class));
  }

  private String where() {
    List<String> conditions = new ArrayList<>(2);
    if (state != null) {
      conditions.add("a.state = :state");
    }
    if (createdBy != null) {
      conditions.add("a.createdBy = :createdBy");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query) {
    if (state != null) {
      query.setParameter("state", state);
    }
    if (createdBy != null) {
      query.setParameter("createdBy", createdBy);
    }
    return query;
  }
}
