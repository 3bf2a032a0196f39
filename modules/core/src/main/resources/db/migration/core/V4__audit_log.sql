-- Append-only tables: rows can be added and read, never changed or removed, whatever the role's
-- grants say. For records that must be believable later (the audit log).
CREATE FUNCTION opsuite_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END
$$;

CREATE FUNCTION opsuite_append_only(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON %s '
                   || 'FOR EACH ROW EXECUTE FUNCTION opsuite_refuse_change()', target);
END
$$;

-- The tenant's audit log: who did what, when, from where, with the value before and after.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    tenant_id      varchar(40)  NOT NULL REFERENCES tenant (code),
    id             bigint       NOT NULL,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(200) NOT NULL,
    source_address varchar(64),
    action         varchar(80)  NOT NULL,
    target         varchar(200),
    before_value   varchar(4000),
    after_value    varchar(4000),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_event_by_time ON audit_event (tenant_id, occurred_at DESC);
SELECT opsuite_tenant_table('audit_event');
SELECT opsuite_append_only('audit_event');
