import { describe, expect, it } from 'vitest';
import { ukDateTime } from './uk-time';

describe('ukDateTime', () => {
  it('shows a summer time in BST', () => {
    expect(ukDateTime('2025-05-27T16:00:00Z')).toBe('5pm on Tuesday 27 May 2025');
  });

  it('shows a winter time in GMT', () => {
    expect(ukDateTime('2026-11-23T17:00:00Z')).toBe('5pm on Monday 23 November 2026');
  });

  it('writes minutes, midday and midnight the GOV.UK way', () => {
    expect(ukDateTime('2026-01-05T09:30:00Z')).toBe('9:30am on Monday 5 January 2026');
    expect(ukDateTime('2026-01-05T12:00:00Z')).toBe('midday on Monday 5 January 2026');
    expect(ukDateTime('2026-01-05T00:00:00Z')).toBe('midnight on Monday 5 January 2026');
  });

  it('takes seconds since the epoch', () => {
    expect(ukDateTime(Date.UTC(2025, 4, 27, 16) / 1000)).toBe('5pm on Tuesday 27 May 2025');
  });

  it('passes through what is not a time', () => {
    expect(ukDateTime('')).toBe('');
    expect(ukDateTime(null)).toBe('');
    expect(ukDateTime('soon')).toBe('soon');
  });
});
