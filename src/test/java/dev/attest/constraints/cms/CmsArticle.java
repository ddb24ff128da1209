package dev.attest.constraints.cms;

import dev.attest.constraints.AiDisclosure;
import dev.attest.constraints.NamedAuthor;

/**
 * An article class as another CMS would write it, using only attest's plugin jar: {@code
 * PluginJarIT} loads it apart from attest's own classes.
 */
public class CmsArticle {
  @AiDisclosure @NamedAuthor private final String body;

  public CmsArticle(String body) {
    this.body = body;
  }
}
