-- Steward schema 12 (SQLite): videos in the media library (issue 6). A video's faces are sampled
-- once a second and linked into tracks (one person across the samples). Each sampled face keeps
-- its track and time; staff tag a track once, in media_tracks, and the tag holds for every face
-- of it. Photos are unchanged (track 0, time 0, tags on media_faces). Never edit once merged.

ALTER TABLE media_items ADD COLUMN duration_ms BIGINT NOT NULL DEFAULT 0;  -- video only
ALTER TABLE media_faces ADD COLUMN track INTEGER NOT NULL DEFAULT 0;
ALTER TABLE media_faces ADD COLUMN time_ms BIGINT NOT NULL DEFAULT 0;  -- when the sample was shown

CREATE TABLE media_tracks (
    media_id   TEXT NOT NULL REFERENCES media_items (id),
    track      INTEGER NOT NULL,
    first_ms   BIGINT NOT NULL,   -- the first and last samples the person was seen in
    last_ms    BIGINT NOT NULL,
    samples    INTEGER NOT NULL,
    x          INTEGER NOT NULL,  -- the most confident sample's box, for the screens
    y          INTEGER NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    tag_kind   TEXT NOT NULL DEFAULT '' CHECK (tag_kind IN ('', 'pupil', 'adult', 'not_a_pupil')),
    pupil_id   TEXT NOT NULL DEFAULT '',
    tagged_by  TEXT NOT NULL DEFAULT '',
    tagged_at  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (media_id, track)
);
