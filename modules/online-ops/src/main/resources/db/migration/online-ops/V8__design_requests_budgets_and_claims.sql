-- Design requests (the seed's 产品设计申请单) from signing to the monthly cost settlement, the annual
-- operations budget per category with its monthly amounts, and expense claims with their invoice.
-- Every table is tenant-owned: tenant_id leads the key and every index.

-- A month's design and production costs, prepared by the designer at the start of the next month,
-- signed by the department head and the general manager (online.design-settlement), then handed
-- to finance. A rejected settlement gives its requests back and the month may be settled again.
CREATE SEQUENCE online_design_settlement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_design_settlement (
    tenant_id      varchar(40)   NOT NULL REFERENCES tenant (code),
    id             bigint        NOT NULL,
    month          date          NOT NULL CHECK (extract(day FROM month) = 1),
    total          numeric(14,2) NOT NULL CHECK (total >= 0),
    status         varchar(20)   NOT NULL CHECK (status IN ('SIGNING', 'SIGNED', 'REJECTED',
                       'HANDED_TO_FINANCE')),
    prepared_by    bigint        NOT NULL,
    approval_id    bigint,
    handed_at      timestamptz,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    version        bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, prepared_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_design_settlement');
-- One live settlement per month.
CREATE UNIQUE INDEX online_design_settlement_month ON online_design_settlement (tenant_id, month)
    WHERE status <> 'REJECTED';
CREATE INDEX online_design_settlement_approval ON online_design_settlement (tenant_id, approval_id);

-- A design request: the requesting department's form, signed by its head (online.design-request),
-- scheduled to a designer by the operations head, designed, accepted by the requester, confirmed
-- by the general manager (online.design-confirmation), ordered with a cost estimate, received with
-- the actual cost, and settled in the month it was received.
CREATE SEQUENCE online_design_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_design_request (
    tenant_id        varchar(40)   NOT NULL REFERENCES tenant (code),
    id               bigint        NOT NULL,
    title            varchar(200)  NOT NULL,
    department_id    bigint        NOT NULL,
    requester_id     bigint        NOT NULL,
    purpose          varchar(2000) NOT NULL,
    specs            text          NOT NULL,
    deadline         date          NOT NULL,
    category         varchar(20)   NOT NULL DEFAULT 'CONTENT_PRODUCTION'
                         CHECK (category IN ('PROMOTION', 'CONTENT_PRODUCTION', 'STAFF', 'OTHER')),
    status           varchar(20)   NOT NULL CHECK (status IN ('SIGNING', 'REJECTED', 'SCHEDULING',
                         'DESIGNING', 'DELIVERED', 'CONFIRMING', 'CONFIRMED', 'ORDERED', 'RECEIVED',
                         'SETTLING', 'SETTLED')),
    approval_id      bigint,
    designer_id      bigint,
    delivery_note    varchar(2000),
    cost_estimate    numeric(14,2) CHECK (cost_estimate >= 0),
    actual_cost      numeric(14,2) CHECK (actual_cost >= 0),
    received_on      date,
    settlement_id    bigint,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES org_unit (tenant_id, id),
    FOREIGN KEY (tenant_id, requester_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, designer_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, settlement_id) REFERENCES online_design_settlement (tenant_id, id)
);
SELECT opsuite_tenant_table('online_design_request');
CREATE INDEX online_design_request_status ON online_design_request (tenant_id, status, created_at);
CREATE INDEX online_design_request_approval ON online_design_request (tenant_id, approval_id);
CREATE INDEX online_design_request_received ON online_design_request (tenant_id, received_on);
CREATE INDEX online_design_request_settlement ON online_design_request (tenant_id, settlement_id);

-- What happened to a request, step by step.
CREATE SEQUENCE online_design_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_design_event (
    tenant_id    varchar(40)   NOT NULL REFERENCES tenant (code),
    id           bigint        NOT NULL,
    request_id   bigint        NOT NULL,
    status       varchar(20)   NOT NULL,
    note         varchar(2000),
    actor        varchar(254)  NOT NULL,
    at           timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, request_id) REFERENCES online_design_request (tenant_id, id)
);
SELECT opsuite_tenant_table('online_design_event');
CREATE INDEX online_design_event_request ON online_design_event (tenant_id, request_id, at);

-- The year's operations budget of one category, month by month (seed: drawn up in the last
-- quarter with the annual operations plan).
CREATE SEQUENCE online_budget_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_budget (
    tenant_id   varchar(40)   NOT NULL REFERENCES tenant (code),
    id          bigint        NOT NULL,
    year        integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    category    varchar(20)   NOT NULL CHECK (category IN ('PROMOTION', 'CONTENT_PRODUCTION',
                    'STAFF', 'OTHER')),
    m01 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m01 >= 0),
    m02 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m02 >= 0),
    m03 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m03 >= 0),
    m04 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m04 >= 0),
    m05 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m05 >= 0),
    m06 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m06 >= 0),
    m07 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m07 >= 0),
    m08 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m08 >= 0),
    m09 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m09 >= 0),
    m10 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m10 >= 0),
    m11 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m11 >= 0),
    m12 numeric(14,2) NOT NULL DEFAULT 0 CHECK (m12 >= 0),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    version     bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
SELECT opsuite_tenant_table('online_budget');
CREATE UNIQUE INDEX online_budget_year_category ON online_budget (tenant_id, year, category);

-- An expense claim with its invoice, checked through core's core.expense-claim chain; it counts
-- against the budget of its category and month once approved, and not before.
CREATE SEQUENCE online_expense_claim_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_expense_claim (
    tenant_id       varchar(40)   NOT NULL REFERENCES tenant (code),
    id              bigint        NOT NULL,
    claimant_id     bigint        NOT NULL,
    category        varchar(20)   NOT NULL CHECK (category IN ('PROMOTION', 'CONTENT_PRODUCTION',
                        'STAFF', 'OTHER')),
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    spent_on        date          NOT NULL,
    description     varchar(1000) NOT NULL,
    status          varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED',
                        'REJECTED', 'WITHDRAWN')),
    approval_id     bigint,
    invoice_name    varchar(200),
    invoice_type    varchar(40),
    invoice_size    integer,
    invoice_sha256  varchar(64),
    invoice         bytea,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    decided_at      timestamptz,
    version         bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, claimant_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_expense_claim');
CREATE INDEX online_expense_claim_spent ON online_expense_claim (tenant_id, status, spent_on);
CREATE INDEX online_expense_claim_claimant ON online_expense_claim (tenant_id, claimant_id, created_at);
CREATE INDEX online_expense_claim_approval ON online_expense_claim (tenant_id, approval_id);
