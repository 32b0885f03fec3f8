create table gadget (id bigint auto_increment primary key, code varchar(50) not null unique);
