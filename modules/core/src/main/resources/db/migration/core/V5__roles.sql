-- A tenant's roles, each a set of permission codes (declared by core and the modules). Built-in
-- roles come from the modules' defaults; the tenant admin may change them or add others.
CREATE TABLE role (
    tenant_id   varchar(40)   NOT NULL REFERENCES tenant (code),
    code        varchar(100)  NOT NULL,
    scope       varchar(40)   NOT NULL,
    built_in    boolean       NOT NULL,
    permissions varchar(4000) NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, code)
);
SELECT opsuite_tenant_table('role');

CREATE TABLE user_role (
    tenant_id varchar(40)  NOT NULL,
    user_id   bigint       NOT NULL,
    role_code varchar(100) NOT NULL,
    PRIMARY KEY (tenant_id, user_id, role_code),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, role_code) REFERENCES role (tenant_id, code) ON DELETE CASCADE
);
SELECT opsuite_tenant_table('user_role');
