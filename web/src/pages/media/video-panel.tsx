// One video of a post: the original in a <video> player and, instead of face boxes, the people
// Steward followed through it (tracks), each described in words (where first seen, when seen)
// with a labelled select (a pupil from the roster, an adult, not a pupil), saved as
// [{track, tag}]. Then what the server found (metadata removed on output) and the publishable
// version beside the original once it is made. Modes as PhotoPanel's; every rule is the server's.
import { useState } from 'preact/hooks';
import { mediaApi, type MediaItem, type MediaVersion } from '../../api/media';
import type { Pupil } from '../../api/types';
import { ErrorSummary } from '../../components/error-summary';
import { Button, Tag } from '../../components/govuk';
import { asApiError } from '../../components/use-api';
import {
  blurredPeople, changedTrackTags, clockTime, storedTrackTags, trackDescription, trackLabel, tracksOf, untaggedTracks,
} from '../../lib/tracks';
import { personName, yearGroupName } from '../labels';
import type { PhotoPanelProps } from './photo-panel';

interface Props extends PhotoPanelProps {
  item: MediaItem;
  onItem: (item: MediaItem) => void;
}

export function VideoPanel(props: Props) {
  const { schoolId, mediaId, number, mode, item } = props;
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const prefix = `video-${number}`;
  const tracks = tracksOf(item);

  async function act(action: () => Promise<MediaItem>, message: string, after?: (saved: MediaItem) => void) {
    setBusy(true);
    setFailure(undefined);
    setNotice(undefined);
    try {
      const saved = await action();
      props.onItem(saved);
      setChosen({});
      setNotice(message);
      after?.(saved);
    } catch (error) {
      setFailure(asApiError(error).body.message);
    } finally {
      setBusy(false);
    }
  }

  const changes = changedTrackTags(item, chosen);
  const saveTags = () => act(() => mediaApi.tag(schoolId, mediaId, changes), 'Tags saved', props.onTagsSaved);
  const redact = () => act(() => mediaApi.redact(schoolId, mediaId, props.target), 'Publishable version made');

  return (
    <section class="steward-photo-panel" aria-labelledby={`${prefix}-heading`}>
      <h3 class="govuk-heading-m" id={`${prefix}-heading`} tabIndex={-1}>Video {number}</h3>
      <ErrorSummary problems={failure ? [{ text: failure, href: `#${prefix}-people` }] : []} />
      {notice && <p class="govuk-body govuk-!-font-weight-bold" role="status">{notice}</p>}
      {item.redacted || mode === 'review' ? (
        <BeforeAfter {...props} busy={busy} onRedact={redact} />
      ) : (
        <VideoFigure schoolId={schoolId} item={item} version="original" label={`Video ${number} as uploaded`}
          caption={lengthText(item)} />
      )}
      <h4 class="govuk-heading-s" id={`${prefix}-people`} tabIndex={-1}>People in the video</h4>
      {tracks.length === 0 && <p class="govuk-body">No faces were found in this video.</p>}
      {tracks.length > 0 && mode === 'edit' && <TrackTagger {...props} chosen={chosen} setChosen={setChosen} />}
      {tracks.length > 0 && mode !== 'edit' && <TrackTagsRead {...props} />}
      {mode === 'edit' && tracks.length > 0 && (
        <div class="govuk-button-group">
          <Button type="button" disabled={busy || changes.length === 0} onClick={saveTags}>
            Save tags<span class="govuk-visually-hidden"> for video {number}</span>
          </Button>
        </div>
      )}
      <h4 class="govuk-heading-s" id={`${prefix}-findings`}>What the check found in the video</h4>
      {item.metadata.removed_on_output.length === 0 ? (
        <p class="govuk-body">No location or camera details were found.</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet" aria-label="Removed from the file">
          {item.metadata.removed_on_output.map((sentence) => <li key={sentence}>{sentence}</li>)}
        </ul>
      )}
      <div class="govuk-button-group">
        {mode !== 'view' && !item.redacted && (
          <Button type="button" secondary disabled={busy} onClick={redact}>
            Make the publishable version<span class="govuk-visually-hidden"> of video {number}</span>
          </Button>
        )}
        {mode === 'edit' && props.onRemove && (
          <Button type="button" secondary disabled={busy} onClick={props.onRemove}>
            Remove video {number} from the post
          </Button>
        )}
      </div>
    </section>
  );
}

function lengthText(item: MediaItem): string {
  const seconds = item.duration_seconds ?? 0;
  return seconds > 0 ? `Length ${clockTime(seconds)}.` : '';
}

// A version of the video in a player (same origin, never cached); the people are listed below it.
function VideoFigure({ schoolId, item, version, label, caption }: { schoolId: string; item: MediaItem; version: MediaVersion; label: string; caption?: string }) {
  return (
    <figure class="steward-photo">
      <video class="steward-photo__image" controls preload="metadata" aria-label={label}
        src={mediaApi.previewUrl(schoolId, item.media_id, version)} width={item.width || undefined} height={item.height || undefined}>
        <a class="govuk-link" href={mediaApi.previewUrl(schoolId, item.media_id, version)}>Download {label.toLowerCase()}</a>
      </video>
      {caption && <figcaption class="govuk-body-s steward-photo__caption">{caption}</figcaption>}
    </figure>
  );
}

