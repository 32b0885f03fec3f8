create table tag (id integer primary key autoincrement, label varchar(255));
create table setting (id integer primary key autoincrement, name varchar(255));
