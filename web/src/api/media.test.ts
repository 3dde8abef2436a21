import { describe, expect, it } from 'vitest';
import { mediaApi, mediaItemOf } from './media';

describe('mediaItemOf', () => {
  it('keeps the server’s inspection and tags', () => {
    const item = mediaItemOf({
      media_id: 'md-1', format: 'jpeg', width: 880, height: 320,
      faces: [{ face: 0, box: { x: 1, y: 2, width: 3, height: 4 }, confidence: 0.9 }],
      text: [{ text: 'Florence Wright', box: { x: 0, y: 0, width: 1, height: 1 } }],
      findings: [{ line: 0, category: 'name', box: { x: 0, y: 0, width: 1, height: 1 } }],
      metadata: { gps_position: true, removed_on_output: ['GPS position of the photo removed'] },
      tags: [{ face: 0, tag: 'adult' }], redacted: true, redacted_faces: [0],
    });
    expect(item.faces).toHaveLength(1);
    expect(item.metadata.removed_on_output).toEqual(['GPS position of the photo removed']);
    expect(item.tags).toEqual([{ face: 0, tag: 'adult' }]);
    expect(item.redacted).toBe(true);
  });

  it('fills in what a partial answer leaves out', () => {
    const item = mediaItemOf({ media_id: 'md-2' });
    expect(item).toMatchObject({ faces: [], text: [], findings: [], tags: [], redacted: false, redacted_faces: [], width: 0 });
    expect(item.metadata.removed_on_output).toEqual([]);
    expect(mediaItemOf(undefined).media_id).toBe('');
  });
});

describe('mediaItemOf for videos', () => {
  it('keeps a video’s kind, length, tracks and redacted tracks; a photo is a photo', () => {
    const item = mediaItemOf({
      media_id: 'md-3', kind: 'video', format: 'mp4', width: 480, height: 272, duration_seconds: 3, content_type: 'video/mp4',
      faces: [{ face: 0, box: { x: 1, y: 2, width: 3, height: 4 }, track: 0, time_seconds: 0 }],
      tags: [{ track: 0, tag: 'BEL1001' }], redacted: true, redacted_tracks: [1],
      tracks: [{ track: 0, first_seconds: 0, last_seconds: 2, samples: 3, box: { x: 1, y: 2, width: 3, height: 4 }, tag: 'BEL1001' }],
    });
    expect(item).toMatchObject({ kind: 'video', duration_seconds: 3, redacted_tracks: [1], tags: [{ track: 0, tag: 'BEL1001' }] });
    expect(item.tracks).toHaveLength(1);
    expect(mediaItemOf({ media_id: 'md-4', format: 'jpeg' })).toMatchObject({ kind: 'photo', tracks: [], redacted_tracks: [] });
  });
});

describe('previewUrl', () => {
  it('addresses a version by ids only', () => {
    expect(mediaApi.previewUrl('belgrave', 'md-1', 'redacted')).toBe('/api/schools/belgrave/media/md-1/preview?version=redacted');
  });
});
