-- Deadlines of approval steps: when a step's due time passes, the deadline timer reminds its
-- approvers and escalates it once. The claim sets both columns in the transaction that records the
-- reminder, so a step is handled once however many application instances scan the table.
ALTER TABLE approval_step ADD COLUMN reminded_at timestamptz;
ALTER TABLE approval_step ADD COLUMN escalated_at timestamptz;

-- What the timer scans, tenant by tenant: active steps due and not yet handled.
CREATE INDEX approval_step_overdue ON approval_step (tenant_id, due_at)
    WHERE status = 'ACTIVE' AND reminded_at IS NULL AND due_at IS NOT NULL;

-- The timer's reminders and escalations are the system's actions: nobody's user id.
ALTER TABLE approval_action ALTER COLUMN actor_user_id DROP NOT NULL;
