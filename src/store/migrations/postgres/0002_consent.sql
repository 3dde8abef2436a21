-- Steward schema 2 (PostgreSQL): the consent register and the do-not-publish details (CON-01..06, CON-10).
-- Times are UTC seconds since 1970 (BIGINT, columns ending _at); dates are TEXT YYYY-MM-DD.
-- Never edit once merged: add the next number instead.

-- One decision per row: pupil, academic year ("2026/27"), platform; image/video/name flags.
-- A row is never changed except to add its withdrawal, once (CON-06): an amendment is a new row
-- with amends_id = the row it supersedes and revision = that row's revision + 1.
CREATE TABLE consent_records (
    id              TEXT PRIMARY KEY,
    school_id       TEXT NOT NULL,
    pupil_id        TEXT NOT NULL,
    academic_year   TEXT NOT NULL,
    platform        TEXT NOT NULL,
    image           INTEGER NOT NULL CHECK (image IN (0, 1)),
    video           INTEGER NOT NULL CHECK (video IN (0, 1)),
    name            INTEGER NOT NULL CHECK (name IN (0, 1)),
    given_by        TEXT NOT NULL CHECK (given_by IN ('parent', 'pupil')),
    method          TEXT NOT NULL DEFAULT '',
    recorded_on     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL DEFAULT '',
    amends_id       TEXT REFERENCES consent_records (id),
    revision        INTEGER NOT NULL DEFAULT 1,
    withdrawn_on    TEXT,
    withdrawal_note TEXT NOT NULL DEFAULT '',
    withdrawn_by    TEXT NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, pupil_id),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= recorded_on)
);
CREATE INDEX consent_records_pupil ON consent_records (school_id, pupil_id, academic_year, platform);
CREATE UNIQUE INDEX consent_records_revision
    ON consent_records (school_id, pupil_id, academic_year, platform, revision);

CREATE FUNCTION consent_records_withdraw_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'consent_records keeps its history: rows are never deleted';
    END IF;
    IF OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
        OR (NEW.id, NEW.school_id, NEW.pupil_id, NEW.academic_year, NEW.platform, NEW.image,
            NEW.video, NEW.name, NEW.given_by, NEW.method, NEW.recorded_on, NEW.recorded_by,
            NEW.amends_id, NEW.revision, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.school_id, OLD.pupil_id, OLD.academic_year, OLD.platform, OLD.image,
            OLD.video, OLD.name, OLD.given_by, OLD.method, OLD.recorded_on, OLD.recorded_by,
            OLD.amends_id, OLD.revision, OLD.created_at) THEN
        RAISE EXCEPTION 'consent_records: only a withdrawal may be added, once';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER consent_records_history BEFORE UPDATE OR DELETE ON consent_records
    FOR EACH ROW EXECUTE FUNCTION consent_records_withdraw_once();

-- Why and by whom a pupil was put on the do-not-publish list (pupils.do_not_publish is the flag).
CREATE TABLE do_not_publish_details (
    school_id TEXT NOT NULL,
    pupil_id  TEXT NOT NULL,
    reason    TEXT NOT NULL,
    set_by    TEXT NOT NULL,
    set_at    BIGINT NOT NULL,
    PRIMARY KEY (school_id, pupil_id),
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, pupil_id)
);

-- A roster re-import writes do_not_publish from the MIS file; a pupil put on the list in Steward
-- (a details row) stays on it until someone clears it here.
CREATE FUNCTION pupils_keep_do_not_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.do_not_publish = 0 AND EXISTS (
        SELECT 1 FROM do_not_publish_details d
        WHERE d.school_id = NEW.school_id AND d.pupil_id = NEW.pupil_id) THEN
        NEW.do_not_publish := 1;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER pupils_keep_do_not_publish BEFORE UPDATE ON pupils
    FOR EACH ROW EXECUTE FUNCTION pupils_keep_do_not_publish();
