create table badge (id integer primary key, code varchar(50) not null unique);
