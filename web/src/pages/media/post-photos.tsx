// The photos or videos of a post: one PhotoPanel per attached photo or video and, while drafting, the control that
// uploads another (the raw file goes to POST media; the server judges it by its content and
// says why it refuses one). Used by the draft form and by the post page.
import { useState } from 'preact/hooks';
import { mediaApi, type MediaItem } from '../../api/media';
import type { Pupil } from '../../api/types';
import { Button } from '../../components/govuk';
import { asApiError } from '../../components/use-api';
import { PhotoPanel, type PhotoMode } from './photo-panel';

export interface PostPhotosProps {
  schoolId: string;
  mediaIds: string[];
  pupils: Pupil[];
  taggedInPost: string[];
  mode: PhotoMode;
  target: { platform?: string; posting_date?: string };
  onChange?: (mediaIds: string[]) => void;  // edit mode: a photo added or removed
  onTagsSaved?: (item: MediaItem) => void;
  uploadError?: string;  // from the form's own validation
  mediaKind?: string;  // the post's "image" (default) or "video": what the upload takes
}

export function PostPhotos(props: PostPhotosProps) {
  const { schoolId, mediaIds, mode, onChange } = props;
  const [uploaded, setUploaded] = useState<Record<string, MediaItem>>({});
  return (
    <div class="steward-post-photos">
      {mediaIds.map((mediaId, index) => (
        <PhotoPanel key={mediaId} schoolId={schoolId} mediaId={mediaId} number={index + 1} pupils={props.pupils}
          taggedInPost={props.taggedInPost} mode={mode} target={props.target} initial={uploaded[mediaId]}
          onTagsSaved={props.onTagsSaved} mediaKind={props.mediaKind}
          onRemove={onChange ? () => onChange(mediaIds.filter((other) => other !== mediaId)) : undefined} />
      ))}
      {mode === 'edit' && onChange && (
        <UploadPhoto schoolId={schoolId} error={props.uploadError} video={props.mediaKind === 'video'} onUploaded={(item) => {
          setUploaded({ ...uploaded, [item.media_id]: item });
          onChange([...mediaIds, item.media_id]);
        }} />
      )}
    </div>
  );
}

// What the upload takes and says, for a photo post and a video post.
const kUploads = {
  photo: {
    id: 'photo-file', noun: 'photo', accept: 'image/jpeg,image/png,image/webp,image/heic,image/heif',
    hint: 'A JPEG, PNG, WebP or HEIC photo taken on a school device. Steward finds the faces and any writing in it, and removes the location before it is published.',
    busy: 'Uploading the photo and looking for faces and writing…',
  },
  video: {
    id: 'video-file', noun: 'video', accept: 'video/mp4,video/quicktime',
    hint: 'An MP4 or MOV video taken on a school device, up to 3 minutes and 25 MB. Steward follows each person through it, and removes the location and date before it is published.',
    busy: 'Uploading the video and following the people in it. This can take a minute…',
  },
};

function UploadPhoto({ schoolId, error, video, onUploaded }: { schoolId: string; error?: string; video?: boolean; onUploaded: (item: MediaItem) => void }) {
  const kind = kUploads[video ? 'video' : 'photo'];
  const [file, setFile] = useState<File>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shown = failure ?? error;

  async function upload() {
    if (!file) {
      setFailure(`Choose a ${kind.noun} to upload`);
      document.getElementById(kind.id)?.focus();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      onUploaded(await mediaApi.upload(schoolId, file));
      setFile(undefined);
      const input = document.getElementById(kind.id) as HTMLInputElement | null;
      if (input) input.value = '';
    } catch (refused) {
      setFailure(asApiError(refused).body.message);
      document.getElementById(kind.id)?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class={`govuk-form-group${shown ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={kind.id}>Add a {kind.noun}</label>
      <div class="govuk-hint" id={`${kind.id}-hint`}>{kind.hint}</div>
      {shown && (
        <p class="govuk-error-message" id={`${kind.id}-error`} role="alert">
          <span class="govuk-visually-hidden">Error:</span> {shown}
        </p>
      )}
      <input class={`govuk-file-upload${shown ? ' govuk-file-upload--error' : ''}`} id={kind.id} name={kind.id} type="file"
        accept={kind.accept}
        aria-describedby={`${kind.id}-hint${shown ? ` ${kind.id}-error` : ''}`}
        onChange={(event) => { setFile((event.currentTarget as HTMLInputElement).files?.[0]); setFailure(undefined); }} />
      <div class="govuk-!-margin-top-3">
        <Button type="button" secondary disabled={busy} onClick={upload}>{busy ? 'Uploading and checking…' : `Upload ${kind.noun}`}</Button>
      </div>
      {busy && <p class="govuk-body" role="status">{kind.busy}</p>}
    </div>
  );
}
