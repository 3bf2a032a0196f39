-- Campaigns (activities): the plan and its review through the online.campaign approval, the
-- preparation tasks, the live figures while it runs, and the evaluation with its ROI.
-- Every table is tenant-owned: tenant_id leads the key and every index.

CREATE SEQUENCE online_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_campaign (
    tenant_id          varchar(40)    NOT NULL REFERENCES tenant (code),
    id                 bigint         NOT NULL,
    theme              varchar(200)   NOT NULL,
    goal               varchar(1000)  NOT NULL,
    goal_metric        varchar(40)    NOT NULL,
    goal_target        numeric(14, 2) NOT NULL CHECK (goal_target > 0),
    starts_on          date           NOT NULL,
    ends_on            date           NOT NULL,
    mode               varchar(10)    NOT NULL CHECK (mode IN ('ONLINE', 'OFFLINE', 'BOTH')),
    rules              text           NOT NULL DEFAULT '',
    prizes             varchar(2000),
    resources          varchar(2000),
    cost_estimate      numeric(14, 2) NOT NULL CHECK (cost_estimate >= 0),
    expected_revenue   numeric(14, 2) NOT NULL CHECK (expected_revenue >= 0),
    owner_id           bigint         NOT NULL,
    status             varchar(20)    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT',
                           'IN_REVIEW', 'REVISING', 'PREPARING', 'RUNNING', 'FINISHED',
                           'EVALUATED', 'REJECTED')),
    plan_version       integer        NOT NULL DEFAULT 1,
    approval_id        bigint,
    actual_cost        numeric(14, 2) CHECK (actual_cost >= 0),
    actual_revenue     numeric(14, 2) CHECK (actual_revenue >= 0),
    goal_actual        numeric(14, 2),
    lessons            varchar(4000),
    started_at         timestamptz,
    finished_at        timestamptz,
    evaluated_at       timestamptz,
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now(),
    version            bigint         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES user_account (tenant_id, id),
    CHECK (ends_on >= starts_on)
);
SELECT opsuite_tenant_table('online_campaign');
CREATE INDEX online_campaign_status ON online_campaign (tenant_id, status, starts_on);
CREATE INDEX online_campaign_approval ON online_campaign (tenant_id, approval_id);

-- Each plan as it was sent for review: a returned plan is revised as a new version, the old kept.
CREATE TABLE online_campaign_plan (
    tenant_id     varchar(40) NOT NULL REFERENCES tenant (code),
    campaign_id   bigint      NOT NULL,
    plan_version  integer     NOT NULL,
    plan          text        NOT NULL,
    approval_id   bigint,
    author_id     bigint      NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, campaign_id, plan_version),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES online_campaign (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_campaign_plan');

-- Preparation work with an owner and a due date (the seed's timetable).
CREATE SEQUENCE online_campaign_task_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_campaign_task (
    tenant_id     varchar(40)  NOT NULL REFERENCES tenant (code),
    id            bigint       NOT NULL,
    campaign_id   bigint       NOT NULL,
    title         varchar(200) NOT NULL,
    owner_id      bigint       NOT NULL,
    due_on        date         NOT NULL,
    done_at       timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES online_campaign (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_campaign_task');
CREATE INDEX online_campaign_task_campaign ON online_campaign_task (tenant_id, campaign_id, due_on);

-- Live figures: one reading of a metric at a time. The client's key makes a repeated post
-- harmless: the same key for the same campaign and metric is stored once.
CREATE SEQUENCE online_campaign_figure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_campaign_figure (
    tenant_id     varchar(40)    NOT NULL REFERENCES tenant (code),
    id            bigint         NOT NULL,
    campaign_id   bigint         NOT NULL,
    client_key    varchar(100)   NOT NULL,
    metric        varchar(40)    NOT NULL,
    measured_at   timestamptz    NOT NULL,
    value         numeric(14, 2) NOT NULL,
    entered_by    bigint         NOT NULL,
    created_at    timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES online_campaign (tenant_id, id),
    FOREIGN KEY (tenant_id, entered_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_campaign_figure');
CREATE UNIQUE INDEX online_campaign_figure_key
    ON online_campaign_figure (tenant_id, campaign_id, client_key, metric);
CREATE INDEX online_campaign_figure_time
    ON online_campaign_figure (tenant_id, campaign_id, measured_at);
