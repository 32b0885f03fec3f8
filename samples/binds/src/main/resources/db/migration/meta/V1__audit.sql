-- The meta bind (SQLite). SQLite does not enforce a varchar's length: the checks do.
create table binds_audit_entry (
	id integer primary key autoincrement,
	action varchar(50) not null check (length(action) <= 50),
	detail varchar(255) not null check (length(detail) <= 255),
	at timestamp not null
);
