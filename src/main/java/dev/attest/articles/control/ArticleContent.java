package dev.attest.articles.control;

import dev.attest.constraints.AttestedContent;

/** What an editor saves: a title and the article's HTML, with an optional language override. */
public record ArticleContent(String title, String html, String language)
    implements AttestedContent {}
