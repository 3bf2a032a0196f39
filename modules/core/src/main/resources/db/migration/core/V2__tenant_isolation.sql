-- Wall 2 of tenant isolation. opsuite_tenant_table() is what every module's migration calls for
-- each tenant-owned table: it forces row-level security with a policy on the tenant that the
-- application sets per transaction (app.tenant_id). Unset or empty: no row is visible and no row
-- can be written.
CREATE FUNCTION opsuite_current_tenant() RETURNS varchar
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '') $$;

CREATE FUNCTION opsuite_tenant_table(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format(
        'CREATE POLICY tenant_isolation ON %s USING (tenant_id = opsuite_current_tenant()) '
        || 'WITH CHECK (tenant_id = opsuite_current_tenant())', target);
END
$$;

-- The modules a tenant has enabled. A disabled module keeps its data; only access is cut.
CREATE TABLE tenant_module (
    tenant_id  varchar(40) NOT NULL REFERENCES tenant (code),
    module_id  varchar(40) NOT NULL,
    enabled    boolean     NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by varchar(200),
    version    bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, module_id)
);
SELECT opsuite_tenant_table('tenant_module');

-- Accounts of a tenant's users. An e-mail may exist in several tenants as separate accounts.
-- EclipseLink reads each nextval as the start of a block of 50 ids, and checks it is not below 50.
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_account (
    tenant_id     varchar(40)  NOT NULL REFERENCES tenant (code),
    id            bigint       NOT NULL,
    email         varchar(254) NOT NULL,
    display_name  varchar(200) NOT NULL,
    password_hash varchar(512) NOT NULL,
    tenant_admin  boolean      NOT NULL DEFAULT false,
    active        boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX user_account_email ON user_account (tenant_id, lower(email));
SELECT opsuite_tenant_table('user_account');

-- Tenant settings: only overrides of the declared defaults are stored.
CREATE TABLE tenant_setting (
    tenant_id  varchar(40)  NOT NULL REFERENCES tenant (code),
    scope      varchar(40)  NOT NULL,
    key        varchar(80)  NOT NULL,
    value      varchar(2000) NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    updated_by varchar(200),
    version    bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, scope, key)
);
SELECT opsuite_tenant_table('tenant_setting');

-- Every change of a setting: who, when, from what, to what.
CREATE SEQUENCE setting_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE setting_change (
    tenant_id  varchar(40)   NOT NULL REFERENCES tenant (code),
    id         bigint        NOT NULL,
    scope      varchar(40)   NOT NULL,
    key        varchar(80)   NOT NULL,
    old_value  varchar(2000),
    new_value  varchar(2000),
    changed_by varchar(200)  NOT NULL,
    changed_at timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX setting_change_by_key ON setting_change (tenant_id, scope, key, changed_at DESC);
SELECT opsuite_tenant_table('setting_change');
