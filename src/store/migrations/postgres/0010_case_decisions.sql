-- Steward schema 10 (PostgreSQL): what the cases room records beyond schema 6 (issue 7, INC group):
-- when the reporter first saw the matter and the late flag (INC-10), the structured decisions
-- of a case (initial assessment INC-09, police decision INC-07, media approval and reply INC-11)
-- block tasks for the blocklist manager (INC-16), and the roster pupils a case concerns (for
-- subject access exports; pupil ids are checked against the roster when the case opens, not
-- by a foreign key, so a roster import can drop a pupil). Times are UTC seconds (BIGINT).
-- Never edit once merged.

ALTER TABLE cases ADD COLUMN first_seen_at BIGINT;
ALTER TABLE cases ADD COLUMN late_report INTEGER NOT NULL DEFAULT 0 CHECK (late_report IN (0, 1));

CREATE TABLE case_decisions (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    kind         TEXT NOT NULL CHECK (kind IN
                     ('initial_assessment', 'police_decision', 'media_approval', 'media_reply')),
    decision     TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    details_json TEXT NOT NULL DEFAULT '{}',
    recorded_by  TEXT NOT NULL,
    recorded_at  BIGINT NOT NULL
);
CREATE INDEX case_decisions_case ON case_decisions (case_id, recorded_at);

CREATE TABLE case_block_tasks (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases (id),
    school_id          TEXT NOT NULL REFERENCES schools (id),
    assignee_role      TEXT NOT NULL,
    url                TEXT NOT NULL DEFAULT '',
    platform           TEXT NOT NULL DEFAULT '',
    device_or_location TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL CHECK (state IN ('open', 'done')),
    created_at         BIGINT NOT NULL,
    done_by            TEXT NOT NULL DEFAULT '',
    done_at            BIGINT,
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_block_tasks_school ON case_block_tasks (school_id, created_at);
CREATE INDEX case_block_tasks_case ON case_block_tasks (case_id);

CREATE TABLE case_pupils (
    case_id   TEXT NOT NULL REFERENCES cases (id),
    school_id TEXT NOT NULL REFERENCES schools (id),
    pupil_id  TEXT NOT NULL,
    PRIMARY KEY (case_id, pupil_id)
);
CREATE INDEX case_pupils_pupil ON case_pupils (school_id, pupil_id);
