-- Users of attest (HTTP Basic over this table; PBKDF2 hashes) and their roles.
create table app_user (
  name varchar(100) primary key,
  password_hash varchar(500) not null,
  created_at timestamp with time zone not null
);

create table user_role (
  name varchar(100) not null references app_user (name),
  role varchar(30) not null,
  primary key (name, role)
);
