-- The auth bind's migration, with the same version as the default's on purpose.
create table auth_users (id integer primary key);
