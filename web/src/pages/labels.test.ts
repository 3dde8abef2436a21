import { describe, expect, it } from 'vitest';
import { reasonText } from './labels';

describe('reasonText', () => {
  it('speaks of a person in the video for a video post’s media findings', () => {
    expect(reasonText('UNTAGGED_FACE')).toBe('A face in the photo is not tagged');
    expect(reasonText('UNTAGGED_FACE', 'image')).toBe('A face in the photo is not tagged');
    expect(reasonText('UNTAGGED_FACE', 'video')).toBe('A person in the video is not tagged');
    expect(reasonText('LOCATION_METADATA', 'video')).toBe('The video file records where it was taken');
  });

  it('keeps the caption reasons whatever the media', () => {
    expect(reasonText('NO_CONSENT_MEDIA', 'video')).toBe(reasonText('NO_CONSENT_MEDIA'));
    expect(reasonText('SOMETHING_NEW', 'video')).toBe('Something new');
  });
});
