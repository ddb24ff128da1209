-- Sign-off workflow and the audit trail. ${text} is CLOB on H2 and TEXT on PostgreSQL.

-- the name a user is known by in bylines (four eyes: nobody approves their own byline)
alter table app_user add column display_name varchar(200);

alter table article add column submitted_at timestamp with time zone;
alter table article add column published_revision integer;
alter table article add column published_at timestamp with time zone;
alter table article add column published_by varchar(200);

-- a chief editor's decision on one claim (identified by its fingerprint) in one revision
create sequence sign_off_seq start with 1 increment by 1;
create table sign_off (
  id bigint primary key,
  article_id bigint not null references article (id),
  fingerprint varchar(40) not null,
  revision_number integer not null,
  decision varchar(10) not null,
  note varchar(2000),
  evidence_url varchar(2000),
  signed_by varchar(200) not null,
  signed_at timestamp with time zone not null
);
create index sign_off_article on sign_off (article_id);
create index sign_off_time on sign_off (signed_at);

-- a claim's review status in its revision, the sign-off that decided it (possibly made on an earlier revision of
-- the same sentence) and when the sentence was first flagged in the article
alter table claim add column sign_off_id bigint references sign_off (id);
alter table claim add column flagged_at timestamp with time zone;
alter table claim add column paragraph ${text};

-- the audit trail: append-only, each event hashing the previous one; audit_head is its single-row lock and tip
create table audit_head (
  id integer primary key,
  seq bigint not null,
  hash varchar(80) not null
);
insert into audit_head (id, seq, hash) values (1, 0, 'sha256:0000000000000000000000000000000000000000000000000000000000000000');

create table audit_event (
  seq bigint primary key,
  occurred_at timestamp with time zone not null,
  type varchar(40) not null,
  actor varchar(200) not null,
  article_id bigint,
  payload ${text} not null,
  prev_hash varchar(80) not null,
  hash varchar(80) not null
);
create index audit_event_time on audit_event (occurred_at);
create index audit_event_article on audit_event (article_id, seq);
