package dev.attest.articles.entity;

import dev.attest.analysis.Analysis;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The aggregate root: an article's title, language and state, its current revision, and a version that every save
 * increments (the HTTP ETag; a save against an older version is refused).
 */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.ALL, query = "select a from Article a order by a.id")
@NamedQuery(name = Article.IN_STATE, query = "select a from Article a where a.state = :state order by a.id")
public class Article {
  public static final String ALL = "Article.all";
  public static final String IN_STATE = "Article.inState";

  @Id
  @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
  private Long id;

  private String title;

  private String language;

  @Enumerated(EnumType.STRING)
  private ArticleState state;

  @Version
  private long version;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<Revision> revisions = new ArrayList<>();

  protected Article() {}

  /** A new draft whose first revision is {@code html}, analysed as {@code analysis}. */
  public static Article draft(String title, String html, Analysis analysis, String savedBy, OffsetDateTime at) {
    Article article = new Article();
    article.state = ArticleState.DRAFT;
    article.createdBy = savedBy;
    article.createdAt = at;
    article.revise(title, html, analysis, savedBy, at);
    return article;
  }

  /** Saves a new revision; the earlier ones stay as they were. */
  public Revision revise(String newTitle, String html, Analysis analysis, String savedBy, OffsetDateTime at) {
    Revision revision = new Revision(this, revisions.size() + 1, newTitle, html, analysis, savedBy, at);
    revisions.add(revision);
    title = newTitle;
    language = analysis.language();
    return revision;
  }

  /** Whether {@code expected} is the version the client last saw. */
  public boolean isAtVersion(long expected) {
    return version == expected;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String language() {
    return language;
  }

  public ArticleState state() {
    return state;
  }

  public long version() {
    return version;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** The latest revision: what the article says now. */
  public Revision currentRevision() {
    return revisions.get(revisions.size() - 1);
  }

  public List<Revision> revisions() {
    return Collections.unmodifiableList(revisions);
  }
}
