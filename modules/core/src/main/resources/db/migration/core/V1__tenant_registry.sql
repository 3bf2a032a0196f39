-- The platform's tenant registry. A platform table: it is not tenant-owned, so it carries no
-- tenant_id and no row-level security; every tenant-owned table refers to tenant.code.
CREATE TABLE tenant (
    code       varchar(40)  PRIMARY KEY
               CHECK (code ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(code) >= 3),
    name       varchar(200) NOT NULL,
    status     varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    locale     varchar(10)  NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
    time_zone  varchar(64)  NOT NULL DEFAULT 'Asia/Shanghai',
    created_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0
);
