-- Notifications: what happened to a user's approvals (asked, reminded, escalated, concluded), shown
-- in the product and, unless the user opted out, mailed. The text is kept in both languages as it
-- read when it happened, like a mail: the list needs no approval engine to show it.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    tenant_id    varchar(40)   NOT NULL REFERENCES tenant (code),
    id           bigint        NOT NULL,
    user_id      bigint        NOT NULL,
    kind         varchar(20)   NOT NULL
        CHECK (kind IN ('ASSIGNED', 'REMINDED', 'ESCALATED', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN')),
    approval_id  bigint        NOT NULL,
    step_no      integer,
    text_zh      varchar(1000) NOT NULL,
    text_en      varchar(1000) NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    read_at      timestamptz,
    version      bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, approval_id) REFERENCES approval (tenant_id, id)
);
SELECT opsuite_tenant_table('notification');
-- A user's list, newest first; and the unread count the navigation shows on every page.
CREATE INDEX notification_recipient ON notification (tenant_id, user_id, created_at DESC);
CREATE INDEX notification_unread ON notification (tenant_id, user_id) WHERE read_at IS NULL;

-- How a user wants to be told. No row: the defaults (mail on, in the tenant's language).
CREATE TABLE notification_preference (
    tenant_id      varchar(40)  NOT NULL REFERENCES tenant (code),
    user_id        bigint       NOT NULL,
    email_enabled  boolean      NOT NULL DEFAULT true,
    mail_language  varchar(10)  CHECK (mail_language IN ('zh-CN', 'en')),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    version        bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('notification_preference');
