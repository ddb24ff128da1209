package dev.attest.articles.entity;

import dev.attest.audit.entity.EventType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Something that happened to an article, recorded by the aggregate for the audit trail. */
public record ArticleEvent(EventType type, String actor, Map<String, Object> payload) {
  public ArticleEvent {
    payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
  }
}
