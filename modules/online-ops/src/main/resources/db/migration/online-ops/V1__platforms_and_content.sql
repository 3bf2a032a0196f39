-- The online-ops vertical's shared records: the platforms (channels) a tenant publishes on, the
-- events and promotions content is about, and the content items with their target platforms and
-- revisions. Later migrations of this module add the features built on them (credentials,
-- cadence rules, customer service, campaigns, meeting data, design requests and budgets).
-- Every table is tenant-owned: tenant_id leads the key and every index.

-- A platform the department runs: the website, a WeChat official account, a mini-program, ...
CREATE SEQUENCE online_platform_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_platform (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    id          bigint       NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('WEBSITE', 'WECHAT', 'MINI_PROGRAM', 'APP',
                    'WEIBO', 'ZHIHU', 'BAIJIAHAO', 'DOUYIN', 'XIAOHONGSHU', 'OTHER')),
    name        varchar(100) NOT NULL,
    owner_id    bigint,
    url         varchar(500),
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_platform');
CREATE UNIQUE INDEX online_platform_name ON online_platform (tenant_id, lower(name));

-- Who may publish on a platform besides its owner (seed: only named people publish).
CREATE TABLE online_platform_publisher (
    tenant_id    varchar(40) NOT NULL REFERENCES tenant (code),
    platform_id  bigint      NOT NULL,
    user_id      bigint      NOT NULL,
    PRIMARY KEY (tenant_id, platform_id, user_id),
    FOREIGN KEY (tenant_id, platform_id) REFERENCES online_platform (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_platform_publisher');

-- An event or a promotion content is about: cadence rules measure news after an event ends and
-- promotion notices before a promotion starts.
CREATE SEQUENCE online_occasion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_occasion (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    id          bigint       NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('EVENT', 'PROMOTION')),
    title       varchar(200) NOT NULL,
    starts_on   date         NOT NULL,
    ends_on     date         NOT NULL,
    major       boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_on >= starts_on)
);
SELECT opsuite_tenant_table('online_occasion');
CREATE INDEX online_occasion_dates ON online_occasion (tenant_id, kind, starts_on);

-- A piece of content and where it is in its life: draft -> self-proofread -> review (approval)
-- -> scheduled -> published -> archived.
CREATE SEQUENCE online_content_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE online_content (
    tenant_id        varchar(40)  NOT NULL REFERENCES tenant (code),
    id               bigint       NOT NULL,
    title            varchar(200) NOT NULL,
    body             text         NOT NULL DEFAULT '',
    kind             varchar(20)  NOT NULL CHECK (kind IN ('ARTICLE', 'NEWS', 'PROMOTION',
                         'RECRUITMENT', 'INDUSTRY')),
    status           varchar(20)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PROOFREAD',
                         'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    owner_id         bigint       NOT NULL,
    planned_at       timestamptz,
    occasion_id      bigint,
    company_project  boolean      NOT NULL DEFAULT false,
    classification   varchar(20)  NOT NULL DEFAULT 'INTERNAL'
                         CHECK (classification IN ('INTERNAL', 'CONFIDENTIAL')),
    approval_id      bigint,
    revision         integer      NOT NULL DEFAULT 1,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, occasion_id) REFERENCES online_occasion (tenant_id, id)
);
SELECT opsuite_tenant_table('online_content');
CREATE INDEX online_content_planned ON online_content (tenant_id, planned_at);
CREATE INDEX online_content_status ON online_content (tenant_id, status);
CREATE INDEX online_content_occasion ON online_content (tenant_id, occasion_id);

-- The platforms a piece goes to; published_at and the link are set when it is out there.
-- Cadence rules count these rows.
CREATE TABLE online_content_platform (
    tenant_id     varchar(40)  NOT NULL REFERENCES tenant (code),
    content_id    bigint       NOT NULL,
    platform_id   bigint       NOT NULL,
    published_at  timestamptz,
    link          varchar(500),
    published_by  bigint,
    PRIMARY KEY (tenant_id, content_id, platform_id),
    FOREIGN KEY (tenant_id, content_id) REFERENCES online_content (tenant_id, id),
    FOREIGN KEY (tenant_id, platform_id) REFERENCES online_platform (tenant_id, id),
    FOREIGN KEY (tenant_id, published_by) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_content_platform');
CREATE INDEX online_content_platform_published
    ON online_content_platform (tenant_id, platform_id, published_at);

-- Every saved version of a piece: what it said, who changed it and when.
CREATE TABLE online_content_revision (
    tenant_id   varchar(40)  NOT NULL REFERENCES tenant (code),
    content_id  bigint       NOT NULL,
    revision    integer      NOT NULL,
    title       varchar(200) NOT NULL,
    body        text         NOT NULL,
    author_id   bigint       NOT NULL,
    note        varchar(500),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, content_id, revision),
    FOREIGN KEY (tenant_id, content_id) REFERENCES online_content (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('online_content_revision');
