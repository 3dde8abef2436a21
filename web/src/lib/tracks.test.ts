import { describe, expect, it } from 'vitest';
import {
  blurredPeople, changedTrackTags, clockTime, seenSpan, storedTrackTags, trackDescription, trackLabel, tracksOf,
  untaggedTracks, type TrackedItem,
} from './tracks';

const box = (x: number) => ({ x, y: 102, width: 63, height: 63 });

// The shape GET media/{id} gives for the two-people test video (480 x 272, 3 s, sampled at 0, 1, 2 s).
const video = (over: Partial<TrackedItem> = {}): TrackedItem => ({
  width: 480, height: 272,
  faces: [
    { face: 0, box: box(385), track: 0, time_seconds: 0 },
    { face: 1, box: box(33), track: 1, time_seconds: 0 },
    { face: 2, box: box(74), track: 1, time_seconds: 1 },
    { face: 3, box: box(365), track: 0, time_seconds: 1 },
    { face: 4, box: box(344), track: 0, time_seconds: 2 },
    { face: 5, box: box(116), track: 1, time_seconds: 2 },
  ],
  tags: [],
  tracks: [
    { track: 1, first_seconds: 0, last_seconds: 2, samples: 3, box: box(74) },
    { track: 0, first_seconds: 0, last_seconds: 2, samples: 3, box: box(385) },
  ],
  ...over,
});

describe('clockTime and seenSpan', () => {
  it('shows minutes and whole seconds as a player does', () => {
    expect(clockTime(0)).toBe('0:00');
    expect(clockTime(4.9)).toBe('0:04');
    expect(clockTime(62)).toBe('1:02');
    expect(clockTime(179.5)).toBe('2:59');
    expect(clockTime(-1)).toBe('0:00');
    expect(clockTime(Number.NaN)).toBe('0:00');
  });

  it('gives the span a person is seen, or the one moment', () => {
    expect(seenSpan(1, 4)).toBe('seen 0:01–0:04');
    expect(seenSpan(2, 2.4)).toBe('seen at 0:02');
    expect(seenSpan(3, 1)).toBe('seen at 0:03');  // a last before the first is not shown backwards
  });
});

describe('tracksOf', () => {
  it('lists the server’s tracks in order', () => {
    expect(tracksOf(video()).map((track) => track.track)).toEqual([0, 1]);
  });

  it('rebuilds tracks from the faces when the answer has none', () => {
    const tracks = tracksOf(video({ tracks: [] }));
    expect(tracks).toEqual([
      { track: 0, first_seconds: 0, last_seconds: 2, samples: 3, box: box(385) },
      { track: 1, first_seconds: 0, last_seconds: 2, samples: 3, box: box(33) },
    ]);
  });

  it('has no tracks for a photo’s faces', () => {
    expect(tracksOf(video({ tracks: [], faces: [{ face: 0, box: box(10) }] }))).toEqual([]);
  });
});

describe('trackLabel and trackDescription', () => {
  it('numbers people from 1 and says where they are first seen', () => {
    const [first, second] = tracksOf(video());
    expect(trackLabel(first, 480, 272)).toBe('Person 1 (middle right when first seen)');
    expect(trackLabel(second, 480, 272)).toBe('Person 2 (middle left when first seen)');
  });

  it('describes a track in words, not a thumbnail', () => {
    expect(trackDescription({ track: 0, first_seconds: 1, last_seconds: 4, samples: 4, box: box(0) })).toBe('Seen 0:01–0:04, in 4 of the frames checked');
    expect(trackDescription({ track: 0, first_seconds: 2, last_seconds: 2, samples: 1, box: box(0) })).toBe('Seen at 0:02, in 1 of the frames checked');
  });
});

describe('track tags', () => {
  it('reads the stored tags by track and ignores photo face tags', () => {
    const stored = storedTrackTags(video({ tags: [{ track: 1, tag: 'adult' }, { tag: 'BEL1' } as { tag: string }] }));
    expect([...stored]).toEqual([[1, 'adult']]);
  });

  it('sends only the tracks whose choice changed, as {track, tag}', () => {
    const item = video({ tags: [{ track: 0, tag: 'BEL1002' }] });
    expect(changedTrackTags(item, { 0: 'BEL1002', 1: 'not_a_pupil' })).toEqual([{ track: 1, tag: 'not_a_pupil' }]);
    expect(changedTrackTags(item, { 0: 'adult' })).toEqual([{ track: 0, tag: 'adult' }]);
    expect(changedTrackTags(item, { 1: '' })).toEqual([]);
  });

  it('counts the people with neither a stored tag nor a choice', () => {
    const item = video({ tags: [{ track: 0, tag: 'BEL1002' }] });
    expect(untaggedTracks(item)).toEqual([1]);
    expect(untaggedTracks(item, { 1: 'adult' })).toEqual([]);
    expect(untaggedTracks(video())).toEqual([0, 1]);
  });
});

describe('blurredPeople', () => {
  it('says how many people the publishable version hides', () => {
    expect(blurredPeople([])).toBe('no one blurred');
    expect(blurredPeople([1])).toBe('1 person blurred');
    expect(blurredPeople([0, 1, 1])).toBe('2 people blurred');
  });
});
