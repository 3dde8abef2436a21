-- Steward schema 6 (SQLite): cases (concerns routed by the policy pack), their notes, members,
-- evidence and external referrals, and follower requests (issue 7 items 5-7).
-- Times are UTC seconds since 1970 (BIGINT). source_comment_id and account_id stay TEXT: the
-- comments and accounts rooms check them. Never edit once merged.

CREATE TABLE cases (
    id                TEXT PRIMARY KEY,
    school_id         TEXT NOT NULL REFERENCES schools (id),
    concern_type      TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN
                          ('reported', 'triaged', 'investigating', 'outcome', 'closed')),
    urgent            INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    owner_role        TEXT NOT NULL,
    owner_person_id   TEXT REFERENCES people (id),
    procedure_name    TEXT NOT NULL DEFAULT '',
    subject_person_id TEXT REFERENCES people (id),
    reporter          TEXT NOT NULL,
    summary           TEXT NOT NULL,
    fields_json       TEXT NOT NULL DEFAULT '{}',
    source_comment_id TEXT,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    outcome           TEXT NOT NULL DEFAULT '',
    outcome_note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_school_created ON cases (school_id, created_at);
CREATE INDEX cases_source_comment ON cases (source_comment_id);

CREATE TABLE case_referrals (
    case_id     TEXT NOT NULL REFERENCES cases (id),
    body        TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    referred_by TEXT NOT NULL,
    referred_at BIGINT NOT NULL
);
CREATE INDEX case_referrals_case ON case_referrals (case_id);

CREATE TABLE case_notes (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id),
    author_person_id TEXT NOT NULL,
    text             TEXT NOT NULL,
    created_at       BIGINT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at);

CREATE TABLE case_members (
    case_id   TEXT NOT NULL REFERENCES cases (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    added_by  TEXT NOT NULL,
    added_at  BIGINT NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_members_person ON case_members (person_id);

CREATE TABLE case_evidence (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    filename       TEXT NOT NULL DEFAULT '',
    content_type   TEXT NOT NULL DEFAULT '',
    reference      TEXT NOT NULL DEFAULT '',
    content_base64 TEXT NOT NULL DEFAULT '',
    size_bytes     BIGINT NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    added_by       TEXT NOT NULL,
    added_at       BIGINT NOT NULL
);
CREATE INDEX case_evidence_case ON case_evidence (case_id, added_at);

CREATE TABLE follower_requests (
    id               TEXT PRIMARY KEY,
    school_id        TEXT NOT NULL REFERENCES schools (id),
    account_id       TEXT NOT NULL,
    platform         TEXT NOT NULL DEFAULT '',
    requester_handle TEXT NOT NULL,
    requester_kind   TEXT NOT NULL,
    security_checked INTEGER NOT NULL DEFAULT 0 CHECK (security_checked IN (0, 1)),
    note             TEXT NOT NULL DEFAULT '',
    approver_role    TEXT NOT NULL,
    decision         TEXT NOT NULL CHECK (decision IN ('pending', 'accepted', 'declined')),
    decided_by       TEXT NOT NULL DEFAULT '',
    decision_reason  TEXT NOT NULL DEFAULT '',
    logged_by        TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    decided_at       BIGINT
);
CREATE INDEX follower_requests_school ON follower_requests (school_id, created_at);
