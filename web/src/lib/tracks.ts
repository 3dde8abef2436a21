// Pure helpers for the video screens: the people a video follows (tracks), each described in
// words without a thumbnail ("Person 2 (middle left)", "seen 0:01–0:04 in 3 of the frames
// checked"), the tag each track has or was given, which tags changed, and which are untagged.
// The server sends `tracks`; an answer without them is rebuilt from the faces' `track` numbers.
// Unit-tested in tracks.test.ts.
import { placeOf, type Box } from './faces';

export interface TrackView {
  track: number;
  first_seconds: number;
  last_seconds: number;
  samples: number;
  box: Box;
}

export interface TrackedItem {
  width: number;
  height: number;
  faces: { face: number; box: Box; track?: number; time_seconds?: number }[];
  tags: { track?: number; tag: string }[];
  tracks: TrackView[];
}

// "0:04", "1:02", "12:30": minutes and whole seconds, as a video player shows them.
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

// "seen 0:01–0:04", or "seen at 0:02" when first and last sightings are in the same second.
export function seenSpan(first: number, last: number): string {
  const [from, to] = [clockTime(first), clockTime(Math.max(first, last))];
  return from === to ? `seen at ${from}` : `seen ${from}–${to}`;
}

// The video's tracks in order; rebuilt from the faces when the answer carries none.
export function tracksOf(item: TrackedItem): TrackView[] {
  if (item.tracks.length > 0) return [...item.tracks].sort((a, b) => a.track - b.track);
  const byTrack = new Map<number, TrackView>();
  for (const face of item.faces) {
    if (typeof face.track !== 'number') continue;
    const time = face.time_seconds ?? 0;
    const known = byTrack.get(face.track);
    if (!known) {
      byTrack.set(face.track, { track: face.track, first_seconds: time, last_seconds: time, samples: 1, box: face.box });
      continue;
    }
    known.samples += 1;
    if (time < known.first_seconds) {
      known.first_seconds = time;
      known.box = face.box;
    }
    known.last_seconds = Math.max(known.last_seconds, time);
  }
  return [...byTrack.values()].sort((a, b) => a.track - b.track);
}

// People are numbered from 1; the API counts tracks from 0. Where: the third of the frame the
// person is first seen in.
export function trackLabel(track: TrackView, width: number, height: number): string {
  return `Person ${track.track + 1} (${placeOf(track.box, width, height)} when first seen)`;
}

// "Seen 0:00–0:02, in 3 of the frames checked": the words that stand in for a thumbnail.
export function trackDescription(track: TrackView): string {
  const span = seenSpan(track.first_seconds, track.last_seconds);
  const frames = track.samples === 1 ? 'in 1 of the frames checked' : `in ${track.samples} of the frames checked`;
  return `${span[0].toUpperCase()}${span.slice(1)}, ${frames}`;
}

// The tag of each track as stored: track -> pupil id, "adult" or "not_a_pupil".
export function storedTrackTags(item: TrackedItem): Map<number, string> {
  return new Map(item.tags.flatMap((tag) => (typeof tag.track === 'number' ? [[tag.track, tag.tag] as [number, string]] : [])));
}

// The tracks whose chosen tag differs from the stored one, as PUT media/{id}/tags takes them
// (an empty choice is never sent: a track cannot be untagged, only tagged again).
export function changedTrackTags(item: TrackedItem, chosen: Record<number, string>): { track: number; tag: string }[] {
  const stored = storedTrackTags(item);
  return tracksOf(item)
    .map((track) => ({ track: track.track, tag: chosen[track.track] ?? '' }))
    .filter((entry) => entry.tag !== '' && entry.tag !== stored.get(entry.track));
}

// Tracks with neither a stored tag nor a choice.
export function untaggedTracks(item: TrackedItem, chosen: Record<number, string> = {}): number[] {
  const stored = storedTrackTags(item);
  return tracksOf(item).map((track) => track.track).filter((track) => !(chosen[track] || stored.get(track)));
}

// "2 people blurred", "no one blurred": what the publishable version hides.
export function blurredPeople(redactedTracks: number[]): string {
  const count = new Set(redactedTracks).size;
  if (count === 0) return 'no one blurred';
  return count === 1 ? '1 person blurred' : `${count} people blurred`;
}
