-- Mapping profiles: how to read a CSV file of no built-in format, saved by name. The definition is the
-- profile's properties text as MappingProfile.text() writes it; saving and deleting are audited.
create table mapping_profile (
    name        varchar(64)   not null primary key,
    definition  varchar(4000) not null,
    saved_at    timestamp with time zone not null,
    saved_by    varchar(100)  not null
);
-- a file imported through a profile is registered with format 'profile:NAME'
alter table source_file alter column format set data type varchar(80);
