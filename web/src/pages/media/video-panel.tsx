// One video of a post: the original in a <video> player and, instead of face boxes, the people
// Steward followed through it (tracks), each described in words (where first seen, when seen)
// with a labelled select (a pupil from the roster, an adult, not a pupil), saved as
// [{track, tag}]. Then what the server found (metadata removed on output) and the publishable
// version beside the original once it is made. Modes as PhotoPanel's; every rule is the server's.
import { mediaApi, type MediaItem, type MediaVersion } from '../../api/media';
import { Tag } from '../../components/govuk';
import {
  blurredPeople, changedTrackTags, clockTime, storedTrackTags, trackDescription, trackLabel, tracksOf, untaggedTracks,
} from '../../lib/tracks';
import { BeforeAfter, PanelActions, PanelHead, SaveTags, WhoSelect, tagText, useMediaActions } from './media-parts';
import type { PhotoPanelProps } from './photo-panel';

interface Props extends PhotoPanelProps {
  item: MediaItem;
  onItem: (item: MediaItem) => void;
}

export function VideoPanel(props: Props) {
  const { schoolId, mediaId, number, mode, item } = props;
  const { failure, notice, busy, chosen, setChosen, act } = useMediaActions(props.onItem);
  const prefix = `video-${number}`;
  const tracks = tracksOf(item);

  const changes = changedTrackTags(item, chosen);
  const saveTags = () => act(() => mediaApi.tag(schoolId, mediaId, changes), 'Tags saved', props.onTagsSaved);
  const redact = () => act(() => mediaApi.redact(schoolId, mediaId, props.target), 'Publishable version made');

  return (
    <section class="steward-photo-panel" aria-labelledby={`${prefix}-heading`}>
      <PanelHead word="video" number={number} failure={failure} notice={notice} problemAnchor={`${prefix}-people`} />
      {item.redacted || mode === 'review' ? (
        <VideoBeforeAfter {...props} busy={busy} onRedact={redact} />
      ) : (
        <VideoFigure schoolId={schoolId} item={item} version="original" label={`Video ${number} as uploaded`}
          caption={lengthText(item)} />
      )}
      <h4 class="govuk-heading-s" id={`${prefix}-people`} tabIndex={-1}>People in the video</h4>
      {tracks.length === 0 && <p class="govuk-body">No faces were found in this video.</p>}
      {tracks.length > 0 && mode === 'edit' && <TrackTagger {...props} chosen={chosen} setChosen={setChosen} />}
      {tracks.length > 0 && mode !== 'edit' && <TrackTagsRead {...props} />}
      {mode === 'edit' && tracks.length > 0 && (
        <SaveTags word="video" number={number} busy={busy} changed={changes.length > 0} onSave={saveTags} />
      )}
      <h4 class="govuk-heading-s" id={`${prefix}-findings`}>What the check found in the video</h4>
      {item.metadata.removed_on_output.length === 0 ? (
        <p class="govuk-body">No location or camera details were found.</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet" aria-label="Removed from the file">
          {item.metadata.removed_on_output.map((sentence) => <li key={sentence}>{sentence}</li>)}
        </ul>
      )}
      <PanelActions word="video" number={number} mode={mode} busy={busy} redacted={item.redacted} onRedact={redact} onRemove={props.onRemove} />
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
function VideoBeforeAfter({ schoolId, item, number, busy, mode, onRedact }: Props & { busy: boolean; onRedact: () => void }) {
  const blurred = blurredPeople(item.redacted_tracks);
  return (
    <BeforeAfter word="video" number={number} redacted={item.redacted} mode={mode} busy={busy} onRedact={onRedact}
      before={<VideoFigure schoolId={schoolId} item={item} version="original" label={`Video ${number} as uploaded`} caption={lengthText(item)} />}
      after={() => (
        <VideoFigure schoolId={schoolId} item={item} version="redacted" label={`Video ${number} as it will be published, ${blurred}`}
          caption={`${blurred[0].toUpperCase()}${blurred.slice(1)}; no location, date or camera details.`} />
      )} />
  );
}

function TrackTagger({ item, number, pupils, taggedInPost, chosen, setChosen }: Props & { chosen: Record<number, string>; setChosen: (next: Record<number, string>) => void }) {
  const stored = storedTrackTags(item);
  const tracks = tracksOf(item);
  const untagged = untaggedTracks(item, chosen);
  const prefix = `video-${number}`;
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
              <WhoSelect id={id} value={value} describedBy={`${id}-status ${prefix}-people-hint`} pupils={pupils} taggedInPost={taggedInPost}
                onChange={(who) => setChosen({ ...chosen, [track.track]: who })} />
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
