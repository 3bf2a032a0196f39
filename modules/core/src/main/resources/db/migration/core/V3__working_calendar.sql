-- A tenant's own calendar entries: days that differ from the built-in China calendar (a company
-- holiday, a local make-up working day). Only the differences are stored.
CREATE TABLE calendar_day (
    tenant_id  varchar(40)  NOT NULL REFERENCES tenant (code),
    day        date         NOT NULL,
    kind       varchar(8)   NOT NULL CHECK (kind IN ('WORKDAY', 'REST')),
    note       varchar(200),
    updated_by varchar(200),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day)
);
SELECT opsuite_tenant_table('calendar_day');
