-- Steward schema 11 (PostgreSQL): a school's own published contact details (domain/schools): its
-- address and postcode, phone numbers, e-mail addresses, website, social handles, motto hashtags
-- and the public venues it uses, one row per value in the order they were set. The post check
-- exempts them from PERSONAL_DATA; the school's screener is compiled with them, so every change
-- raises the school's roster version (migration 0007) in the same transaction. Never edit once
-- merged.

CREATE TABLE school_contacts (
    school_id TEXT NOT NULL REFERENCES schools (id),
    kind      TEXT NOT NULL CHECK (kind IN ('address', 'postcode', 'phone', 'email', 'website',
                                            'handle', 'hashtag', 'venue')),
    position  INTEGER NOT NULL CHECK (position >= 0),
    value     TEXT NOT NULL,              -- a venue's name
    address   TEXT NOT NULL DEFAULT '',  -- a venue's address
    postcode  TEXT NOT NULL DEFAULT '',  -- a venue's postcode
    PRIMARY KEY (school_id, kind, position)
);

CREATE FUNCTION school_contacts_roster_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM schools_bump_roster_version(NEW.school_id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM schools_bump_roster_version(OLD.school_id);
    ELSE
        PERFORM schools_bump_roster_version(OLD.school_id);
        IF NEW.school_id <> OLD.school_id THEN
            PERFORM schools_bump_roster_version(NEW.school_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER school_contacts_roster_version AFTER INSERT OR UPDATE OR DELETE ON school_contacts
    FOR EACH ROW EXECUTE FUNCTION school_contacts_roster_version();
