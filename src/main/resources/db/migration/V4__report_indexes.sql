-- Compliance reports find a period's articles by when revisions were saved and articles published.
create index revision_saved_at on revision (saved_at);
create index article_published_at on article (published_at);
