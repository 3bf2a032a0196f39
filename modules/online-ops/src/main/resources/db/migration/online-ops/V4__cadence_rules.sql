-- Cadence rules: how often each platform must be updated, the fixed columns reviewed monthly, and
-- the warnings already sent, so a warning goes out once per rule and period. A platform without a
-- rule row follows the module's settings (the seed's defaults).

-- Per-platform overrides of the module settings; a null column means "the setting's value".
CREATE TABLE online_cadence_rule (
    tenant_id           varchar(40) NOT NULL REFERENCES tenant (code),
    platform_id         bigint      NOT NULL,
    weekly_min          integer     CHECK (weekly_min BETWEEN 0 AND 50),
    daily_min           integer     CHECK (daily_min BETWEEN 0 AND 20),
    working_days_only   boolean,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, platform_id),
    FOREIGN KEY (tenant_id, platform_id) REFERENCES online_platform (tenant_id, id)
);
SELECT opsuite_tenant_table('online_cadence_rule');

-- A fixed column of a platform (a site section, a recurring feature) reviewed once a month.
CREATE SEQUENCE online_cadence_column_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_cadence_column (
    tenant_id         varchar(40)  NOT NULL REFERENCES tenant (code),
    id                bigint       NOT NULL,
    platform_id       bigint       NOT NULL,
    name              varchar(100) NOT NULL,
    last_reviewed_on  date,
    reviewed_by       bigint,
    created_on        date         NOT NULL DEFAULT current_date,
    version           bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, platform_id) REFERENCES online_platform (tenant_id, id),
    FOREIGN KEY (tenant_id, reviewed_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_cadence_column');
CREATE UNIQUE INDEX online_cadence_column_name
    ON online_cadence_column (tenant_id, platform_id, lower(name));

-- Each review, so a month's review is known after the next one replaces last_reviewed_on.
CREATE TABLE online_cadence_review (
    tenant_id    varchar(40) NOT NULL REFERENCES tenant (code),
    column_id    bigint      NOT NULL,
    reviewed_on  date        NOT NULL,
    reviewed_by  bigint      NOT NULL,
    PRIMARY KEY (tenant_id, column_id, reviewed_on),
    FOREIGN KEY (tenant_id, column_id) REFERENCES online_cadence_column (tenant_id, id),
    FOREIGN KEY (tenant_id, reviewed_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_cadence_review');

-- A warning sent: one per rule (site:<platform>, occasion:<id>, ...) and period (a week, a day).
CREATE TABLE online_cadence_warning (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    rule_key    varchar(60)  NOT NULL,
    period_key  varchar(20)  NOT NULL,
    user_id     bigint       NOT NULL,
    sent_at     timestamptz  NOT NULL DEFAULT now(),
    message     varchar(500) NOT NULL,
    PRIMARY KEY (tenant_id, rule_key, period_key, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_cadence_warning');
