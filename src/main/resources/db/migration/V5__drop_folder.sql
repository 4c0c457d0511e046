-- The drop folder the desktop watches while it is open (and `meterbook watch` without a folder): at most
-- one row. stable_millis is how long a file's size must stay the same before it is imported.
create table drop_folder (
    id             int primary key,
    folder         varchar(4000) not null,
    enabled        boolean not null,
    stable_millis  bigint not null
);
