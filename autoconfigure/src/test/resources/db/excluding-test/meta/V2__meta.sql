-- The meta bind's migration.
create table meta_tags (id integer primary key);
