create table account (id bigint auto_increment primary key, name varchar(255) unique);
create table login_event (id bigint auto_increment primary key, account varchar(255));
