-- The letterhead of a billing entity (customers name an entity by code, MAIN by default): the name,
-- address lines (newline separated) and registration/tax number printed on statements and invoices,
-- an optional logo (PNG or JPEG bytes), and the payment terms that set an invoice's due date.
create table entity_profile (
    entity        varchar(64)   primary key,
    name          varchar(300)  not null,
    address       varchar(2000) not null,
    tax_id        varchar(100)  not null,
    logo          varbinary(1048576),
    payment_days  int           not null default 14,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100)  not null
);
