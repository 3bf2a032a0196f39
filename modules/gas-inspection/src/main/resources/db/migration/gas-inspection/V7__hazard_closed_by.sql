-- Who closed a hazard and how (issue 9): a re-inspection done on the phone closes the hazards of
-- its notice that now pass, and the hazard keeps who did it, the note and that re-inspection.
ALTER TABLE gas_hazard
    ADD COLUMN closed_by               varchar(200),
    ADD COLUMN close_note              varchar(500),
    ADD COLUMN closed_by_inspection_id bigint,
    ADD FOREIGN KEY (tenant_id, closed_by_inspection_id) REFERENCES gas_inspection (tenant_id, id);
