-- A user name is one name whatever its case: "CHIEF2" and "chief2" cannot both exist. New names are stored in
-- lower case; names stored before keep their case (revisions, sign-offs and audit events name them), and every
-- look-up goes through name_key. PostgreSQL stores the generated column (${stored}); H2 computes it. The unique
-- index cannot be made while two names differ only in case: the migration then fails, naming the duplicate, and
-- the server does not start until an admin resolves it (see README, Known gaps).
alter table app_user add column name_key varchar(100) generated always as (lower(name)) ${stored};
create unique index app_user_name_key on app_user (name_key);
