-- The periodic review of customer suggestions (issue 10): one review per period of the tenant's
-- setting (a month by default), a decision for every suggestion it covered, and the reminder sent
-- when a period's review is due and not done. Also the notices announcing the weekly and monthly
-- meetings, one per meeting. Every table is tenant-owned: tenant_id leads the key and every index.

-- A period's review: who reviewed, when; period_key names the period by its first month.
CREATE SEQUENCE online_suggestion_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_suggestion_review (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    id            bigint        NOT NULL,
    period_key    varchar(7)    NOT NULL,
    first_day     date          NOT NULL,
    last_day      date          NOT NULL,
    reviewer_id   bigint        NOT NULL,
    reviewed_at   timestamptz   NOT NULL,
    note          varchar(1000),
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (first_day <= last_day),
    FOREIGN KEY (tenant_id, reviewer_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_suggestion_review');
-- One review per period, whatever the number of reviewers clicking at once.
CREATE UNIQUE INDEX online_suggestion_review_period ON online_suggestion_review (tenant_id, period_key);

-- What the review decided about each suggestion it covered; a deferred one comes up again.
CREATE SEQUENCE online_suggestion_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_suggestion_decision (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    id            bigint        NOT NULL,
    review_id     bigint        NOT NULL,
    ticket_id     bigint        NOT NULL,
    decision      varchar(20)   NOT NULL CHECK (decision IN ('ADOPTED', 'REJECTED', 'DEFERRED')),
    note          varchar(1000),
    PRIMARY KEY (tenant_id, id),
    CHECK (decision <> 'DEFERRED' OR note IS NOT NULL),
    FOREIGN KEY (tenant_id, review_id) REFERENCES online_suggestion_review (tenant_id, id),
    FOREIGN KEY (tenant_id, ticket_id) REFERENCES online_ticket (tenant_id, id)
);
SELECT opsuite_tenant_table('online_suggestion_decision');
CREATE UNIQUE INDEX online_suggestion_decision_once
    ON online_suggestion_decision (tenant_id, review_id, ticket_id);
CREATE INDEX online_suggestion_decision_ticket ON online_suggestion_decision (tenant_id, ticket_id);

-- The reminder that a period's review is due: written first, mailed only when new, so reruns and
-- several instances remind once per period.
CREATE TABLE online_suggestion_review_reminder (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    period_key    varchar(7)    NOT NULL,
    recipients    varchar(1000) NOT NULL,
    sent_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, period_key)
);
SELECT opsuite_tenant_table('online_suggestion_review_reminder');

-- The notice announcing a meeting (WEEKLY or MONTHLY, at its start), once per meeting.
CREATE TABLE online_meeting_notice (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    kind          varchar(10)   NOT NULL CHECK (kind IN ('WEEKLY', 'MONTHLY')),
    starts_at     timestamptz   NOT NULL,
    pack_period   varchar(10)   NOT NULL,
    recipients    varchar(4000) NOT NULL,
    sent_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, kind, starts_at)
);
SELECT opsuite_tenant_table('online_meeting_notice');
