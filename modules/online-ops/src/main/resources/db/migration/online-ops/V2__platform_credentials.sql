-- Platform account credentials (seed: strictly control who knows the accounts and passwords).
-- Nothing here is readable without the application's master key: each tenant has its own random
-- data key, stored only wrapped (AES-256-GCM) by the master key, and every credential field is
-- encrypted with the tenant's data key. Reading a credential back is audited by the application.

-- A tenant's data key, wrapped by the master key; key_version leaves room for rotation.
CREATE TABLE online_credential_key (
    tenant_id    varchar(40) NOT NULL REFERENCES tenant (code),
    key_version  integer     NOT NULL,
    wrapped_key  bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key_version)
);
SELECT opsuite_tenant_table('online_credential_key');

-- One credential per platform: nonce and ciphertext of each field, never the plain text.
CREATE TABLE online_platform_credential (
    tenant_id        varchar(40)  NOT NULL REFERENCES tenant (code),
    platform_id      bigint       NOT NULL,
    key_version      integer      NOT NULL,
    account_cipher   bytea        NOT NULL,
    password_cipher  bytea        NOT NULL,
    note_cipher      bytea,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    updated_by       varchar(200) NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, platform_id),
    FOREIGN KEY (tenant_id, platform_id) REFERENCES online_platform (tenant_id, id),
    FOREIGN KEY (tenant_id, key_version) REFERENCES online_credential_key (tenant_id, key_version)
);
SELECT opsuite_tenant_table('online_platform_credential');
CREATE INDEX online_platform_credential_key
    ON online_platform_credential (tenant_id, key_version);
