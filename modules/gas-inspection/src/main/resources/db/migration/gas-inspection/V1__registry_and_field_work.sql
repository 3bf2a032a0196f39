-- The gas-inspection vertical's shared records: the registry (areas, inspectors, customers, one
-- meter one card, purchases), the field worklist (tasks), inspections with their checklist and
-- evidence, and the hazards they find. Later migrations of this module add the features built on
-- them. Every table is tenant-owned: tenant_id leads the key and every index.

-- A service area: inspectors work by area, and plans and worklists are ordered by it.
CREATE SEQUENCE gas_area_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_area (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    id          bigint       NOT NULL,
    code        varchar(40)  NOT NULL,
    name        varchar(200) NOT NULL,
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_area');
CREATE UNIQUE INDEX gas_area_code ON gas_area (tenant_id, lower(code));

-- A user who goes into homes: the badge number on the ID card the seed makes them wear.
CREATE TABLE gas_inspector (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    user_id     bigint       NOT NULL,
    badge_no    varchar(40)  NOT NULL,
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_inspector');
CREATE UNIQUE INDEX gas_inspector_badge ON gas_inspector (tenant_id, lower(badge_no));

-- The areas an inspector covers (several inspectors per area, several areas per inspector).
CREATE TABLE gas_inspector_area (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    user_id     bigint       NOT NULL,
    area_id     bigint       NOT NULL,
    PRIMARY KEY (tenant_id, area_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES gas_inspector (tenant_id, user_id),
    FOREIGN KEY (tenant_id, area_id) REFERENCES gas_area (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_inspector_area');
CREATE INDEX gas_inspector_area_user ON gas_inspector_area (tenant_id, user_id);

-- A customer of the utility at one address.
CREATE SEQUENCE gas_customer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_customer (
    tenant_id     varchar(40)  NOT NULL REFERENCES tenant (code),
    id            bigint       NOT NULL,
    customer_no   varchar(40)  NOT NULL,
    name          varchar(200) NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('RESIDENTIAL', 'COMMERCIAL', 'INDUSTRIAL')),
    key_customer  boolean      NOT NULL DEFAULT false,
    area_id       bigint       NOT NULL,
    address       varchar(300) NOT NULL,
    contact_name  varchar(100),
    phone         varchar(40),
    active        boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, area_id) REFERENCES gas_area (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_customer');
CREATE UNIQUE INDEX gas_customer_no ON gas_customer (tenant_id, customer_no);
CREATE INDEX gas_customer_area ON gas_customer (tenant_id, area_id, address);

-- One meter per customer connection; the seal is what the anti-theft rules check.
CREATE SEQUENCE gas_meter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_meter (
    tenant_id    varchar(40)  NOT NULL REFERENCES tenant (code),
    id           bigint       NOT NULL,
    customer_id  bigint       NOT NULL,
    meter_no     varchar(40)  NOT NULL,
    meter_type   varchar(40)  NOT NULL,
    seal_no      varchar(40),
    seal_state   varchar(20)  NOT NULL DEFAULT 'NONE'
        CHECK (seal_state IN ('NONE', 'INTACT', 'BROKEN', 'REPLACED')),
    installed_on date,
    active       boolean      NOT NULL DEFAULT true,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    version      bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_meter');
CREATE UNIQUE INDEX gas_meter_no ON gas_meter (tenant_id, meter_no);
CREATE INDEX gas_meter_customer ON gas_meter (tenant_id, customer_id);

-- One meter one card: a meter has at most one active card; replaced cards stay as history.
CREATE SEQUENCE gas_card_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_card (
    tenant_id    varchar(40)  NOT NULL REFERENCES tenant (code),
    id           bigint       NOT NULL,
    card_no      varchar(40)  NOT NULL,
    meter_id     bigint       NOT NULL,
    active       boolean      NOT NULL DEFAULT true,
    bound_at     timestamptz  NOT NULL DEFAULT now(),
    unbound_at   timestamptz,
    unbound_reason varchar(300),
    version      bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, meter_id) REFERENCES gas_meter (tenant_id, id),
    CHECK (active = (unbound_at IS NULL))
);
SELECT opsuite_tenant_table('gas_card');
CREATE UNIQUE INDEX gas_card_no ON gas_card (tenant_id, card_no);
CREATE UNIQUE INDEX gas_card_one_active ON gas_card (tenant_id, meter_id) WHERE active;

-- A gas purchase as the sales system recorded it. source_key identifies the sale in that system
-- (its receipt number), so importing the same export twice adds nothing.
CREATE SEQUENCE gas_purchase_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_purchase (
    tenant_id     varchar(40)    NOT NULL REFERENCES tenant (code),
    id            bigint         NOT NULL,
    source_key    varchar(80)    NOT NULL,
    card_id       bigint         NOT NULL,
    customer_id   bigint         NOT NULL,
    purchased_on  date           NOT NULL,
    volume_m3     numeric(12, 2) NOT NULL CHECK (volume_m3 > 0),
    amount_yuan   numeric(12, 2) NOT NULL CHECK (amount_yuan >= 0),
    created_at    timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, card_id) REFERENCES gas_card (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_purchase');
CREATE UNIQUE INDEX gas_purchase_source ON gas_purchase (tenant_id, source_key);
-- The blacklist reads each customer's latest purchase from this index alone.
CREATE INDEX gas_purchase_customer_date ON gas_purchase (tenant_id, customer_id, purchased_on);
CREATE INDEX gas_purchase_card ON gas_purchase (tenant_id, card_id);

-- The field worklist: what an inspector is to do at a customer's, and by when.
CREATE SEQUENCE gas_task_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_task (
    tenant_id    varchar(40)  NOT NULL REFERENCES tenant (code),
    id           bigint       NOT NULL,
    kind         varchar(30)  NOT NULL
        CHECK (kind IN ('BLACKLIST_AUDIT', 'PLANNED_INSPECTION', 'REINSPECTION', 'REVISIT')),
    customer_id  bigint       NOT NULL,
    area_id      bigint       NOT NULL,
    assignee_id  bigint,
    status       varchar(20)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    due_on       date         NOT NULL,
    -- What made the task, e.g. 'blacklist:1050', 'plan:2026:2', 'hazard:300': one open task each.
    source_ref   varchar(80)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    closed_at    timestamptz,
    close_note   varchar(500),
    version      bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, area_id) REFERENCES gas_area (tenant_id, id),
    FOREIGN KEY (tenant_id, assignee_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_task');
CREATE UNIQUE INDEX gas_task_open_source ON gas_task (tenant_id, source_ref) WHERE status = 'OPEN';
CREATE INDEX gas_task_assignee ON gas_task (tenant_id, assignee_id, status, due_on);
CREATE INDEX gas_task_customer ON gas_task (tenant_id, customer_id);
CREATE INDEX gas_task_area ON gas_task (tenant_id, area_id, status, due_on);

-- One visit to a customer: a draft while the inspector works, then completed or entry failed.
CREATE SEQUENCE gas_inspection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_inspection (
    tenant_id       varchar(40)   NOT NULL REFERENCES tenant (code),
    id              bigint        NOT NULL,
    task_id         bigint,
    customer_id     bigint        NOT NULL,
    inspector_id    bigint        NOT NULL,
    badge_no        varchar(40)   NOT NULL,
    status          varchar(20)   NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'COMPLETED', 'ENTRY_FAILED')),
    entry_failure   varchar(20)   CHECK (entry_failure IN ('NOT_HOME', 'REFUSED', 'OTHER')),
    entry_failure_note varchar(500),
    notes           varchar(2000),
    started_at      timestamptz   NOT NULL DEFAULT now(),
    saved_at        timestamptz   NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    location_accuracy_m numeric(9, 1),
    version         bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, task_id) REFERENCES gas_task (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, inspector_id) REFERENCES user_account (tenant_id, id),
    CHECK ((status = 'ENTRY_FAILED') = (entry_failure IS NOT NULL)),
    CHECK ((status = 'DRAFT') = (finished_at IS NULL))
);
SELECT opsuite_tenant_table('gas_inspection');
-- At most one draft per task: coming back to a task resumes it.
CREATE UNIQUE INDEX gas_inspection_task_draft ON gas_inspection (tenant_id, task_id) WHERE status = 'DRAFT';
CREATE INDEX gas_inspection_task ON gas_inspection (tenant_id, task_id);
CREATE INDEX gas_inspection_customer ON gas_inspection (tenant_id, customer_id, finished_at);
CREATE INDEX gas_inspection_inspector ON gas_inspection (tenant_id, inspector_id, finished_at);

-- The checklist of an inspection, one row per item answered.
CREATE TABLE gas_inspection_item (
    tenant_id      varchar(40)  NOT NULL REFERENCES tenant (code),
    inspection_id  bigint       NOT NULL,
    item_code      varchar(40)  NOT NULL,
    result         varchar(20)  NOT NULL CHECK (result IN ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note           varchar(500),
    PRIMARY KEY (tenant_id, inspection_id, item_code),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES gas_inspection (tenant_id, id) ON DELETE CASCADE
);
SELECT opsuite_tenant_table('gas_inspection_item');

-- Photos and signatures: bytes with their checked type, size, SHA-256, and who stored them when.
CREATE SEQUENCE gas_evidence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_evidence (
    tenant_id      varchar(40)  NOT NULL REFERENCES tenant (code),
    id             bigint       NOT NULL,
    inspection_id  bigint       NOT NULL,
    item_code      varchar(40),
    kind           varchar(20)  NOT NULL CHECK (kind IN ('PHOTO', 'SIGNATURE')),
    content_type   varchar(40)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes     integer      NOT NULL CHECK (size_bytes > 0),
    sha256         char(64)     NOT NULL,
    content        bytea        NOT NULL,
    uploaded_by    bigint       NOT NULL,
    uploaded_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES gas_inspection (tenant_id, id),
    FOREIGN KEY (tenant_id, uploaded_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_evidence');
CREATE INDEX gas_evidence_inspection ON gas_evidence (tenant_id, inspection_id);
CREATE UNIQUE INDEX gas_evidence_one_signature ON gas_evidence (tenant_id, inspection_id) WHERE kind = 'SIGNATURE';

-- A failed checklist item becomes a hazard, followed to rectification or escalation.
CREATE SEQUENCE gas_hazard_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_hazard (
    tenant_id      varchar(40)   NOT NULL REFERENCES tenant (code),
    id             bigint        NOT NULL,
    inspection_id  bigint        NOT NULL,
    customer_id    bigint        NOT NULL,
    item_code      varchar(40)   NOT NULL,
    description    varchar(1000),
    status         varchar(20)   NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'NOTICE_ISSUED', 'REINSPECTION', 'CLOSED', 'ESCALATED')),
    deadline_on    date,
    notice_no      varchar(40),
    notice_issued_at timestamptz,
    reinspection_task_id bigint,
    closed_at      timestamptz,
    escalated_at   timestamptz,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    version        bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES gas_inspection (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, reinspection_task_id) REFERENCES gas_task (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_hazard');
CREATE UNIQUE INDEX gas_hazard_item ON gas_hazard (tenant_id, inspection_id, item_code);
CREATE INDEX gas_hazard_open ON gas_hazard (tenant_id, status, deadline_on);
CREATE INDEX gas_hazard_customer ON gas_hazard (tenant_id, customer_id);

-- The no-purchase blacklist: a customer is on it from listed_on until left_on, with the reason
-- (a purchase, or a supervisor's decision). At most one open entry per customer, which is what
-- makes the nightly run idempotent and safe on several instances.
CREATE SEQUENCE gas_blacklist_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_blacklist_entry (
    tenant_id        varchar(40)  NOT NULL REFERENCES tenant (code),
    id               bigint       NOT NULL,
    customer_id      bigint       NOT NULL,
    listed_on        date         NOT NULL,
    last_purchase_on date,
    task_id          bigint,
    left_on          date,
    leave_reason     varchar(300),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, task_id) REFERENCES gas_task (tenant_id, id),
    CHECK ((left_on IS NULL) = (leave_reason IS NULL))
);
SELECT opsuite_tenant_table('gas_blacklist_entry');
CREATE UNIQUE INDEX gas_blacklist_open ON gas_blacklist_entry (tenant_id, customer_id) WHERE left_on IS NULL;
CREATE INDEX gas_blacklist_listed ON gas_blacklist_entry (tenant_id, listed_on);
CREATE INDEX gas_blacklist_left ON gas_blacklist_entry (tenant_id, left_on);

-- A gas theft case (meter bypass, tampered readings, a broken seal confirmed), decided through the
-- gas.theft-case approval chain: stop supply, compensation, escalation to the judicial authorities.
CREATE SEQUENCE gas_theft_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_theft_case (
    tenant_id          varchar(40)    NOT NULL REFERENCES tenant (code),
    id                 bigint         NOT NULL,
    case_no            varchar(40)    NOT NULL,
    customer_id        bigint         NOT NULL,
    inspection_id      bigint,
    kind               varchar(30)    NOT NULL
        CHECK (kind IN ('METER_BYPASS', 'TAMPERED_READING', 'BROKEN_SEAL', 'OTHER')),
    description        varchar(2000)  NOT NULL,
    stage              varchar(20)    NOT NULL DEFAULT 'OPEN'
        CHECK (stage IN ('OPEN', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED', 'SUPPLY_STOPPED',
                         'ESCALATED', 'CLOSED')),
    stop_supply        boolean        NOT NULL DEFAULT false,
    compensation_yuan  numeric(12, 2) CHECK (compensation_yuan >= 0),
    escalate           boolean        NOT NULL DEFAULT false,
    approval_id        bigint,
    opened_by          bigint         NOT NULL,
    opened_at          timestamptz    NOT NULL DEFAULT now(),
    closed_at          timestamptz,
    version            bigint         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES gas_inspection (tenant_id, id),
    FOREIGN KEY (tenant_id, opened_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_theft_case');
CREATE UNIQUE INDEX gas_theft_case_no ON gas_theft_case (tenant_id, case_no);
CREATE INDEX gas_theft_case_stage ON gas_theft_case (tenant_id, stage);
CREATE INDEX gas_theft_case_customer ON gas_theft_case (tenant_id, customer_id);
