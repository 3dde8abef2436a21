// What a post's photo panel and video panel share: the state of one media item's actions (busy,
// the server's refusal, the notice, the tags chosen but not saved), the labelled select that says
// who a face or a person is, a stored tag in words, the before/after layout for the approver and
// the panel's closing buttons. The panels differ only in what they show (boxes or people).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MediaItem } from '../../api/media';
import type { Pupil } from '../../api/types';
import { ErrorSummary } from '../../components/error-summary';
import { Button } from '../../components/govuk';
import { asApiError } from '../../components/use-api';
import { personName, yearGroupName } from '../labels';

export type MediaWord = 'photo' | 'video';

// Runs one action on the item (tag, redact) and keeps what the panel shows about it.
export function useMediaActions(onItem: (item: MediaItem) => void) {
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Record<number, string>>({});
  async function act(action: () => Promise<MediaItem>, message: string, after?: (saved: MediaItem) => void) {
    setBusy(true);
    setFailure(undefined);
    setNotice(undefined);
    try {
      const saved = await action();
      onItem(saved);
      setChosen({});
      setNotice(message);
      after?.(saved);
    } catch (error) {
      setFailure(asApiError(error).body.message);
    } finally {
      setBusy(false);
    }
  }
  return { failure, setFailure, notice, busy, chosen, setChosen, act };
}

// The panel's heading, the refusal (linked to `problemAnchor`) and the notice of what was done.
export function PanelHead({ word, number, failure, notice, problemAnchor }: { word: MediaWord; number: number; failure?: string; notice?: string; problemAnchor: string }) {
  return (
    <>
      <h3 class="govuk-heading-m" id={`${word}-${number}-heading`} tabIndex={-1}>{word === 'video' ? 'Video' : 'Photo'} {number}</h3>
      <ErrorSummary problems={failure ? [{ text: failure, href: `#${problemAnchor}` }] : []} />
      {notice && <p class="govuk-body govuk-!-font-weight-bold" role="status">{notice}</p>}
    </>
  );
}

export const kTagChoices = [{ value: 'adult', text: 'An adult' }, { value: 'not_a_pupil', text: 'Not a pupil' }];

// A stored tag in words: "An adult", "Not a pupil" or the pupil's name and id.
export function tagText(tag: string | undefined, byId: Map<string, Pupil>): string {
  if (!tag) return 'Not tagged';
  const fixed = kTagChoices.find((choice) => choice.value === tag);
  if (fixed) return fixed.text;
  return `${personName(byId.get(tag), 'Pupil')} (${tag})`;
}

// Who a face or a person is: an adult, not a pupil, a pupil tagged in the post, or any pupil.
export function WhoSelect({ id, value, describedBy, pupils, taggedInPost, onChange }: { id: string; value: string; describedBy: string; pupils: Pupil[]; taggedInPost: string[]; onChange: (value: string) => void }) {
  const sorted = [...pupils].sort((a, b) => `${a.last_name} ${a.first_name}`.localeCompare(`${b.last_name} ${b.first_name}`));
  const inPost = sorted.filter((pupil) => taggedInPost.includes(pupil.id));
  return (
    <select class="govuk-select" id={id} name={id} value={value} aria-describedby={describedBy}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
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
  );
}

function MakePublishable({ word, number, busy, onRedact }: { word: MediaWord; number: number; busy: boolean; onRedact: () => void }) {
  return (
    <Button type="button" secondary disabled={busy} onClick={onRedact}>
      Make the publishable version<span class="govuk-visually-hidden"> of {word} {number}</span>
    </Button>
  );
}

// The original beside the publishable version (or a note that it is not made yet, with the
// button for the approver), for the approver and after redaction.
export function BeforeAfter({ word, number, redacted, mode, busy, onRedact, before, after }: { word: MediaWord; number: number; redacted: boolean; mode: string; busy: boolean; onRedact: () => void; before: ComponentChildren; after: () => ComponentChildren }) {
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-half">
        <h4 class="govuk-heading-s">Before: as uploaded</h4>
        {before}
      </div>
      <div class="govuk-grid-column-one-half">
        <h4 class="govuk-heading-s">After: the version that will be published</h4>
        {redacted ? after() : (
          <>
            <p class="govuk-body">The publishable version has not been made yet.</p>
            {mode === 'review' && <MakePublishable word={word} number={number} busy={busy} onRedact={onRedact} />}
          </>
        )}
      </div>
    </div>
  );
}

// "Save tags" while drafting (when there is anything to tag).
export function SaveTags({ word, number, busy, changed, onSave }: { word: MediaWord; number: number; busy: boolean; changed: boolean; onSave: () => void }) {
  return (
    <div class="govuk-button-group">
      <Button type="button" disabled={busy || !changed} onClick={onSave}>
        Save tags<span class="govuk-visually-hidden"> for {word} {number}</span>
      </Button>
    </div>
  );
}

// The closing buttons: make the publishable version, and while drafting remove the item.
export function PanelActions({ word, number, mode, busy, redacted, onRedact, onRemove }: { word: MediaWord; number: number; mode: string; busy: boolean; redacted: boolean; onRedact: () => void; onRemove?: () => void }) {
  return (
    <div class="govuk-button-group">
      {mode !== 'view' && !redacted && <MakePublishable word={word} number={number} busy={busy} onRedact={onRedact} />}
      {mode === 'edit' && onRemove && (
        <Button type="button" secondary disabled={busy} onClick={onRemove}>
          Remove {word} {number} from the post
        </Button>
      )}
    </div>
  );
}
