-- Counts changes of a user's password. A browser session and a remembered login belong to one
-- version: changing or resetting the password ends the user's other sessions on every server.
alter table app_user add column credentials_version integer default 0 not null;
