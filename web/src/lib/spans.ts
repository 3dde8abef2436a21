// Caption highlighting: turns the check's findings, whose spans are UTF-8 byte offsets into the
// caption (as the server counts them), into runs of text that each know which findings cover
// them, so a page can wrap each covered run in <mark>. Pure: no DOM, unit-tested.

export interface Span {
  start: number;
  end: number;
}

export interface SpannedFinding {
  span?: Span | null;
}

// A run of caption text and the indexes (into the findings array) of the findings covering it.
export interface Segment {
  text: string;
  findings: number[];
}

// Returns the UTF-16 index in `text` of the UTF-8 byte `offset`. An offset inside a character
// moves to that character's start (`roundUp` false) or past its end (`roundUp` true); offsets
// past the end give text.length.
export function utf8OffsetToIndex(text: string, offset: number, roundUp = false): number {
  if (offset <= 0) return 0;
  let bytes = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code >= 0x10000 ? 2 : 1;
    if (bytes + width > offset) return roundUp && bytes < offset ? index + units : index;
    bytes += width;
    index += units;
    if (bytes === offset) return index;
  }
  return text.length;
}

// Returns the UTF-16 range of a finding's byte span, or undefined when the span is missing,
// empty, reversed or outside the caption (such a finding is listed but not highlighted).
export function spanToRange(text: string, span: Span | null | undefined): [number, number] | undefined {
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return undefined;
  if (span.start < 0 || span.end <= span.start) return undefined;
  const start = utf8OffsetToIndex(text, span.start);
  const end = utf8OffsetToIndex(text, span.end, true);
  if (start >= text.length || end <= start) return undefined;
  return [start, end];
}

// Splits `text` at every finding's span boundary. Overlapping spans give runs covered by
// several findings; adjacent runs with the same cover are merged. Concatenating the runs'
// text always gives back `text`.
export function segmentCaption(text: string, findings: SpannedFinding[]): Segment[] {
  const ranges = findings.map((finding) => spanToRange(text, finding.span));
  const cuts = new Set<number>([0, text.length]);
  for (const range of ranges) {
    if (range) {
      cuts.add(range[0]);
      cuts.add(range[1]);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const cover = ranges.flatMap((range, index) => (range && range[0] <= from && to <= range[1] ? [index] : []));
    const last = segments[segments.length - 1];
    if (last && sameCover(last.findings, cover)) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), findings: cover });
  }
  return segments.length > 0 ? segments : [{ text, findings: [] }];
}

function sameCover(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

// True when the finding's span can be shown in the caption.
export function isHighlightable(text: string, finding: SpannedFinding): boolean {
  return spanToRange(text, finding.span) !== undefined;
}
