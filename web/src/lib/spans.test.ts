// Caption highlighting: byte spans from the server land on the right characters, overlaps and
// bad spans are handled, and the runs always give back the caption.
import { describe, expect, it } from 'vitest';
import { segmentCaption, spanToRange, utf8OffsetToIndex } from './spans';

const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

describe('utf8OffsetToIndex', () => {
  it('maps ASCII byte offsets one to one', () => {
    expect(utf8OffsetToIndex('hello', 3)).toBe(3);
    expect(utf8OffsetToIndex('hello', 5)).toBe(5);
    expect(utf8OffsetToIndex('hello', 99)).toBe(5);
  });

  it('counts two-byte accented letters as one character', () => {
    // "Seán" = S e á(2 bytes) n: byte 4 is after á, which is index 3.
    expect(utf8OffsetToIndex('Seán Smith', 4)).toBe(3);
    expect(utf8OffsetToIndex('Seán Smith', 5)).toBe(4);
  });

  it('counts an emoji (4 bytes, 2 UTF-16 units) correctly', () => {
    const text = 'Hi 🎉 Zoë';
    expect(utf8OffsetToIndex(text, 3)).toBe(3);
    expect(utf8OffsetToIndex(text, 7)).toBe(5);
    expect(utf8OffsetToIndex(text, 8)).toBe(6);
  });

  it('rounds an offset inside a character down, or up when asked', () => {
    expect(utf8OffsetToIndex('áb', 1)).toBe(0);
    expect(utf8OffsetToIndex('áb', 1, true)).toBe(1);
  });
});

describe('spanToRange', () => {
  it('refuses missing, empty, reversed and outside spans', () => {
    expect(spanToRange('abc', undefined)).toBeUndefined();
    expect(spanToRange('abc', { start: 2, end: 2 })).toBeUndefined();
    expect(spanToRange('abc', { start: 2, end: 1 })).toBeUndefined();
    expect(spanToRange('abc', { start: 5, end: 9 })).toBeUndefined();
    expect(spanToRange('abc', { start: -1, end: 2 })).toBeUndefined();
    expect(spanToRange('abc', { start: 0.5, end: 2 })).toBeUndefined();
  });

  it('clips a span running past the end to the caption', () => {
    expect(spanToRange('abc', { start: 1, end: 50 })).toEqual([1, 3]);
  });
});

describe('segmentCaption', () => {
  it('marks a full name in a caption with multi-byte letters', () => {
    const caption = 'Well done Seán Smith in Year 2!';
    const start = new TextEncoder().encode('Well done ').length;
    const end = start + new TextEncoder().encode('Seán Smith').length;
    const segments = segmentCaption(caption, [{ span: { start, end } }]);
    expect(segments).toEqual([
      { text: 'Well done ', findings: [] },
      { text: 'Seán Smith', findings: [0] },
      { text: ' in Year 2!', findings: [] },
    ]);
  });

  it('splits overlapping findings into runs covered by one or both', () => {
    const segments = segmentCaption('abcdefgh', [{ span: { start: 1, end: 5 } }, { span: { start: 3, end: 7 } }]);
    expect(segments).toEqual([
      { text: 'a', findings: [] },
      { text: 'bc', findings: [0] },
      { text: 'de', findings: [0, 1] },
      { text: 'fg', findings: [1] },
      { text: 'h', findings: [] },
    ]);
  });

  it('leaves findings without a usable span out of the highlighting', () => {
    const segments = segmentCaption('abc', [{ span: null }, { span: { start: 9, end: 12 } }, {}]);
    expect(segments).toEqual([{ text: 'abc', findings: [] }]);
  });

  it('merges identical neighbouring spans and always gives back the caption', () => {
    const caption = 'Zoë 🎉 and Ioana O\'Brien';
    const findings = [{ span: { start: 0, end: 4 } }, { span: { start: 0, end: 4 } }, { span: { start: 3, end: 9 } }];
    const segments = segmentCaption(caption, findings);
    expect(joined(segments)).toBe(caption);
    expect(segments[0]).toEqual({ text: 'Zo', findings: [0, 1] });
  });

  it('handles an empty caption', () => {
    expect(segmentCaption('', [{ span: { start: 0, end: 1 } }])).toEqual([{ text: '', findings: [] }]);
  });
});
