-- Platform figures per ISO week and the improvement actions agreed at the monthly meeting. The
-- weekly meeting (Mondays) compares last week with the week before; the monthly one (the 1st)
-- compares months and reviews the actions agreed the month before.

-- What a platform achieved in one ISO week, entered by hand or imported; one row per platform and
-- week, so importing a file again replaces figures instead of adding rows. Followers is the count
-- at the week's end; the others are what happened during the week.
CREATE TABLE online_platform_week (
    tenant_id      varchar(40) NOT NULL REFERENCES tenant (code),
    platform_id    bigint      NOT NULL,
    week_start     date        NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    followers      bigint      NOT NULL CHECK (followers >= 0),
    new_followers  bigint      CHECK (new_followers >= 0),
    reads          bigint      NOT NULL CHECK (reads >= 0),
    interactions   bigint      NOT NULL CHECK (interactions >= 0),
    visits         bigint      NOT NULL CHECK (visits >= 0),
    conversions    bigint      NOT NULL CHECK (conversions >= 0),
    entered_by     varchar(200),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, platform_id, week_start),
    FOREIGN KEY (tenant_id, platform_id) REFERENCES online_platform (tenant_id, id)
);
SELECT opsuite_tenant_table('online_platform_week');
CREATE INDEX online_platform_week_start ON online_platform_week (tenant_id, week_start);

-- An improvement the monthly meeting agreed: the month whose pack it was agreed on, who owns it,
-- by when, and how it ended.
CREATE SEQUENCE online_improvement_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_improvement_action (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    id            bigint        NOT NULL,
    meeting_month varchar(7)    NOT NULL CHECK (meeting_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    text          varchar(1000) NOT NULL,
    owner_id      bigint,
    due_on        date,
    status        varchar(10)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    created_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_improvement_action');
CREATE INDEX online_improvement_action_month ON online_improvement_action (tenant_id, meeting_month);
