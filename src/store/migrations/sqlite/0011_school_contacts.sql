-- Steward schema 11 (SQLite): a school's own published contact details (domain/schools): its
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

CREATE TRIGGER school_contacts_roster_version_insert AFTER INSERT ON school_contacts
BEGIN
    UPDATE schools SET roster_version = roster_version + 1 WHERE id = NEW.school_id;
END;

CREATE TRIGGER school_contacts_roster_version_update AFTER UPDATE ON school_contacts
BEGIN
    UPDATE schools SET roster_version = roster_version + 1
    WHERE id IN (OLD.school_id, NEW.school_id);
END;

CREATE TRIGGER school_contacts_roster_version_delete AFTER DELETE ON school_contacts
BEGIN
    UPDATE schools SET roster_version = roster_version + 1 WHERE id = OLD.school_id;
END;
