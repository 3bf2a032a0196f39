-- Setting changes are recorded in the audit log (action settings.changed), which is append-only;
-- the separate history table kept the same facts twice.
INSERT INTO audit_event (tenant_id, id, occurred_at, actor, action, target, before_value, after_value)
SELECT c.tenant_id, nextval('audit_event_seq'), c.changed_at, c.changed_by, 'settings.changed',
       c.scope || '/' || c.key, c.old_value, c.new_value
FROM setting_change c
WHERE NOT EXISTS (
    SELECT 1 FROM audit_event e
    WHERE e.tenant_id = c.tenant_id AND e.action = 'settings.changed'
      AND e.target = c.scope || '/' || c.key AND e.occurred_at = c.changed_at);
DROP TABLE setting_change;
DROP SEQUENCE setting_change_seq;
