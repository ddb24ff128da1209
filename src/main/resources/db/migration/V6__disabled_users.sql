-- When an admin disabled the user (someone who left the newsroom), or null while they may sign in.
-- A disabled account stays: its revisions, sign-offs and audit events keep naming it.
alter table app_user add column disabled_at timestamp with time zone;
