-- Customer service: tickets from the online channels, their message threads with the reply clock
-- (every customer message is answered within the SLA), the reminders and escalations sent about
-- them, complaint follow-up to the satisfaction callback, and the review of suggestions.
-- Every table is tenant-owned: tenant_id leads the key and every index.

-- A conversation with one customer about one matter: an inquiry, a complaint or a suggestion.
CREATE SEQUENCE online_ticket_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_ticket (
    tenant_id           varchar(40)  NOT NULL REFERENCES tenant (code),
    id                  bigint       NOT NULL,
    kind                varchar(20)  NOT NULL CHECK (kind IN ('INQUIRY', 'COMPLAINT', 'SUGGESTION')),
    status              varchar(20)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'HANDED_OVER',
                            'RESULT_SENT', 'REVIEWED', 'CLOSED')),
    subject             varchar(200) NOT NULL,
    contact_name        varchar(100) NOT NULL,
    contact_handle      varchar(100),
    platform_id         bigint,
    channel             varchar(100),
    assignee_id         bigint,
    department_id       bigint,
    result              text,
    satisfaction        smallint     CHECK (satisfaction BETWEEN 1 AND 5),
    satisfaction_note   varchar(1000),
    callback_at         timestamptz,
    review_outcome      varchar(20)  CHECK (review_outcome IN ('ADOPTED', 'NOTED', 'REJECTED')),
    review_note         varchar(1000),
    reviewed_by         bigint,
    reviewed_at         timestamptz,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    closed_at           timestamptz,
    version             bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (platform_id IS NOT NULL OR channel IS NOT NULL),
    FOREIGN KEY (tenant_id, platform_id) REFERENCES online_platform (tenant_id, id),
    FOREIGN KEY (tenant_id, assignee_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES org_unit (tenant_id, id),
    FOREIGN KEY (tenant_id, reviewed_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_ticket');
CREATE INDEX online_ticket_status ON online_ticket (tenant_id, status, kind);
CREATE INDEX online_ticket_assignee ON online_ticket (tenant_id, assignee_id);
CREATE INDEX online_ticket_callback ON online_ticket (tenant_id, callback_at);

-- The thread: the customer's messages (each with the instant its reply is due), the replies, and
-- internal progress notes. A reply answers every customer message still waiting before it.
CREATE SEQUENCE online_ticket_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_ticket_message (
    tenant_id      varchar(40)  NOT NULL REFERENCES tenant (code),
    id             bigint       NOT NULL,
    ticket_id      bigint       NOT NULL,
    direction      varchar(20)  NOT NULL CHECK (direction IN ('CUSTOMER', 'REPLY', 'NOTE')),
    body           text         NOT NULL,
    author_id      bigint,
    at             timestamptz  NOT NULL,
    reply_due_at   timestamptz,
    replied_at     timestamptz,
    answered_by    bigint,
    PRIMARY KEY (tenant_id, id),
    CHECK ((direction = 'CUSTOMER') = (reply_due_at IS NOT NULL)),
    FOREIGN KEY (tenant_id, ticket_id) REFERENCES online_ticket (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, answered_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_ticket_message');
CREATE INDEX online_ticket_message_thread ON online_ticket_message (tenant_id, ticket_id, at);
-- The alert job and the SLA measure read customer messages by due instant.
CREATE INDEX online_ticket_message_due ON online_ticket_message (tenant_id, reply_due_at)
    WHERE direction = 'CUSTOMER';

-- A reminder (before the due instant) or an escalation (after it) sent about one message: at most
-- one per message and stage, whatever the number of runs or instances.
CREATE SEQUENCE online_ticket_alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_ticket_alert (
    tenant_id    varchar(40)   NOT NULL REFERENCES tenant (code),
    id           bigint        NOT NULL,
    message_id   bigint        NOT NULL,
    stage        varchar(20)   NOT NULL CHECK (stage IN ('REMINDER', 'ESCALATION')),
    recipients   varchar(1000) NOT NULL,
    sent_at      timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, message_id) REFERENCES online_ticket_message (tenant_id, id)
);
SELECT opsuite_tenant_table('online_ticket_alert');
CREATE UNIQUE INDEX online_ticket_alert_once ON online_ticket_alert (tenant_id, message_id, stage);
