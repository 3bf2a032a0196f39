-- An escalation adds the late approvers' managers to the step in their place: each added row names
-- the late approver's row it stands for. The step counts only the rows it first asked, so a manager
-- added to an "all of N" step decides for the one who was late instead of becoming an N+1st vote.
ALTER TABLE approval_approver ADD COLUMN stands_for_id bigint;
ALTER TABLE approval_approver ADD FOREIGN KEY (tenant_id, stands_for_id)
    REFERENCES approval_approver (tenant_id, id);
CREATE INDEX approval_approver_stands_for ON approval_approver (tenant_id, stands_for_id)
    WHERE stands_for_id IS NOT NULL;
