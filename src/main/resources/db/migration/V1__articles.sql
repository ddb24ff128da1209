-- Articles and their immutable revisions and claims. ${text} is CLOB on H2 and TEXT on PostgreSQL.
create sequence article_seq start with 1 increment by 1;
create sequence revision_seq start with 1 increment by 1;
create sequence claim_seq start with 1 increment by 1;

create table article (
  id bigint primary key,
  title varchar(500) not null,
  language varchar(16) not null,
  state varchar(20) not null,
  version bigint not null,
  created_by varchar(200) not null,
  created_at timestamp with time zone not null
);

create table revision (
  id bigint primary key,
  article_id bigint not null references article (id),
  number integer not null,
  title varchar(500) not null,
  html ${text} not null,
  content_hash varchar(80) not null,
  saved_by varchar(200) not null,
  saved_at timestamp with time zone not null,
  language varchar(16) not null,
  ai_use varchar(20),
  disclosure_text varchar(2000),
  author_name varchar(500),
  author_found_in varchar(20),
  rules_version varchar(40) not null,
  unique (article_id, number)
);

create table claim (
  id bigint primary key,
  revision_id bigint not null references revision (id),
  fingerprint varchar(40) not null,
  text ${text} not null,
  start_offset integer not null,
  end_offset integer not null,
  reasons ${text} not null,
  status varchar(20) not null
);

create index claim_revision on claim (revision_id);
create index article_state on article (state);
