-- A tenant's data exports: who asked, progress (rows done of rows counted, and per table as JSON),
-- and where the finished archive is (its size and checksum; the file lives in OPSUITE_EXPORT_DIR,
-- shared by every instance). The id is a random UUID, so any instance can name one.
CREATE TABLE tenant_export (
    tenant_id      varchar(40)   NOT NULL REFERENCES tenant (code),
    id             varchar(36)   NOT NULL,
    status         varchar(16)   NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    requested_by   varchar(200)  NOT NULL,
    requested_at   timestamptz   NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    rows_total     bigint        NOT NULL DEFAULT 0,
    rows_done      bigint        NOT NULL DEFAULT 0,
    table_progress text          NOT NULL DEFAULT '[]',
    archive_bytes  bigint,
    archive_sha256 varchar(64),
    failure        varchar(2000),
    version        bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX tenant_export_recent ON tenant_export (tenant_id, requested_at DESC);
SELECT opsuite_tenant_table('tenant_export');
