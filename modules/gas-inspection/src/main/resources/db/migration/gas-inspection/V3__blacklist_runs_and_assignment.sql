-- The no-purchase blacklist job and task assignment: where round-robin stopped in each area, a log
-- of the job's runs (the nightly timer runs a tenant once a day), and the lookup of tasks by what
-- made them whatever their status, which keeps the annual plan from re-creating finished tasks.

-- The inspector who got the last round-robin task of an area; the next task goes to the one after.
CREATE TABLE gas_assignment_cursor (
    tenant_id     varchar(40)  NOT NULL REFERENCES tenant (code),
    area_id       bigint       NOT NULL,
    last_user_id  bigint       NOT NULL,
    PRIMARY KEY (tenant_id, area_id),
    FOREIGN KEY (tenant_id, area_id) REFERENCES gas_area (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_assignment_cursor');

-- One line per finished run of the blacklist job, nightly (scheduled) or asked for by a supervisor.
CREATE SEQUENCE gas_blacklist_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gas_blacklist_run (
    tenant_id    varchar(40)  NOT NULL REFERENCES tenant (code),
    id           bigint       NOT NULL,
    run_on       date         NOT NULL,
    scheduled    boolean      NOT NULL,
    listed       integer      NOT NULL,
    left_list    integer      NOT NULL,
    assigned     integer      NOT NULL,
    took_ms      bigint       NOT NULL,
    finished_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
SELECT opsuite_tenant_table('gas_blacklist_run');
CREATE INDEX gas_blacklist_run_on ON gas_blacklist_run (tenant_id, run_on, scheduled);

CREATE INDEX gas_task_source ON gas_task (tenant_id, source_ref);
-- The entries still waiting for their audit task: few, so each run finds them without a scan.
CREATE INDEX gas_blacklist_untasked ON gas_blacklist_entry (tenant_id) WHERE left_on IS NULL AND task_id IS NULL;

-- The job inserts up to hundreds of thousands of entries and tasks in one transaction and then joins
-- them; with statistics from before (an empty table, say) the planner would scan them once per row.
-- The application role does not own the tables, so it refreshes their statistics through this
-- function (ANALYZE counts the rows its own open transaction inserted).
CREATE FUNCTION gas_analyze_worklist() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    ANALYZE gas_blacklist_entry;
    ANALYZE gas_task;
END;
$$;
