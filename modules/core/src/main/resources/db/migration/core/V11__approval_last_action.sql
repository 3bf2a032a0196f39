-- When anyone last acted on an approval. Writing it on every action is also what moves the row's
-- version, so a client holding an older read is refused (409) whichever rows the action changed.
ALTER TABLE approval ADD COLUMN last_action_at timestamptz;
UPDATE approval SET last_action_at = started_at;
ALTER TABLE approval ALTER COLUMN last_action_at SET NOT NULL;
