-- Approvals: per-tenant versions of review chains, running approvals with their steps and the
-- approvers each step asked, the append-only history of every action, and delegations.

-- A tenant's chain for a document type, versioned: every save or reset adds a version and none is
-- ever changed, so a running approval can name the version it started with. A version without a
-- definition is a reset to the declaring module's default chain.
CREATE SEQUENCE approval_chain_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_chain (
    tenant_id    varchar(40)  NOT NULL REFERENCES tenant (code),
    id           bigint       NOT NULL,
    doc_type     varchar(100) NOT NULL,
    version      integer      NOT NULL CHECK (version > 0),
    definition   text,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   varchar(200) NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
SELECT opsuite_tenant_table('approval_chain');
SELECT opsuite_append_only('approval_chain');
CREATE UNIQUE INDEX approval_chain_version ON approval_chain (tenant_id, doc_type, version);

-- A document under review. The chain it follows is copied in when it starts.
CREATE SEQUENCE approval_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval (
    tenant_id           varchar(40)  NOT NULL REFERENCES tenant (code),
    id                  bigint       NOT NULL,
    doc_type            varchar(100) NOT NULL,
    document_ref        varchar(200) NOT NULL,
    title               varchar(200) NOT NULL,
    fields              text         NOT NULL,
    submitter_user_id   bigint       NOT NULL,
    submitter_staff_id  bigint       NOT NULL,
    chain_version       integer      NOT NULL,
    chain_definition    text         NOT NULL,
    status              varchar(20)  NOT NULL
        CHECK (status IN ('PENDING', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    current_step        integer,
    document_version    integer      NOT NULL DEFAULT 1,
    started_at          timestamptz  NOT NULL,
    concluded_at        timestamptz,
    version             bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, submitter_user_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, submitter_staff_id) REFERENCES staff_member (tenant_id, id)
);
SELECT opsuite_tenant_table('approval');
CREATE INDEX approval_submitter ON approval (tenant_id, submitter_user_id, started_at DESC);
CREATE INDEX approval_document ON approval (tenant_id, doc_type, document_ref);
-- A document is under one running approval at a time.
CREATE UNIQUE INDEX approval_running ON approval (tenant_id, doc_type, document_ref)
    WHERE status IN ('PENDING', 'RETURNED');

-- The steps of one approval, in order, as its chain version defined them.
CREATE SEQUENCE approval_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_step (
    tenant_id      varchar(40)  NOT NULL,
    id             bigint       NOT NULL,
    approval_id    bigint       NOT NULL,
    step_no        integer      NOT NULL,
    step_key       varchar(60)  NOT NULL,
    label          varchar(100),
    kind           varchar(10)  NOT NULL CHECK (kind IN ('SINGLE', 'ALL', 'ANY', 'QUORUM')),
    quorum         integer,
    route          varchar(20)  NOT NULL,
    status         varchar(20)  NOT NULL
        CHECK (status IN ('WAITING', 'ACTIVE', 'RETURNED', 'APPROVED', 'REJECTED', 'SKIPPED')),
    deadline_hours integer,
    activated_at   timestamptz,
    due_at         timestamptz,
    version        bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, approval_id) REFERENCES approval (tenant_id, id),
    UNIQUE (tenant_id, approval_id, step_no)
);
SELECT opsuite_tenant_table('approval_step');

-- Whom a step asked (resolved from the org the day it became active) and what each decided.
CREATE SEQUENCE approval_approver_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_approver (
    tenant_id          varchar(40)  NOT NULL,
    id                 bigint       NOT NULL,
    step_id            bigint       NOT NULL,
    staff_id           bigint       NOT NULL,
    user_id            bigint       NOT NULL,
    decision           varchar(10)  CHECK (decision IN ('APPROVED', 'REJECTED')),
    decided_at         timestamptz,
    decided_by_user_id bigint,
    version            bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, step_id) REFERENCES approval_step (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('approval_approver');
CREATE INDEX approval_approver_step ON approval_approver (tenant_id, step_id);
CREATE INDEX approval_approver_user ON approval_approver (tenant_id, user_id) WHERE decision IS NULL;

-- Every action on an approval: read-only history, never changed or removed.
CREATE SEQUENCE approval_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_action (
    tenant_id          varchar(40)   NOT NULL,
    id                 bigint        NOT NULL,
    approval_id        bigint        NOT NULL,
    occurred_at        timestamptz   NOT NULL DEFAULT now(),
    action             varchar(20)   NOT NULL,
    actor_user_id      bigint        NOT NULL,
    actor_name         varchar(200)  NOT NULL,
    on_behalf_user_id  bigint,
    on_behalf_name     varchar(200),
    step_no            integer,
    document_version   integer       NOT NULL,
    comment            varchar(2000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, approval_id) REFERENCES approval (tenant_id, id)
);
SELECT opsuite_tenant_table('approval_action');
SELECT opsuite_append_only('approval_action');
CREATE INDEX approval_action_approval ON approval_action (tenant_id, approval_id, occurred_at);
CREATE INDEX approval_action_actor ON approval_action (tenant_id, actor_user_id);

-- A user lets another act for them on approvals for a period (both days included).
CREATE SEQUENCE approval_delegation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_delegation (
    tenant_id     varchar(40)  NOT NULL,
    id            bigint       NOT NULL,
    from_user_id  bigint       NOT NULL,
    to_user_id    bigint       NOT NULL,
    starts_on     date         NOT NULL,
    ends_on       date         NOT NULL,
    revoked       boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, from_user_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, to_user_id) REFERENCES user_account (tenant_id, id),
    CHECK (ends_on >= starts_on),
    CHECK (from_user_id <> to_user_id)
);
SELECT opsuite_tenant_table('approval_delegation');
CREATE INDEX approval_delegation_to ON approval_delegation (tenant_id, to_user_id, starts_on);
CREATE INDEX approval_delegation_from ON approval_delegation (tenant_id, from_user_id);
