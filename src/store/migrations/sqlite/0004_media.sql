-- Steward schema 4 (SQLite): photos uploaded for posts (issue 6). Each item is kept only in its
-- school's store: the original bytes as uploaded and, once made, the publishable (redacted) copy,
-- both as base64 text (one encoding on both engines); the inspection as JSON for the screens; its
-- faces with staff's tags and its visible-text findings as rows the post check reads.
-- Times are UTC seconds (BIGINT, *_at). Never edit once merged.

CREATE TABLE media_items (
    id               TEXT PRIMARY KEY,
    school_id        TEXT NOT NULL REFERENCES schools (id),
    format           TEXT NOT NULL,  -- jpeg, png, webp, heif
    content_type     TEXT NOT NULL,  -- image/jpeg, ...
    width            INTEGER NOT NULL,
    height           INTEGER NOT NULL,
    byte_size        BIGINT NOT NULL,
    sha256           TEXT NOT NULL,
    original         TEXT NOT NULL,  -- base64
    gps_position     INTEGER NOT NULL DEFAULT 0 CHECK (gps_position IN (0, 1)),
    inspection_json  TEXT NOT NULL,
    uploaded_by      TEXT NOT NULL,
    uploaded_at      BIGINT NOT NULL,
    redacted         TEXT,           -- base64 of the publishable copy; NULL until made
    redacted_format  TEXT NOT NULL DEFAULT '',
    redacted_sha256  TEXT NOT NULL DEFAULT '',
    redacted_faces   TEXT NOT NULL DEFAULT '',  -- face numbers blurred, "1,3"
    redacted_by      TEXT NOT NULL DEFAULT '',
    redacted_at      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX media_items_school ON media_items (school_id, uploaded_at);

-- One row per detected face; tag_kind '' until staff tag it (pupil id, adult or not a pupil).
CREATE TABLE media_faces (
    media_id    TEXT NOT NULL REFERENCES media_items (id),
    face        INTEGER NOT NULL,  -- 0-based, in the inspection's order
    x           INTEGER NOT NULL,
    y           INTEGER NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    confidence  INTEGER NOT NULL,  -- per mille
    detector    TEXT NOT NULL,
    tag_kind    TEXT NOT NULL DEFAULT '' CHECK (tag_kind IN ('', 'pupil', 'adult', 'not_a_pupil')),
    pupil_id    TEXT NOT NULL DEFAULT '',
    tagged_by   TEXT NOT NULL DEFAULT '',
    tagged_at   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (media_id, face)
);

-- What the screening engine found in the photo's visible text, placed on the photo.
CREATE TABLE media_text_findings (
    media_id  TEXT NOT NULL REFERENCES media_items (id),
    finding   INTEGER NOT NULL,
    line      INTEGER NOT NULL,
    category  TEXT NOT NULL,  -- name, personal_data, profanity, ...
    rule_id   TEXT NOT NULL,
    x         INTEGER NOT NULL,
    y         INTEGER NOT NULL,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    PRIMARY KEY (media_id, finding)
);
