-- Steward schema 8 (SQLite): the photos and videos a post shows (issue 6 item 5), in the order the
-- author gave them. Both rows belong to the same school; the post check reads each item's faces,
-- tags and visible-text findings through this link. Never edit once merged.

CREATE TABLE post_media (
    post_id   TEXT NOT NULL REFERENCES posts (id),
    school_id TEXT NOT NULL REFERENCES schools (id),
    media_id  TEXT NOT NULL REFERENCES media_items (id),
    position  INTEGER NOT NULL,  -- 0-based, the author's order
    PRIMARY KEY (post_id, media_id)
);
-- Which posts show an item (a change to its tags sends them back to draft).
CREATE INDEX post_media_media ON post_media (school_id, media_id);
