-- Windows line endings
create table flat_more (id integer primary key);
