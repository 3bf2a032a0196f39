-- Sign-in state of an account: failed attempts and lockout (counted per account, whatever the
-- address), when the password was last set (expiry), and the optional TOTP second factor.
ALTER TABLE user_account
    ADD COLUMN failed_logins       integer     NOT NULL DEFAULT 0,
    ADD COLUMN locked_until        timestamptz,
    ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN last_login_at       timestamptz,
    ADD COLUMN totp_secret         varchar(64),
    ADD COLUMN totp_enabled        boolean     NOT NULL DEFAULT false,
    ADD COLUMN totp_last_step      bigint      NOT NULL DEFAULT 0;

-- Hashes of an account's earlier passwords, so the policy can refuse reusing the last N.
CREATE TABLE password_history (
    tenant_id     varchar(40)  NOT NULL,
    user_id       bigint       NOT NULL,
    changed_at    timestamptz  NOT NULL,
    password_hash varchar(512) NOT NULL,
    PRIMARY KEY (tenant_id, user_id, changed_at),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('password_history');

-- Password reset links sent by e-mail. Only a hash of the token is stored; a link works once.
CREATE TABLE password_reset (
    tenant_id  varchar(40) NOT NULL,
    token_hash varchar(64) NOT NULL,
    user_id    bigint      NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
SELECT opsuite_tenant_table('password_reset');

-- What part of the tenant's data a role reaches: everything, or the holder's department subtree.
ALTER TABLE role ADD COLUMN data_scope varchar(20) NOT NULL DEFAULT 'ALL'
    CHECK (data_scope IN ('ALL', 'DEPARTMENT'));

-- Operators of the platform itself: not users of any tenant. They manage tenants (list, suspend,
-- reactivate) and see none of the tenants' business data.
CREATE SEQUENCE platform_operator_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE platform_operator (
    id            bigint       PRIMARY KEY,
    username      varchar(100) NOT NULL UNIQUE,
    password_hash varchar(512) NOT NULL,
    failed_logins integer      NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);

-- Keys the platform signs with (the API's tokens), created once and shared by every instance.
CREATE TABLE platform_key (
    name        varchar(40)   PRIMARY KEY,
    private_key varchar(4000) NOT NULL,
    public_key  varchar(2000) NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now()
);

-- The platform's own record: operator sign-ins and tenant status changes. Append-only.
CREATE SEQUENCE platform_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE platform_event (
    id             bigint       PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(200) NOT NULL,
    source_address varchar(64),
    action         varchar(80)  NOT NULL,
    target         varchar(200)
);
SELECT opsuite_append_only('platform_event');
