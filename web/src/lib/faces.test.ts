import { describe, expect, it } from 'vitest';
import { changedTags, faceLabel, placeOf, textFindings, untaggedFaces, type TaggableItem } from './faces';

const item = (over: Partial<TaggableItem> = {}): TaggableItem => ({
  width: 300, height: 300,
  faces: [
    { face: 0, box: { x: 10, y: 10, width: 50, height: 50 } },
    { face: 1, box: { x: 125, y: 125, width: 50, height: 50 } },
    { face: 2, box: { x: 240, y: 240, width: 50, height: 50 } },
  ],
  tags: [],
  text: [],
  findings: [],
  ...over,
});

describe('placeOf', () => {
  it('names the third of the photo the face centre is in', () => {
    expect(placeOf({ x: 10, y: 10, width: 50, height: 50 }, 300, 300)).toBe('top left');
    expect(placeOf({ x: 125, y: 125, width: 50, height: 50 }, 300, 300)).toBe('middle');
    expect(placeOf({ x: 240, y: 240, width: 50, height: 50 }, 300, 300)).toBe('bottom right');
    expect(placeOf({ x: 125, y: 0, width: 50, height: 50 }, 300, 300)).toBe('top centre');
    expect(placeOf({ x: 0, y: 125, width: 50, height: 50 }, 300, 300)).toBe('middle left');
  });

  it('keeps a box that runs past the edge inside the photo', () => {
    expect(placeOf({ x: 280, y: 290, width: 80, height: 80 }, 300, 300)).toBe('bottom right');
    expect(placeOf({ x: -40, y: -40, width: 50, height: 50 }, 300, 300)).toBe('top left');
  });

  it('does not divide by zero for a photo of unknown size', () => {
    expect(placeOf({ x: 10, y: 10, width: 5, height: 5 }, 0, 0)).toBe('middle');
  });
});

describe('faceLabel', () => {
  it('numbers faces from 1', () => {
    expect(faceLabel(0, { x: 10, y: 10, width: 50, height: 50 }, 300, 300)).toBe('Face 1 (top left)');
  });
});

describe('changedTags', () => {
  it('sends only faces whose choice differs from the stored tag', () => {
    const stored = item({ tags: [{ face: 0, tag: 'adult' }, { face: 1, tag: 'BEL1000' }] });
    expect(changedTags(stored, { 0: 'adult', 1: 'not_a_pupil', 2: 'BEL1001' })).toEqual([
      { face: 1, tag: 'not_a_pupil' }, { face: 2, tag: 'BEL1001' },
    ]);
  });

  it('never sends an empty choice', () => {
    expect(changedTags(item({ tags: [{ face: 0, tag: 'adult' }] }), { 0: '', 1: '' })).toEqual([]);
  });
});

describe('untaggedFaces', () => {
  it('counts faces with neither a stored tag nor a choice', () => {
    expect(untaggedFaces(item({ tags: [{ face: 1, tag: 'adult' }] }), { 2: 'BEL1000' })).toEqual([0]);
    expect(untaggedFaces(item())).toEqual([0, 1, 2]);
  });
});

describe('textFindings', () => {
  it('pairs each finding with the line read, once per category and line', () => {
    const found = item({
      text: [{ text: 'Certificate' }, { text: ' Awarded to Florence Wright ' }],
      findings: [{ line: 1, category: 'name' }, { line: 1, category: 'name' }, { line: 0, category: 'profanity' }],
    });
    expect(textFindings(found)).toEqual([
      { category: 'name', words: 'Awarded to Florence Wright' },
      { category: 'profanity', words: 'Certificate' },
    ]);
  });

  it('copes with a finding whose line is missing', () => {
    expect(textFindings(item({ findings: [{ line: 5, category: 'name' }] }))).toEqual([{ category: 'name', words: '' }]);
  });
});
