-- Appraisal (issue 8, second half): templates weighting KPI indicators and rated criteria, the
-- tenant's grade bands, cycles of a period for a set of staff, the evaluations of self, superiors
-- and peers, results signed off through an approval, and the append-only history of each result.

-- Grade bands: a total at or above min_score earns the grade and its bonus coefficient. A tenant
-- without rows uses the defaults (A 90 / 1.2, B 75 / 1.0, C 60 / 0.8, D 0 / 0).
CREATE TABLE appraisal_grade_band (
    tenant_id  varchar(40)  NOT NULL REFERENCES tenant (code),
    grade      varchar(10)  NOT NULL,
    min_score  numeric(5,2) NOT NULL CHECK (min_score BETWEEN 0 AND 100),
    bonus      numeric(5,2) NOT NULL CHECK (bonus >= 0),
    version    bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, grade)
);
SELECT opsuite_tenant_table('appraisal_grade_band');

-- A template: indicators and criteria with their weights (JSON arrays, edited as a whole), the
-- share of the total taken by indicator results, the rating scale and the evaluator weights.
CREATE SEQUENCE appraisal_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appraisal_template (
    tenant_id        varchar(40)  NOT NULL REFERENCES tenant (code),
    id               bigint       NOT NULL,
    code             varchar(60)  NOT NULL CHECK (code ~ '^[a-z][a-z0-9]*([-_][a-z0-9]+)*$'),
    name_zh          varchar(200) NOT NULL,
    name_en          varchar(200) NOT NULL,
    indicators       text         NOT NULL,
    criteria         text         NOT NULL,
    results_share    numeric(5,2) NOT NULL CHECK (results_share BETWEEN 0 AND 100),
    scale_min        integer      NOT NULL,
    scale_max        integer      NOT NULL,
    self_weight      numeric(5,2) NOT NULL CHECK (self_weight >= 0),
    superior_weight  numeric(5,2) NOT NULL CHECK (superior_weight >= 0),
    peer_weight      numeric(5,2) NOT NULL CHECK (peer_weight >= 0),
    updated_at       timestamptz  NOT NULL,
    updated_by       varchar(200) NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (scale_max > scale_min),
    CHECK (self_weight + superior_weight + peer_weight = 100)
);
SELECT opsuite_tenant_table('appraisal_template');
CREATE UNIQUE INDEX appraisal_template_code ON appraisal_template (tenant_id, code);

-- A cycle: one period (month or year) for a set of staff, on one template.
CREATE SEQUENCE appraisal_cycle_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appraisal_cycle (
    tenant_id    varchar(40)  NOT NULL REFERENCES tenant (code),
    id           bigint       NOT NULL,
    template_id  bigint       NOT NULL,
    period       varchar(7)   NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
    roll_up      boolean      NOT NULL DEFAULT false,
    sign_offs    integer      NOT NULL DEFAULT 0,
    opened_at    timestamptz  NOT NULL,
    opened_by    varchar(200) NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, template_id) REFERENCES appraisal_template (tenant_id, id)
);
SELECT opsuite_tenant_table('appraisal_cycle');
CREATE INDEX appraisal_cycle_period ON appraisal_cycle (tenant_id, period);

-- One staff member's result in a cycle: its parts, total, grade and bonus once computed, the
-- breakdown (JSON), and the approval that signs it off.
CREATE SEQUENCE appraisal_result_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appraisal_result (
    tenant_id       varchar(40)  NOT NULL,
    id              bigint       NOT NULL,
    cycle_id        bigint       NOT NULL,
    staff_id        bigint       NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('OPEN', 'COMPUTED', 'SIGNING', 'LOCKED')),
    indicator_part  numeric(12,6),
    criteria_part   numeric(12,6),
    total           numeric(6,2),
    grade           varchar(10),
    bonus           numeric(5,2),
    breakdown       text,
    approval_id     bigint,
    revision        integer      NOT NULL DEFAULT 1,
    computed_at     timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES appraisal_cycle (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id)
);
SELECT opsuite_tenant_table('appraisal_result');
CREATE UNIQUE INDEX appraisal_result_staff ON appraisal_result (tenant_id, cycle_id, staff_id);
CREATE INDEX appraisal_result_of_staff ON appraisal_result (tenant_id, staff_id);
CREATE INDEX appraisal_result_approval ON appraisal_result (tenant_id, approval_id)
    WHERE approval_id IS NOT NULL;

-- What one evaluator is asked to rate about one result; ratings (JSON: criterion -> rating) and the
-- comment arrive once, with submitted_at.
CREATE SEQUENCE appraisal_evaluation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appraisal_evaluation (
    tenant_id     varchar(40)   NOT NULL,
    id            bigint        NOT NULL,
    result_id     bigint        NOT NULL,
    evaluator_id  bigint        NOT NULL,
    role          varchar(10)   NOT NULL CHECK (role IN ('SELF', 'SUPERIOR', 'PEER')),
    ratings       text,
    comment       varchar(2000),
    submitted_at  timestamptz,
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, result_id) REFERENCES appraisal_result (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, evaluator_id) REFERENCES staff_member (tenant_id, id),
    CHECK ((submitted_at IS NULL) = (ratings IS NULL))
);
SELECT opsuite_tenant_table('appraisal_evaluation');
CREATE UNIQUE INDEX appraisal_evaluation_once
    ON appraisal_evaluation (tenant_id, result_id, evaluator_id, role);
CREATE INDEX appraisal_evaluation_evaluator ON appraisal_evaluation (tenant_id, evaluator_id);

-- Every computation, sign-off and reopening of a result, never changed or removed.
CREATE SEQUENCE appraisal_result_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appraisal_result_change (
    tenant_id   varchar(40)   NOT NULL,
    id          bigint        NOT NULL,
    result_id   bigint        NOT NULL,
    revision    integer       NOT NULL,
    action      varchar(20)   NOT NULL
        CHECK (action IN ('COMPUTED', 'SUBMITTED', 'LOCKED', 'SIGN_OFF_ENDED', 'REOPENED')),
    total       numeric(6,2),
    grade       varchar(10),
    reason      varchar(2000),
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(200)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, result_id) REFERENCES appraisal_result (tenant_id, id)
);
SELECT opsuite_tenant_table('appraisal_result_change');
SELECT opsuite_append_only('appraisal_result_change');
CREATE INDEX appraisal_result_change_result
    ON appraisal_result_change (tenant_id, result_id, changed_at);
