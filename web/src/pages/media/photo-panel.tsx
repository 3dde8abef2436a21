// One photo of a post (a video is handed to VideoPanel once loaded): the picture with its faces boxed and numbered, each face as a list entry
// with a labelled select (a pupil from the roster, an adult, not a pupil), what the server found
// in it (names or personal information that can be read, metadata removed on output), and the
// publishable version beside the original once it is made. Modes: "edit" (drafting: tag, make
// the publishable version), "review" (the approver: before and after side by side, may make the
// publishable version) and "view" (read only). Every rule is the server's.
import { useEffect, useState } from 'preact/hooks';
import { mediaApi, type MediaItem } from '../../api/media';
import type { Pupil } from '../../api/types';
import { ErrorSummary } from '../../components/error-summary';
import { Tag } from '../../components/govuk';
import { Loading } from '../../components/page';
import { asApiError } from '../../components/use-api';
import { changedTags, faceLabel, storedTags, textFindings, untaggedFaces } from '../../lib/faces';
import { categoryName } from '../labels';
import { BeforeAfter, PanelActions, PanelHead, SaveTags, WhoSelect, tagText, useMediaActions } from './media-parts';
import { PhotoFigure } from './photo-figure';
import { VideoPanel } from './video-panel';

export type PhotoMode = 'edit' | 'review' | 'view';

export interface PhotoPanelProps {
  schoolId: string;
  mediaId: string;
  number: number;  // "Photo 1"; also the id prefix of its faces, `photo-${number}-face-${n}`
  pupils: Pupil[];
  taggedInPost: string[];
  mode: PhotoMode;
  target: { platform?: string; posting_date?: string };
  initial?: MediaItem;
  onTagsSaved?: (item: MediaItem) => void;
  onRemove?: () => void;
  mediaKind?: string;  // the post's "image" or "video": what to call it before it has loaded
}

export function PhotoPanel(props: PhotoPanelProps) {
  const { schoolId, mediaId, number, mode } = props;
  const [item, setItem] = useState<MediaItem | undefined>(props.initial);
  const { failure, setFailure, notice, busy, chosen, setChosen, act } = useMediaActions(setItem);

  useEffect(() => {
    if (props.initial?.media_id === mediaId) return;
    mediaApi.get(schoolId, mediaId).then(setItem, (error) => setFailure(asApiError(error).body.message));
  }, [schoolId, mediaId]);  // eslint-disable-line react-hooks/exhaustive-deps

  const prefix = `photo-${number}`;

  if (!item) {
    return (
      <section class="steward-photo-panel" aria-labelledby={`${props.mediaKind === 'video' ? 'video' : 'photo'}-${number}-heading`}>
        <h3 class="govuk-heading-m" id={`${props.mediaKind === 'video' ? 'video' : 'photo'}-${number}-heading`} tabIndex={-1}>
          {props.mediaKind === 'video' ? 'Video' : 'Photo'} {number}
        </h3>
        {failure ? <ErrorSummary problems={[{ text: failure }]} /> : <Loading />}
      </section>
    );
  }

  if (item.kind === 'video') return <VideoPanel {...props} item={item} onItem={setItem} />;
  const changes = changedTags(item, chosen);
  const untagged = untaggedFaces(item, chosen);
  const saveTags = () => act(() => mediaApi.tag(schoolId, mediaId, changes), 'Face tags saved', props.onTagsSaved);
  const redact = () => act(() => mediaApi.redact(schoolId, mediaId, props.target), 'Publishable version made');
  const facesAlt = item.faces.length === 1 ? '1 face marked' : `${item.faces.length} faces marked`;

  return (
    <section class="steward-photo-panel" aria-labelledby={`${prefix}-heading`}>
      <PanelHead word="photo" number={number} failure={failure} notice={notice} problemAnchor={`${prefix}-faces`} />
      {item.redacted || mode === 'review' ? (
        <PhotoBeforeAfter {...props} item={item} busy={busy} onRedact={redact} chosen={chosen} />
      ) : (
        <PhotoFigureOf schoolId={schoolId} item={item} prefix={prefix} chosen={chosen}
          alt={`Photo ${number} as uploaded, ${facesAlt}`} />
      )}
      <h4 class="govuk-heading-s" id={`${prefix}-faces`} tabIndex={-1}>Faces</h4>
      {item.faces.length === 0 && <p class="govuk-body">No faces were found in this photo.</p>}
      {item.faces.length > 0 && mode === 'edit' && (
        <FaceTagger {...props} item={item} chosen={chosen} setChosen={setChosen} untagged={untagged} />
      )}
      {item.faces.length > 0 && mode !== 'edit' && <FaceTagsRead {...props} item={item} />}
      {mode === 'edit' && item.faces.length > 0 && (
        <SaveTags word="photo" number={number} busy={busy} changed={changes.length > 0} onSave={saveTags} />
      )}
      <Findings item={item} prefix={prefix} />
      <PanelActions word="photo" number={number} mode={mode} busy={busy} redacted={item.redacted} onRedact={redact} onRemove={props.onRemove} />
    </section>
  );
}

