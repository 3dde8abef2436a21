-- Steward schema 7 (PostgreSQL): a roster version per school. Caches of what is compiled from a
-- school's pupils and staff (domain/screeners: name index and screening engine) key on it, and
-- reading it is one indexed query. The triggers below increase it in the same transaction as any
-- change that alters what is compiled, whoever writes it (roster import, pupil edits, the
-- do-not-publish list, staff in the people register). Never edit once merged.

ALTER TABLE schools ADD COLUMN roster_version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION schools_bump_roster_version(school TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE schools SET roster_version = roster_version + 1 WHERE id = school;
$$;

CREATE FUNCTION pupils_roster_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM schools_bump_roster_version(NEW.school_id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM schools_bump_roster_version(OLD.school_id);
    ELSIF (OLD.school_id, OLD.pupil_id, OLD.first_name, OLD.last_name, OLD.preferred_name,
           OLD.year_group, OLD.do_not_publish, OLD.on_roll)
          IS DISTINCT FROM
          (NEW.school_id, NEW.pupil_id, NEW.first_name, NEW.last_name, NEW.preferred_name,
           NEW.year_group, NEW.do_not_publish, NEW.on_roll) THEN
        PERFORM schools_bump_roster_version(OLD.school_id);
        IF NEW.school_id <> OLD.school_id THEN
            PERFORM schools_bump_roster_version(NEW.school_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER pupils_roster_version AFTER INSERT OR UPDATE OR DELETE ON pupils
    FOR EACH ROW EXECUTE FUNCTION pupils_roster_version();

-- Staff names are the name index's context ("Mrs Patel" is not a pupil).
CREATE FUNCTION people_roster_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.school_id IS NOT NULL AND NEW.category IN ('teaching_staff', 'support_staff') THEN
            PERFORM schools_bump_roster_version(NEW.school_id);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD.school_id IS NOT NULL AND OLD.category IN ('teaching_staff', 'support_staff') THEN
            PERFORM schools_bump_roster_version(OLD.school_id);
        END IF;
    ELSIF (OLD.category IN ('teaching_staff', 'support_staff')
           OR NEW.category IN ('teaching_staff', 'support_staff'))
          AND (OLD.school_id, OLD.display_name, OLD.category, OLD.status)
              IS DISTINCT FROM (NEW.school_id, NEW.display_name, NEW.category, NEW.status) THEN
        IF OLD.school_id IS NOT NULL THEN
            PERFORM schools_bump_roster_version(OLD.school_id);
        END IF;
        IF NEW.school_id IS NOT NULL AND NEW.school_id IS DISTINCT FROM OLD.school_id THEN
            PERFORM schools_bump_roster_version(NEW.school_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER people_roster_version AFTER INSERT OR UPDATE OR DELETE ON people
    FOR EACH ROW EXECUTE FUNCTION people_roster_version();
