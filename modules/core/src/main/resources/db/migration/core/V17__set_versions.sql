-- Versions of sets that are replaced whole, so a change based on a stale read is refused (409)
-- instead of silently undoing a change saved meanwhile. A user's version moves at every sign-in,
-- and a result's at every computation, so neither can stand for the set itself.
ALTER TABLE user_account ADD COLUMN roles_version bigint NOT NULL DEFAULT 0;
ALTER TABLE appraisal_result ADD COLUMN peers_version bigint NOT NULL DEFAULT 0;
-- A grade band's version is now that of the set it was saved in (every row of a set the same).
COMMENT ON COLUMN appraisal_grade_band.version IS 'version of the band set this row was saved in';
