-- The tenant's organisation: units (company -> department -> group), positions in them with their
-- reporting line and rights, and staff holding positions for a period (acting holders included).
-- Approvals, KPIs and data scopes route by it.

CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_unit (
    tenant_id        varchar(40)  NOT NULL REFERENCES tenant (code),
    id               bigint       NOT NULL,
    parent_id        bigint,
    kind             varchar(20)  NOT NULL CHECK (kind IN ('COMPANY', 'DEPARTMENT', 'GROUP')),
    name             varchar(200) NOT NULL,
    head_position_id bigint,
    template_key     varchar(100),
    version          bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES org_unit (tenant_id, id),
    CHECK ((kind = 'COMPANY') = (parent_id IS NULL))
);
SELECT opsuite_tenant_table('org_unit');
CREATE INDEX org_unit_parent ON org_unit (tenant_id, parent_id);
-- One company per tenant; sibling names unique, so a list or an import can name a unit.
CREATE UNIQUE INDEX org_unit_one_company ON org_unit (tenant_id) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX org_unit_sibling_name ON org_unit (tenant_id, parent_id, lower(name));
CREATE UNIQUE INDEX org_unit_template ON org_unit (tenant_id, template_key);

CREATE SEQUENCE org_position_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_position (
    tenant_id      varchar(40)  NOT NULL,
    id             bigint       NOT NULL,
    unit_id        bigint       NOT NULL,
    title          varchar(200) NOT NULL,
    reports_to_id  bigint,
    headcount      integer      NOT NULL CHECK (headcount BETWEEN 1 AND 10000),
    duties         text,
    standards      text,
    requirements   text,
    template_key   varchar(100),
    version        bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id),
    FOREIGN KEY (tenant_id, reports_to_id) REFERENCES org_position (tenant_id, id),
    CHECK (reports_to_id IS NULL OR reports_to_id <> id)
);
SELECT opsuite_tenant_table('org_position');
CREATE INDEX org_position_unit ON org_position (tenant_id, unit_id);
CREATE INDEX org_position_reports_to ON org_position (tenant_id, reports_to_id);
CREATE UNIQUE INDEX org_position_title ON org_position (tenant_id, unit_id, lower(title));
CREATE UNIQUE INDEX org_position_template ON org_position (tenant_id, template_key);

ALTER TABLE org_unit ADD FOREIGN KEY (tenant_id, head_position_id)
    REFERENCES org_position (tenant_id, id) DEFERRABLE INITIALLY DEFERRED;

-- Position rights: holding the position gives its roles.
CREATE TABLE org_position_role (
    tenant_id   varchar(40)  NOT NULL,
    position_id bigint       NOT NULL,
    role_code   varchar(100) NOT NULL,
    PRIMARY KEY (tenant_id, position_id, role_code),
    FOREIGN KEY (tenant_id, position_id) REFERENCES org_position (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, role_code) REFERENCES role (tenant_id, code) ON DELETE CASCADE
);
SELECT opsuite_tenant_table('org_position_role');

-- A person on the staff, with or without a login.
CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff_member (
    tenant_id    varchar(40)  NOT NULL,
    id           bigint       NOT NULL,
    name         varchar(200) NOT NULL,
    employee_no  varchar(40),
    email        varchar(254),
    phone        varchar(40),
    user_id      bigint,
    active       boolean      NOT NULL DEFAULT true,
    version      bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('staff_member');
CREATE UNIQUE INDEX staff_member_user ON staff_member (tenant_id, user_id);
CREATE UNIQUE INDEX staff_member_employee_no ON staff_member (tenant_id, lower(employee_no));
CREATE UNIQUE INDEX staff_member_email ON staff_member (tenant_id, lower(email));

-- Who holds which position when. Acting holders cover a period (leave); ends_on is inclusive.
CREATE SEQUENCE position_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE position_assignment (
    tenant_id   varchar(40) NOT NULL,
    id          bigint      NOT NULL,
    staff_id    bigint      NOT NULL,
    position_id bigint      NOT NULL,
    starts_on   date        NOT NULL,
    ends_on     date,
    acting      boolean     NOT NULL DEFAULT false,
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id),
    FOREIGN KEY (tenant_id, position_id) REFERENCES org_position (tenant_id, id),
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK (NOT acting OR ends_on IS NOT NULL)
);
SELECT opsuite_tenant_table('position_assignment');
CREATE INDEX position_assignment_position ON position_assignment (tenant_id, position_id);
CREATE INDEX position_assignment_staff ON position_assignment (tenant_id, staff_id);

-- Template items a tenant has received, so applying a template again never brings back what the
-- tenant deleted or renamed.
CREATE TABLE org_template_item (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    item_key    varchar(100) NOT NULL,
    applied_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, item_key)
);
SELECT opsuite_tenant_table('org_template_item');
