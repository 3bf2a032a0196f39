-- What made a certificate line, e.g. 'inspection:123' or 'notice:ZG20261201-50': a passed annual
-- inspection and a finished rectification write their line themselves, once (the unique index
-- holds even when two requests finish the same work at once). A line typed by hand for an
-- inspection takes its reference too; older hand-typed lines keep none, and the application
-- looks for them by inspection (no backfill here: row-level security is forced on the owner too).
ALTER TABLE gas_certificate_entry ADD COLUMN source_ref varchar(60);
CREATE UNIQUE INDEX gas_certificate_entry_source ON gas_certificate_entry (tenant_id, source_ref)
    WHERE source_ref IS NOT NULL;