// The original beside the publishable version, for the approver and after redaction.
function BeforeAfter({ schoolId, item, number, busy, mode, onRedact }: Props & { busy: boolean; onRedact: () => void }) {
  const blurred = blurredPeople(item.redacted_tracks);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-half">
        <h4 class="govuk-heading-s">Before: as uploaded</h4>
        <VideoFigure schoolId={schoolId} item={item} version="original" label={`Video ${number} as uploaded`} caption={lengthText(item)} />
      </div>
      <div class="govuk-grid-column-one-half">
        <h4 class="govuk-heading-s">After: the version that will be published</h4>
        {item.redacted ? (
          <VideoFigure schoolId={schoolId} item={item} version="redacted" label={`Video ${number} as it will be published, ${blurred}`}
            caption={`${blurred[0].toUpperCase()}${blurred.slice(1)}; no location, date or camera details.`} />
        ) : (
          <>
            <p class="govuk-body">The publishable version has not been made yet.</p>
            {mode === 'review' && (
              <Button type="button" secondary disabled={busy} onClick={onRedact}>
                Make the publishable version<span class="govuk-visually-hidden"> of video {number}</span>
              </Button>
            )}
          </>
        )}
      </div>
    </div>
  );
}

const kTagChoices = [{ value: 'adult', text: 'An adult' }, { value: 'not_a_pupil', text: 'Not a pupil' }];

function tagText(tag: string | undefined, byId: Map<string, Pupil>): string {
  if (!tag) return 'Not tagged';
  const fixed = kTagChoices.find((choice) => choice.value === tag);
  if (fixed) return fixed.text;
  return `${personName(byId.get(tag), 'Pupil')} (${tag})`;
}

function TrackTagger({ item, number, pupils, taggedInPost, chosen, setChosen }: Props & { chosen: Record<number, string>; setChosen: (next: Record<number, string>) => void }) {
  const stored = storedTrackTags(item);
  const tracks = tracksOf(item);
  const untagged = untaggedTracks(item, chosen);
  const prefix = `video-${number}`;
  const sorted = [...pupils].sort((a, b) => `${a.last_name} ${a.first_name}`.localeCompare(`${b.last_name} ${b.first_name}`));
  const inPost = sorted.filter((pupil) => taggedInPost.includes(pupil.id));
  return (
    <>
      <p class="govuk-body" id={`${prefix}-people-hint`}>
        {untagged.length === 0 ? 'Every person has a tag.' : `${untagged.length} of ${tracks.length} ${tracks.length === 1 ? 'person is' : 'people are'} not tagged yet.`}{' '}
        Steward follows each person through the video. Say who each one is, so the check can look at their consent.
      </p>
      <ul class="govuk-list steward-face-list" aria-label={`People in video ${number}`}>
        {tracks.map((track) => {
          const id = `${prefix}-track-${track.track}`;
          const value = chosen[track.track] ?? stored.get(track.track) ?? '';
          return (
            <li key={track.track} class="govuk-form-group steward-face-list__item">
              <label class="govuk-label govuk-label--s" for={id}>{trackLabel(track, item.width, item.height)}</label>
              <div class="govuk-hint" id={`${id}-status`}>
                {trackDescription(track)}.{' '}
                {value ? <Tag colour="green">Tagged</Tag> : <Tag colour="orange">Not tagged</Tag>}
              </div>
              <select class="govuk-select" id={id} name={id} value={value} aria-describedby={`${id}-status ${prefix}-people-hint`}
                onChange={(event) => setChosen({ ...chosen, [track.track]: (event.currentTarget as HTMLSelectElement).value })}>
                <option value="">Choose who this is</option>
                {kTagChoices.map((choice) => <option key={choice.value} value={choice.value}>{choice.text}</option>)}
                {inPost.length > 0 && (
                  <optgroup label="Pupils tagged in the post">
                    {inPost.map((pupil) => <option key={`p${pupil.id}`} value={pupil.id}>{personName(pupil, pupil.id)} ({pupil.id})</option>)}
                  </optgroup>
                )}
                <optgroup label="All pupils">
                  {sorted.filter((pupil) => !inPost.includes(pupil)).map((pupil) => (
                    <option key={pupil.id} value={pupil.id}>{personName(pupil, pupil.id)} ({pupil.id}, {yearGroupName(pupil.year_group)})</option>
                  ))}
                </optgroup>
              </select>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function TrackTagsRead({ item, number, pupils }: Props) {
  const stored = storedTrackTags(item);
  const byId = new Map(pupils.map((pupil) => [pupil.id, pupil]));
  return (
    <dl class="govuk-summary-list" aria-label={`People in video ${number}`}>
      {tracksOf(item).map((track) => (
        <div class="govuk-summary-list__row" key={track.track} id={`video-${number}-track-${track.track}`} tabIndex={-1}>
          <dt class="govuk-summary-list__key">{trackLabel(track, item.width, item.height)}<br /><span class="govuk-body-s">{trackDescription(track)}</span></dt>
          <dd class="govuk-summary-list__value">
            {stored.get(track.track) ? tagText(stored.get(track.track), byId) : <Tag colour="orange">Not tagged</Tag>}
            {item.redacted_tracks.includes(track.track) && <span class="govuk-body-s"> – blurred in the publishable version</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
