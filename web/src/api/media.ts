// Photos and videos for posts (issue 6): upload the raw bytes (the server judges the file by its content),
// read the inspection (faces, visible text, findings, metadata), tag faces, make the publishable
// version, and the address of either version's bytes for an <img> (same origin, ids only; the
// server never lets it be cached). Shapes follow src/api/handlers/media.cpp.
import { pathOf, routes } from './routes';
import { send } from './client';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DetectedFace {
  face: number;
  box: Box;
  confidence?: number;
  detector?: string;
  track?: number;  // a video's person this sighting belongs to
  time_seconds?: number;  // where in the video it was seen
}

export interface TextLine {
  text: string;
  box: Box;
  confidence?: number;
}

export interface MediaTextFinding {
  line: number;  // index into `text`
  category: string;  // "name", "personal_data", "profanity", ...
  rule_id?: string;
  box: Box;
}

export interface MediaMetadata {
  gps_position?: boolean;
  camera_serial?: boolean;
  date_taken?: string;
  removed_on_output: string[];  // sentences, e.g. "GPS position of the photo removed"
}

export interface FaceTag {
  face: number;
  tag: string;  // a pupil id, "adult" or "not_a_pupil"
}

// A video's tag is per track (one person followed through the video), not per sighting.
export interface TrackTag {
  track: number;
  tag: string;
}

// One person followed through a video: when they are first and last seen (seconds), in how many
// of the sampled frames, and where (one sighting's box).
export interface VideoTrack {
  track: number;
  first_seconds: number;
  last_seconds: number;
  samples: number;
  box: Box;
  tag?: string;
}

export type MediaKind = 'photo' | 'video';

export interface MediaItem {
  media_id: string;
  kind: MediaKind;
  format: string;
  content_type?: string;
  duration_seconds?: number;  // videos
  width: number;
  height: number;
  faces: DetectedFace[];
  text: TextLine[];
  findings: MediaTextFinding[];
  metadata: MediaMetadata;
  tags: (FaceTag | TrackTag)[];
  redacted: boolean;  // a publishable version exists for the current tags
  redacted_faces: number[];
  tracks: VideoTrack[];  // videos only; empty for a photo
  redacted_tracks: number[];
}

export type MediaVersion = 'original' | 'redacted';

const mid = (schoolId: string, mediaId: string) => ({ school_id: schoolId, media_id: mediaId });

// Fills in what an older or partial answer may leave out, so pages can rely on the arrays.
export function mediaItemOf(data: unknown): MediaItem {
  const item = (data ?? {}) as Partial<MediaItem>;
  return {
    media_id: String(item.media_id ?? ''),
    kind: item.kind === 'video' ? 'video' : 'photo',
    content_type: item.content_type,
    duration_seconds: item.duration_seconds,
    format: String(item.format ?? ''),
    width: Number(item.width ?? 0),
    height: Number(item.height ?? 0),
    faces: item.faces ?? [],
    text: item.text ?? [],
    findings: item.findings ?? [],
    metadata: { ...(item.metadata ?? {}), removed_on_output: item.metadata?.removed_on_output ?? [] },
    tags: item.tags ?? [],
    redacted: Boolean(item.redacted),
    redacted_faces: item.redacted_faces ?? [],
    tracks: item.tracks ?? [],
    redacted_tracks: item.redacted_tracks ?? [],
  };
}

export const mediaApi = {
  async upload(schoolId: string, file: Blob): Promise<MediaItem> {
    // The server sniffs the content; the type sent is only a hint.
    return mediaItemOf(await send<unknown>(routes.uploadMedia, { school_id: schoolId }, {
      body: file, contentType: file.type || 'application/octet-stream',
    }));
  },
  async get(schoolId: string, mediaId: string): Promise<MediaItem> {
    return mediaItemOf(await send<unknown>(routes.media, mid(schoolId, mediaId)));
  },
  async tag(schoolId: string, mediaId: string, tags: FaceTag[] | TrackTag[]): Promise<MediaItem> {
    return mediaItemOf(await send<unknown>(routes.tagMedia, mid(schoolId, mediaId), { json: tags }));
  },
  async redact(schoolId: string, mediaId: string, target: { platform?: string; posting_date?: string }): Promise<MediaItem> {
    return mediaItemOf(await send<unknown>(routes.redactMedia, mid(schoolId, mediaId), { json: target }));
  },
  // The address of a version's bytes, for <img src> or <video src>: the session cookie goes with it.
  previewUrl(schoolId: string, mediaId: string, version: MediaVersion): string {
    return pathOf(routes.mediaPreview, mid(schoolId, mediaId), { version });
  },
};
