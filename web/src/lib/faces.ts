// Pure helpers for the photo screens: where a face sits in words (so the list entry and the box
// over the photo can be matched by anyone, including screen reader users), the tag each face has
// or was given, which tags changed, and the visible-text findings with the words they are about.
// Unit-tested in faces.test.ts.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TaggableItem {
  width: number;
  height: number;
  faces: { face: number; box: Box }[];
  tags: { face?: number; tag: string }[];  // a video's tags name a track instead
  text: { text: string }[];
  findings: { line: number; category: string }[];
}

// "top left", "middle", "bottom right", ... from the centre of `box` in a width x height photo.
export function placeOf(box: Box, width: number, height: number): string {
  const third = (centre: number, size: number) => (size <= 0 ? 1 : Math.min(2, Math.max(0, Math.floor((3 * centre) / size))));
  const column = third(box.x + box.width / 2, width);
  const row = third(box.y + box.height / 2, height);
  const across = ['left', 'centre', 'right'][column];
  const down = ['top', 'middle', 'bottom'][row];
  if (row === 1 && column === 1) return 'middle';
  if (row === 1) return `middle ${across}`;
  if (column === 1) return `${down} centre`;
  return `${down} ${across}`;
}

// Faces are numbered from 1 for people; the API counts from 0.
export function faceLabel(face: number, box: Box, width: number, height: number): string {
  return `Face ${face + 1} (${placeOf(box, width, height)})`;
}

// The tag of each face as stored: face index -> pupil id, "adult" or "not_a_pupil".
export function storedTags(item: TaggableItem): Map<number, string> {
  return new Map(item.tags.flatMap((tag) => (typeof tag.face === 'number' ? [[tag.face, tag.tag] as [number, string]] : [])));
}

// The faces whose chosen tag differs from the stored one (an empty choice is never sent: a face
// cannot be untagged, only tagged again).
export function changedTags(item: TaggableItem, chosen: Record<number, string>): { face: number; tag: string }[] {
  const stored = storedTags(item);
  return item.faces
    .map((face) => ({ face: face.face, tag: chosen[face.face] ?? '' }))
    .filter((entry) => entry.tag !== '' && entry.tag !== stored.get(entry.face));
}

// Faces with neither a stored tag nor a choice.
export function untaggedFaces(item: TaggableItem, chosen: Record<number, string> = {}): number[] {
  const stored = storedTags(item);
  return item.faces.map((face) => face.face).filter((face) => !(chosen[face] || stored.get(face)));
}

export interface TextFindingView {
  category: string;
  words: string;  // the line of text read in the photo
}

// Visible-text findings with the words they are about, one entry per category and line.
export function textFindings(item: TaggableItem): TextFindingView[] {
  const seen = new Set<string>();
  const out: TextFindingView[] = [];
  for (const finding of item.findings) {
    const key = `${finding.category}:${finding.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ category: finding.category, words: item.text[finding.line]?.text?.trim() ?? '' });
  }
  return out;
}
