-- The auth bind (MariaDB).
create table binds_account (
	id bigint auto_increment primary key,
	username varchar(50) not null,
	display_name varchar(100) not null,
	constraint binds_account_username unique (username)
);
