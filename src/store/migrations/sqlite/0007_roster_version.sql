-- Steward schema 7 (SQLite): a roster version per school. Caches of what is compiled from a
-- school's pupils and staff (domain/screeners: name index and screening engine) key on it, and
-- reading it is one indexed query. The triggers below increase it in the same transaction as any
-- change that alters what is compiled, whoever writes it (roster import, pupil edits, the
-- do-not-publish list, staff in the people register). Never edit once merged.

ALTER TABLE schools ADD COLUMN roster_version BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER pupils_roster_version_insert AFTER INSERT ON pupils
BEGIN
    UPDATE schools SET roster_version = roster_version + 1 WHERE id = NEW.school_id;
END;

CREATE TRIGGER pupils_roster_version_update AFTER UPDATE ON pupils
WHEN OLD.school_id IS NOT NEW.school_id OR OLD.pupil_id IS NOT NEW.pupil_id
    OR OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name
    OR OLD.preferred_name IS NOT NEW.preferred_name OR OLD.year_group IS NOT NEW.year_group
    OR OLD.do_not_publish IS NOT NEW.do_not_publish OR OLD.on_roll IS NOT NEW.on_roll
BEGIN
    UPDATE schools SET roster_version = roster_version + 1
    WHERE id IN (OLD.school_id, NEW.school_id);
END;

CREATE TRIGGER pupils_roster_version_delete AFTER DELETE ON pupils
BEGIN
    UPDATE schools SET roster_version = roster_version + 1 WHERE id = OLD.school_id;
END;

-- Staff names are the name index's context ("Mrs Patel" is not a pupil).
CREATE TRIGGER people_roster_version_insert AFTER INSERT ON people
WHEN NEW.school_id IS NOT NULL AND NEW.category IN ('teaching_staff', 'support_staff')
BEGIN
    UPDATE schools SET roster_version = roster_version + 1 WHERE id = NEW.school_id;
END;

CREATE TRIGGER people_roster_version_update AFTER UPDATE ON people
WHEN (OLD.category IN ('teaching_staff', 'support_staff')
      OR NEW.category IN ('teaching_staff', 'support_staff'))
    AND (OLD.school_id IS NOT NEW.school_id OR OLD.display_name IS NOT NEW.display_name
         OR OLD.category IS NOT NEW.category OR OLD.status IS NOT NEW.status)
BEGIN
    UPDATE schools SET roster_version = roster_version + 1
    WHERE id IN (OLD.school_id, NEW.school_id);
END;

CREATE TRIGGER people_roster_version_delete AFTER DELETE ON people
WHEN OLD.school_id IS NOT NULL AND OLD.category IN ('teaching_staff', 'support_staff')
BEGIN
    UPDATE schools SET roster_version = roster_version + 1 WHERE id = OLD.school_id;
END;
