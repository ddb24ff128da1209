package dev.attest.articles.control;

import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.ArticleState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Which articles a list shows and in what order: optionally only one state, optionally only those
 * one user created, oldest or newest first (by id, the order of first saves), optionally only those
 * after a given article in that order (keyset paging: an article saved meanwhile moves no other one
 * from page to page).
 *
 * @param state the state, or null for all
 * @param createdBy the user name, or null for everybody's
 * @param after the id of the article the list goes on after, or null to begin at the start
 */
public record ArticleFilter(ArticleState state, String createdBy, boolean newestFirst, Long after) {

  /** The articles that pass, in order, from the one after {@link #after()} on. */
  TypedQuery<Article> articles(EntityManager em) {
    String where = where(after != null ? "a.id " + (newestFirst ? "<" : ">") + " :after" : null);
    TypedQuery<Article> query =
        bind(
            em.createQuery(
                "select a from Article a" + where + " order by a.id" + (newestFirst ? " desc" : ""),
                Article.class));
    return after != null ? query.setParameter("after", after) : query;
  }

  /** How many articles pass, in the whole list. */
  TypedQuery<Long> count(EntityManager em) {
    return bind(em.createQuery("select count(a) from Article a" + where(null), Long.class));
  }

  private String where(String position) {
    List<String> conditions = new ArrayList<>(3);
    if (position != null) {
      conditions.add(position);
    }
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
