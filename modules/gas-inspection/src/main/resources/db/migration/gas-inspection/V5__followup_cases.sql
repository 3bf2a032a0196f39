-- The follow-up of what inspections find: theft-case evidence and the log of what was done after
-- the decision, seal installations, illegal alterations and private hookups with their
-- rectification, pipeline occupations with their negotiation log, and the customers' gas use
-- certificate (用户使用证) entries. Every table is tenant-owned: tenant_id leads the key and every index.

-- Photos and documents of a theft case: bytes with their checked type, size and SHA-256.
CREATE SEQUENCE gas_theft_evidence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_theft_evidence (
    tenant_id     varchar(40)  NOT NULL REFERENCES tenant (code),
    id            bigint       NOT NULL,
    case_id       bigint       NOT NULL,
    file_name     varchar(200) NOT NULL,
    content_type  varchar(40)  NOT NULL
        CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    size_bytes    integer      NOT NULL CHECK (size_bytes > 0),
    sha256        char(64)     NOT NULL,
    content       bytea        NOT NULL,
    uploaded_by   bigint       NOT NULL,
    uploaded_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES gas_theft_case (tenant_id, id),
    FOREIGN KEY (tenant_id, uploaded_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_theft_evidence');
CREATE INDEX gas_theft_evidence_case ON gas_theft_evidence (tenant_id, case_id);
-- The same file twice on one case is one piece of evidence.
CREATE UNIQUE INDEX gas_theft_evidence_sha ON gas_theft_evidence (tenant_id, case_id, sha256);

-- What happened to a theft case, in order: submitted, decided, supply stopped, compensation
-- received, escalated, closed.
CREATE SEQUENCE gas_theft_case_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_theft_case_event (
    tenant_id    varchar(40)    NOT NULL REFERENCES tenant (code),
    id           bigint         NOT NULL,
    case_id      bigint         NOT NULL,
    kind         varchar(30)    NOT NULL
        CHECK (kind IN ('OPENED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN',
                        'SUPPLY_STOPPED', 'COMPENSATION_RECEIVED', 'ESCALATED', 'CLOSED')),
    amount_yuan  numeric(12, 2) CHECK (amount_yuan > 0),
    note         varchar(1000),
    actor        varchar(200)   NOT NULL,
    at           timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, case_id) REFERENCES gas_theft_case (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_theft_case_event');
CREATE INDEX gas_theft_case_event_case ON gas_theft_case_event (tenant_id, case_id, at);
CREATE INDEX gas_theft_case_approval ON gas_theft_case (tenant_id, approval_id);

-- A seal put on a meter, during an inspection or on its own; the meter shows the latest.
CREATE SEQUENCE gas_seal_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_seal_record (
    tenant_id        varchar(40)  NOT NULL REFERENCES tenant (code),
    id               bigint       NOT NULL,
    meter_id         bigint       NOT NULL,
    seal_no          varchar(40)  NOT NULL,
    previous_seal_no varchar(40),
    inspection_id    bigint,
    installed_by     bigint       NOT NULL,
    installed_at     timestamptz  NOT NULL,
    note             varchar(500),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, meter_id) REFERENCES gas_meter (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES gas_inspection (tenant_id, id),
    FOREIGN KEY (tenant_id, installed_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_seal_record');
CREATE INDEX gas_seal_record_meter ON gas_seal_record (tenant_id, meter_id, installed_at);

-- An illegal pipe alteration or a private water-heater/boiler hookup, to be rectified by a
-- deadline; a refusal is reported to the authorities.
CREATE SEQUENCE gas_alteration_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_alteration (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    id            bigint        NOT NULL,
    customer_id   bigint        NOT NULL,
    kind          varchar(30)   NOT NULL
        CHECK (kind IN ('PIPE_ALTERATION', 'WATER_HEATER', 'BOILER')),
    description   varchar(1000) NOT NULL,
    found_on      date          NOT NULL,
    deadline_on   date          NOT NULL,
    status        varchar(20)   NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'RECTIFIED', 'REPORTED')),
    resolved_at   timestamptz,
    authority     varchar(200),
    resolution_note varchar(1000),
    recorded_by   bigint        NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, recorded_by) REFERENCES user_account (tenant_id, id),
    CHECK (deadline_on >= found_on),
    CHECK ((status = 'OPEN') = (resolved_at IS NULL)),
    CHECK ((status = 'REPORTED') = (authority IS NOT NULL))
);
SELECT opsuite_tenant_table('gas_alteration');
CREATE INDEX gas_alteration_status ON gas_alteration (tenant_id, status, deadline_on);
CREATE INDEX gas_alteration_customer ON gas_alteration (tenant_id, customer_id);

-- A building or structure over a pipeline, negotiated with its owner until it is removed.
CREATE SEQUENCE gas_occupation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_occupation (
    tenant_id    varchar(40)   NOT NULL REFERENCES tenant (code),
    id           bigint        NOT NULL,
    location     varchar(300)  NOT NULL,
    structure    varchar(500)  NOT NULL,
    owner_name   varchar(200)  NOT NULL,
    owner_phone  varchar(40),
    found_on     date          NOT NULL,
    status       varchar(20)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'REMOVED')),
    removed_on   date,
    recorded_by  bigint        NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    version      bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, recorded_by) REFERENCES user_account (tenant_id, id),
    CHECK ((status = 'REMOVED') = (removed_on IS NOT NULL))
);
SELECT opsuite_tenant_table('gas_occupation');
CREATE INDEX gas_occupation_status ON gas_occupation (tenant_id, status, found_on);

-- The dated entries of the negotiation with an occupation's owner.
CREATE SEQUENCE gas_occupation_note_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_occupation_note (
    tenant_id      varchar(40)   NOT NULL REFERENCES tenant (code),
    id             bigint        NOT NULL,
    occupation_id  bigint        NOT NULL,
    noted_on       date          NOT NULL,
    note           varchar(2000) NOT NULL,
    recorded_by    bigint        NOT NULL,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, occupation_id) REFERENCES gas_occupation (tenant_id, id),
    FOREIGN KEY (tenant_id, recorded_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_occupation_note');
CREATE INDEX gas_occupation_note_case ON gas_occupation_note (tenant_id, occupation_id, noted_on);

-- The customer's gas use certificate: one line per annual inspection or repair.
CREATE SEQUENCE gas_certificate_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_certificate_entry (
    tenant_id     varchar(40)   NOT NULL REFERENCES tenant (code),
    id            bigint        NOT NULL,
    customer_id   bigint        NOT NULL,
    entry_on      date          NOT NULL,
    kind          varchar(20)   NOT NULL CHECK (kind IN ('INSPECTION', 'REPAIR')),
    result        varchar(500)  NOT NULL,
    performed_by  bigint        NOT NULL,
    inspection_id bigint,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES gas_customer (tenant_id, id),
    FOREIGN KEY (tenant_id, performed_by) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, inspection_id) REFERENCES gas_inspection (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_certificate_entry');
CREATE INDEX gas_certificate_entry_customer ON gas_certificate_entry (tenant_id, customer_id, entry_on);
