-- A folder without subfolders, for comparing with Flyway's own scanner: Grüße, ½ ✓
create table flat_things (id integer primary key, name varchar(20));
insert into flat_things (id, name) values (1, 'Grüße');
