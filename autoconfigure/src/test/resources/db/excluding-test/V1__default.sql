-- The default database's migration: the subfolders hold other binds' migrations.
create table default_things (id integer primary key);
