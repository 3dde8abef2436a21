import { describe, expect, it } from 'vitest';
import { pathOf, routes } from './routes';

describe('pathOf', () => {
  it('fills and encodes path parameters', () => {
    expect(pathOf(routes.media, { school_id: 'belgrave', media_id: 'md-a/b' })).toBe('/api/schools/belgrave/media/md-a%2Fb');
  });

  it('writes a space in the query as %20, never +, and drops empty values', () => {
    expect(pathOf(routes.pupils, { school_id: 'belgrave' }, { q: 'Florence Wright', after: '', x: undefined }))
      .toBe('/api/schools/belgrave/pupils?q=Florence%20Wright');
    expect(pathOf(routes.pupils, { school_id: 's' }, { q: 'a+b&c' })).toBe('/api/schools/s/pupils?q=a%2Bb%26c');
  });

  it('refuses a missing parameter (a bug in the page)', () => {
    expect(() => pathOf(routes.media, { school_id: 'belgrave' })).toThrow(/media_id/);
  });
});
