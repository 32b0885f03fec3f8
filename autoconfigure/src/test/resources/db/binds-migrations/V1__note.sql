create table note (id bigserial primary key, text varchar(255));
create table setting (id bigserial primary key, name varchar(255));