function PhotoFigureOf({ schoolId, item, prefix, chosen, alt, caption }: { schoolId: string; item: MediaItem; prefix: string; chosen: Record<number, string>; alt: string; caption?: string }) {
  return <PhotoFigure schoolId={schoolId} item={item} version="original" idPrefix={prefix} chosen={chosen} alt={alt} caption={caption} />;
}

// The original (boxes drawn) beside the publishable version, for the approver and after redaction.
function PhotoBeforeAfter({ schoolId, item, number, busy, mode, chosen, onRedact }: PhotoPanelProps & { item: MediaItem; busy: boolean; chosen: Record<number, string>; onRedact: () => void }) {
  return (
    <BeforeAfter word="photo" number={number} redacted={item.redacted} mode={mode} busy={busy} onRedact={onRedact}
      before={<PhotoFigureOf schoolId={schoolId} item={item} prefix={`photo-${number}`} chosen={chosen} alt={`Photo ${number} as uploaded, with its faces marked`} />}
      after={() => (
        <PhotoFigure schoolId={schoolId} item={item} version="redacted"
          alt={`Photo ${number} as it will be published, ${blurredText(item)}`}
          caption={`${blurredText(item)[0].toUpperCase()}${blurredText(item).slice(1)}; no location or camera details.`} />
      )} />
  );
}

function blurredText(item: MediaItem): string {
  const faces = item.redacted_faces.length;
  const faceText = faces === 0 ? 'no faces blurred' : faces === 1 ? '1 face blurred' : `${faces} faces blurred`;
  return item.findings.length > 0 ? `${faceText} and the words found blurred` : faceText;
}

function FaceTagger({ item, number, pupils, taggedInPost, chosen, setChosen, untagged }: PhotoPanelProps & { item: MediaItem; chosen: Record<number, string>; setChosen: (next: Record<number, string>) => void; untagged: number[] }) {
  const stored = storedTags(item);
  const prefix = `photo-${number}`;
  return (
    <>
      <p class="govuk-body" id={`${prefix}-faces-hint`}>
        {untagged.length === 0 ? 'Every face has a tag.' : `${untagged.length} of ${item.faces.length} ${item.faces.length === 1 ? 'face is' : 'faces are'} not tagged yet.`}{' '}
        Say who each numbered box is, so the check can look at their consent.
      </p>
      <ul class="govuk-list steward-face-list" aria-label={`Faces in photo ${number}`}>
        {item.faces.map((face) => {
          const id = `${prefix}-face-${face.face}`;
          const value = chosen[face.face] ?? stored.get(face.face) ?? '';
          const isTagged = Boolean(value);
          return (
            <li key={face.face} class="govuk-form-group steward-face-list__item">
              <label class="govuk-label govuk-label--s" for={id}>{faceLabel(face.face, face.box, item.width, item.height)}</label>
              <div class="govuk-hint" id={`${id}-status`}>
                {isTagged ? <Tag colour="green">Tagged</Tag> : <Tag colour="orange">Not tagged</Tag>}
              </div>
              <WhoSelect id={id} value={value} describedBy={`${id}-status ${prefix}-faces-hint`} pupils={pupils} taggedInPost={taggedInPost}
                onChange={(who) => setChosen({ ...chosen, [face.face]: who })} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

function FaceTagsRead({ item, number, pupils }: PhotoPanelProps & { item: MediaItem }) {
  const stored = storedTags(item);
  const byId = new Map(pupils.map((pupil) => [pupil.id, pupil]));
  return (
    <dl class="govuk-summary-list" aria-label={`Faces in photo ${number}`}>
      {item.faces.map((face) => (
        <div class="govuk-summary-list__row" key={face.face} id={`photo-${number}-face-${face.face}`} tabIndex={-1}>
          <dt class="govuk-summary-list__key">{faceLabel(face.face, face.box, item.width, item.height)}</dt>
          <dd class="govuk-summary-list__value">
            {stored.get(face.face) ? tagText(stored.get(face.face), byId) : <Tag colour="orange">Not tagged</Tag>}
            {item.redacted_faces.includes(face.face) && <span class="govuk-body-s"> – blurred in the publishable version</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

// Names and personal information read in the photo, and the metadata taken out on output.
function Findings({ item, prefix }: { item: MediaItem; prefix: string }) {
  const found = textFindings(item);
  const removed = item.metadata.removed_on_output;
  return (
    <>
      <h4 class="govuk-heading-s" id={`${prefix}-findings`}>What the check found in the photo</h4>
      {found.length === 0 && removed.length === 0 && (
        <p class="govuk-body">No names, personal information or location details were found.</p>
      )}
      {found.length > 0 && (
        <ul class="govuk-list govuk-list--bullet" aria-label="Words read in the photo">
          {found.map((finding, index) => (
            <li key={index}>
              <strong>{finding.category === 'name' ? 'A name can be read' : `${categoryName(finding.category)} can be read`}</strong>
              {finding.words && <>: “{finding.words}”</>} – blurred in the publishable version
            </li>
          ))}
        </ul>
      )}
      {removed.length > 0 && (
        <ul class="govuk-list govuk-list--bullet" aria-label="Removed from the file">
          {removed.map((sentence) => <li key={sentence}>{sentence}</li>)}
        </ul>
      )}
    </>
  );
}
