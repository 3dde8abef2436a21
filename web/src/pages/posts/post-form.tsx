// The draft form: account (which gives the platform), media kind, caption, tagged pupils and the
// posting date. Used to draft a post and to edit one; everything typed stays in the form when
// the answers or the server say no. Pupils are tagged by id from the roster search.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { mediaKinds, type Account, type NewPost } from '../../api/posts';
import type { Pupil } from '../../api/types';
import { DateInput, Radios, type DateValue } from '../../components/choices';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/fields';
import { Button } from '../../components/govuk';
import { validateDraft } from '../../lib/forms';
import { dateParts, todayIso } from '../../lib/validation';
import { mediaKindName, personName, platformName, yearGroupName } from '../labels';
import { PostPhotos } from '../media/post-photos';

export interface PostFormProps {
  schoolId: string;
  accounts: Account[];
  pupils: Pupil[];
  initial?: NewPost;
  submitText: string;
  onSubmit: (post: NewPost) => Promise<string | undefined>;  // resolves to a server error, if any
}

// Checks the form; returns the post to send or the problems, each tied to its field.
export function validatePost(values: { account?: string; media?: string; caption: string; date: DateValue; tagged: string[] }, accounts: Account[]) {
  return validateDraft(values, accounts.map((account) => account.id));
}

export function PostForm({ schoolId, accounts, pupils, initial, submitText, onSubmit }: PostFormProps) {
  const [account, setAccount] = useState(initial?.account_id ?? (accounts.length === 1 ? accounts[0].id : undefined));
  const [media, setMedia] = useState(initial?.media_kind);
  const [caption, setCaption] = useState(initial?.caption ?? '');
  const [date, setDate] = useState<DateValue>(dateParts(initial?.posting_date ?? todayIso()));
  const [tagged, setTagged] = useState<string[]>(initial?.tagged_pupil_ids ?? []);
  const [mediaIds, setMediaIds] = useState<string[]>(initial?.media_ids ?? []);
  const [errors, setErrors] = useState<ReturnType<typeof validatePost>['errors']>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const checked = validatePost({ account, media, caption, date, tagged }, accounts);
    setErrors(checked.errors);
    if (!checked.post) return;
    setBusy(true);
    const failure = await onSubmit({ ...checked.post, media_ids: checked.post.media_kind === 'image' || checked.post.media_kind === 'video' ? mediaIds : [] });
    setBusy(false);
    if (failure) setErrors({ form: { text: failure, href: '#caption' } });
  }

  const problems: Problem[] = Object.values(errors).filter(Boolean).map((error) => error!);
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary problems={problems} />
      <Radios id="account" name="account" legend="Which account is the post for?" value={account} onChange={setAccount} error={errors.account?.text}
        options={accounts.map((a) => ({ value: a.id, text: `${a.handle} (${platformName(a.platform)})` }))} />
      <Radios id="media-kind" name="media-kind" legend="Does the post have a photo or video?" value={media} onChange={setMedia} inline
        error={errors.media?.text} options={mediaKinds.map((kind) => ({ value: kind, text: mediaKindName(kind) }))} />
      {(media === 'image' || media === 'video') && (
        <section class="govuk-form-group" aria-labelledby="photos-heading">
          <h2 class="govuk-heading-m" id="photos-heading">{media === 'video' ? 'Videos' : 'Photos'}</h2>
          <PostPhotos schoolId={schoolId} mediaIds={mediaIds} onChange={setMediaIds} pupils={pupils} taggedInPost={tagged} mode="edit" mediaKind={media}
            target={{ platform: accounts.find((a) => a.id === account)?.platform, posting_date: isoOrUndefined(date) }} />
        </section>
      )}
      <TextArea id="caption" name="caption" label="Caption" hint="The text exactly as it will be published." value={caption}
        onInput={setCaption} error={errors.caption?.text ?? errors.form?.text} rows={6} />
      <TagPupils pupils={pupils} tagged={tagged} onChange={setTagged} />
      <DateInput id="posting-date" legend="When will it be posted?" value={date} onChange={setDate} error={errors.date?.text}
        errorPart={errors.date?.href.replace('#posting-date-', '')} />
      <Button disabled={busy}>{submitText}</Button>
    </form>
  );
}

function isoOrUndefined(date: DateValue): string | undefined {
  const [y, m, d] = [date.year, date.month, date.day].map((part) => part.trim());
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function TagPupils({ pupils, tagged, onChange }: { pupils: Pupil[]; tagged: string[]; onChange: (ids: string[]) => void }) {
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const needle = words.join(' ');
  // Every word typed must start a word of the pupil's id or names ("flo wri" finds Florence Wright).
  const matches = words.length === 0 ? [] : pupils.filter((pupil) => {
    if (tagged.includes(pupil.id)) return false;
    const names = [pupil.id, pupil.first_name, pupil.preferred_name ?? '', pupil.last_name].join(' ').toLowerCase().split(/[\s-]+/).filter(Boolean);
    return words.every((word) => names.some((name) => name.startsWith(word)));
  }).slice(0, 8);
  const byId = new Map(pupils.map((pupil) => [pupil.id, pupil]));
  return (
    <div class="govuk-form-group">
      <h2 class="govuk-heading-s">Pupils in the post</h2>
      <p class="govuk-hint" id="tag-hint">Tag every pupil who can be seen or is named, so the check can look at their consent.</p>
      {tagged.length === 0 ? <p class="govuk-body" id="tagged-none">No pupils tagged.</p> : (
        <ul class="govuk-list" aria-label="Tagged pupils">
          {tagged.map((id) => (
            <li key={id}>
              {personName(byId.get(id), id)} ({id}){' '}
              <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 steward-small-button"
                onClick={() => onChange(tagged.filter((other) => other !== id))}>
                Remove<span class="govuk-visually-hidden"> {personName(byId.get(id), id)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <TextInput id="tag-search" name="tag-search" label="Find a pupil to tag" hint="Type a name or pupil id" value={query} onInput={setQuery} />
      {matches.length > 0 && (
        <ul class="govuk-list" aria-label="Matching pupils">
          {matches.map((pupil) => (
            <li key={pupil.id}>
              <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 steward-small-button"
                onClick={() => { onChange([...tagged, pupil.id]); setQuery(''); }}>
                Tag {personName(pupil, pupil.id)}<span class="govuk-visually-hidden"> ({pupil.id}, {yearGroupName(pupil.year_group)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {needle !== '' && matches.length === 0 && <p class="govuk-body" role="status">No untagged pupil matches.</p>}
    </div>
  );
}

// The school's pupils for tagging and for showing tagged ids as names.
export async function loadPupils(schoolId: string): Promise<Pupil[]> {
  return (await api.pupils(schoolId, '')).pupils;
}
