-- Meterbook ledger, version 3: exception actions are audited per item (subject 'exception <id>'),
-- and a record's history panel reads them by subject. The audit table grows by operations and
-- operator actions, not by records, so one more index costs imports nothing.
create index audit_entry_subject on audit_entry(subject);
