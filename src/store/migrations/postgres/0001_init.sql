-- Steward schema 1 (PostgreSQL): organisation, people, roster, accounts, sessions, audit chain.
-- Times are UTC seconds since 1970 (BIGINT, columns ending _at); dates are TEXT YYYY-MM-DD.
-- Never edit once merged: add 0002_<what>.sql instead.

CREATE TABLE trusts (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE schools (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    trust_id TEXT REFERENCES trusts (id)
);

CREATE TABLE people (
    id           TEXT PRIMARY KEY,
    school_id    TEXT REFERENCES schools (id),
    trust_id     TEXT REFERENCES trusts (id),
    display_name TEXT NOT NULL,
    email        TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL,
    start_date   TEXT NOT NULL,
    end_date     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL,
    CHECK ((school_id IS NULL) <> (trust_id IS NULL))
);
CREATE INDEX people_school_id ON people (school_id);

CREATE TABLE role_assignments (
    person_id TEXT NOT NULL REFERENCES people (id),
    role      TEXT NOT NULL,
    school_id TEXT REFERENCES schools (id),
    trust_id  TEXT REFERENCES trusts (id),
    CHECK ((school_id IS NULL) <> (trust_id IS NULL))
);
CREATE UNIQUE INDEX role_assignments_school_key ON role_assignments (person_id, role, school_id)
    WHERE school_id IS NOT NULL;
CREATE UNIQUE INDEX role_assignments_trust_key ON role_assignments (person_id, role, trust_id)
    WHERE trust_id IS NOT NULL;
CREATE INDEX role_assignments_school_role ON role_assignments (school_id, role);

CREATE TABLE line_managers (
    person_id             TEXT PRIMARY KEY REFERENCES people (id),
    line_manager_id       TEXT NOT NULL REFERENCES people (id),
    head_of_department_id TEXT REFERENCES people (id)
);

CREATE TABLE pupils (
    school_id      TEXT NOT NULL REFERENCES schools (id),
    pupil_id       TEXT NOT NULL,
    first_name     TEXT NOT NULL,
    last_name      TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    year_group     TEXT NOT NULL,
    do_not_publish INTEGER NOT NULL DEFAULT 0 CHECK (do_not_publish IN (0, 1)),
    on_roll        INTEGER NOT NULL DEFAULT 1 CHECK (on_roll IN (0, 1)),
    PRIMARY KEY (school_id, pupil_id)
);

CREATE TABLE parent_links (
    parent_person_id TEXT NOT NULL REFERENCES people (id),
    school_id        TEXT NOT NULL,
    pupil_id         TEXT NOT NULL,
    relationship     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (parent_person_id, school_id, pupil_id),
    FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, pupil_id)
);
CREATE INDEX parent_links_pupil ON parent_links (school_id, pupil_id);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    email         TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    person_id     TEXT REFERENCES people (id),
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    csrf_token_hash TEXT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- The audit trail (AUD-01): append-only, each event chained to the previous by SHA-256.
CREATE TABLE audit_events (
    seq            BIGINT PRIMARY KEY,
    at             BIGINT NOT NULL,
    actor          TEXT NOT NULL,
    actor_role     TEXT NOT NULL,
    school_id      TEXT NOT NULL,
    action         TEXT NOT NULL,
    object_type    TEXT NOT NULL,
    object_id      TEXT NOT NULL,
    before_summary TEXT NOT NULL,
    after_summary  TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX audit_events_object ON audit_events (object_type, object_id);

-- One row: the newest event, so that removing the newest events is detectable too.
CREATE TABLE audit_chain_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
