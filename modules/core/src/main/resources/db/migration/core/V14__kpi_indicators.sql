-- KPI indicators (issue 8, first half): indicators with their formulas, the values of measures and
-- manual indicators with the history of every correction, closed periods, and targets with their
-- scoring rule. Periods are written as text: '2026-11' (month), '2026-Q4' (quarter), '2026' (year).
-- A subject is the whole tenant (TENANT, id 0), an org unit (UNIT) or a staff member (STAFF).

CREATE SEQUENCE kpi_indicator_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kpi_indicator (
    tenant_id    varchar(40)  NOT NULL REFERENCES tenant (code),
    id           bigint       NOT NULL,
    code         varchar(60)  NOT NULL CHECK (code ~ '^[a-z][a-z0-9]*([-_][a-z0-9]+)*$'),
    name_zh      varchar(200) NOT NULL,
    name_en      varchar(200) NOT NULL,
    unit         varchar(20)  NOT NULL,
    direction    varchar(20)  NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    period_kind  varchar(10)  NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER', 'YEAR')),
    source       varchar(10)  NOT NULL CHECK (source IN ('MANUAL', 'FORMULA')),
    formula      varchar(2000),
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(200) NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((source = 'FORMULA') = (formula IS NOT NULL))
);
SELECT opsuite_tenant_table('kpi_indicator');
CREATE UNIQUE INDEX kpi_indicator_code ON kpi_indicator (tenant_id, code);

-- The current value of a series for a period and subject. A series is a declared measure (its code
-- is dotted: 'app.downloads.actual') or a manual indicator (its code has no dot).
CREATE SEQUENCE kpi_value_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kpi_value (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    id            bigint        NOT NULL,
    series        varchar(100)  NOT NULL,
    period        varchar(7)    NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2}|-Q[1-4])?$'),
    subject_kind  varchar(10)   NOT NULL CHECK (subject_kind IN ('TENANT', 'UNIT', 'STAFF')),
    subject_id    bigint        NOT NULL,
    value         numeric(24,6) NOT NULL,
    note          varchar(500),
    entered_at    timestamptz   NOT NULL,
    entered_by    varchar(200)  NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((subject_kind = 'TENANT') = (subject_id = 0))
);
SELECT opsuite_tenant_table('kpi_value');
-- One value per cell; the index is also how a computation reads its series in bulk.
CREATE UNIQUE INDEX kpi_value_cell ON kpi_value (tenant_id, series, period, subject_kind, subject_id);

-- Every entry and correction of a value, never changed or removed: who entered what, and when.
CREATE SEQUENCE kpi_value_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kpi_value_change (
    tenant_id   varchar(40)   NOT NULL,
    id          bigint        NOT NULL,
    value_id    bigint        NOT NULL,
    previous    numeric(24,6),
    value       numeric(24,6) NOT NULL,
    note        varchar(500),
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(200)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, value_id) REFERENCES kpi_value (tenant_id, id)
);
SELECT opsuite_tenant_table('kpi_value_change');
SELECT opsuite_append_only('kpi_value_change');
CREATE INDEX kpi_value_change_value ON kpi_value_change (tenant_id, value_id, changed_at);

-- A closed period takes no more values or target changes (nor do the periods within it).
CREATE TABLE kpi_period_close (
    tenant_id  varchar(40)  NOT NULL REFERENCES tenant (code),
    period     varchar(7)   NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2}|-Q[1-4])?$'),
    closed_at  timestamptz  NOT NULL,
    closed_by  varchar(200) NOT NULL,
    version    bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, period)
);
SELECT opsuite_tenant_table('kpi_period_close');

-- The target of an indicator for a period and subject, with how a value scores against it. A
-- target for the whole tenant applies to every staff member and unit without one of their own.
CREATE SEQUENCE kpi_target_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kpi_target (
    tenant_id     varchar(40)   NOT NULL,
    id            bigint        NOT NULL,
    indicator_id  bigint        NOT NULL,
    period        varchar(7)    NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2}|-Q[1-4])?$'),
    subject_kind  varchar(10)   NOT NULL CHECK (subject_kind IN ('TENANT', 'UNIT', 'STAFF')),
    subject_id    bigint        NOT NULL,
    rule          varchar(10)   NOT NULL CHECK (rule IN ('LINEAR', 'BANDED')),
    floor_value   numeric(24,6),
    target_value  numeric(24,6),
    cap           numeric(6,2)  NOT NULL CHECK (cap BETWEEN 100 AND 200),
    bands         varchar(2000),
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(200)  NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, indicator_id) REFERENCES kpi_indicator (tenant_id, id) ON DELETE CASCADE,
    CHECK ((subject_kind = 'TENANT') = (subject_id = 0)),
    CHECK (rule <> 'LINEAR' OR (floor_value IS NOT NULL AND target_value IS NOT NULL)),
    CHECK (rule <> 'BANDED' OR bands IS NOT NULL)
);
SELECT opsuite_tenant_table('kpi_target');
CREATE UNIQUE INDEX kpi_target_cell
    ON kpi_target (tenant_id, indicator_id, period, subject_kind, subject_id);

-- Core's approval measures count decisions by the time they were made.
CREATE INDEX approval_approver_decided ON approval_approver (tenant_id, decided_at)
    WHERE decided_at IS NOT NULL;
