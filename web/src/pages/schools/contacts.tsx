// The school's own contacts: the phone numbers, email addresses, address, website, social media
// accounts, hashtags and places the school publishes, which the post check treats as the
// school's, never as personal data. Everyone at the school can read them; the change form is
// offered to those the API says may change them (can_edit). Its refusals are shown at the field
// they name, and nothing typed is lost.
import { useEffect, useState } from 'preact/hooks';
import { schoolsApi, type ContactsRead } from '../../api/schools';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/fields';
import { setFlash, useFlash } from '../../components/flash';
import { BackLink, Button, InsetText, SuccessBanner, SummaryList } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { bodyOf, fieldId, formOf, kFieldLabels, kListFields, problemOf, venueFieldId, type ContactsForm, type VenueRow } from '../../lib/contacts';
import { navigate } from '../../router';

const listText = (values: string[]) => (values.length === 0 ? 'None' : <ul class="govuk-list">{values.map((value) => <li key={value}>{value}</li>)}</ul>);

export function ContactsPage({ schoolId }: { schoolId: string }) {
  const flash = useFlash();
  const contacts = useApi(() => schoolsApi.contacts(schoolId), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  const data = contacts.data;
  return (
    <>
      <BackLink href={base}>Back to the school</BackLink>
      {flash && <SuccessBanner title={flash.title}>{flash.text ? <p class="govuk-body">{flash.text}</p> : null}</SuccessBanner>}
      <Page title="The school’s contacts">
        <p class="govuk-body">What the school publishes about itself. A post may show these: the check never reports them as personal data.</p>
        {contacts.loading && <Loading />}
        {contacts.error && <LoadFailure error={contacts.error} />}
        {data && (
          <>
            <SummaryList rows={[
              { key: kFieldLabels.address, value: data.address || 'None' },
              { key: kFieldLabels.postcode, value: data.postcode || 'None' },
              { key: kFieldLabels.phones, value: listText(data.phones) },
              { key: kFieldLabels.emails, value: listText(data.emails) },
              { key: kFieldLabels.website, value: data.website || 'None' },
              { key: kFieldLabels.handles, value: listText(data.handles) },
              { key: kFieldLabels.motto_hashtags, value: listText(data.motto_hashtags) },
              { key: kFieldLabels.public_venues, value: data.public_venues.length === 0 ? 'None' : listText(data.public_venues.map((venue) => [venue.name, venue.address, venue.postcode].filter(Boolean).join(', '))) },
            ]} />
            {data.can_edit
              ? <a class="govuk-button" data-module="govuk-button" href={`${base}/contacts/change`}>Change the school’s contacts</a>
              : <InsetText>You can read these but not change them: the people who keep the school’s records change them.</InsetText>}
          </>
        )}
      </Page>
    </>
  );
}

export function ChangeContactsPage({ schoolId }: { schoolId: string }) {
  const contacts = useApi(() => schoolsApi.contacts(schoolId), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <>
      <BackLink href={`${base}/contacts`}>Back to the school’s contacts</BackLink>
      {contacts.loading && <Loading />}
      {contacts.error && <LoadFailure error={contacts.error} />}
      {contacts.data && !contacts.data.can_edit && (
        <Page title="Change the school’s contacts">
          <InsetText>You can read the school’s contacts but not change them: ask the people who keep the school’s records.</InsetText>
        </Page>
      )}
      {contacts.data?.can_edit && <ContactsFormPage schoolId={schoolId} stored={contacts.data} />}
    </>
  );
}

function ContactsFormPage({ schoolId, stored }: { schoolId: string; stored: ContactsRead }) {
  const [form, setForm] = useState<ContactsForm>(() => formOf(stored));
  const [problem, setProblem] = useState<{ field: string; text: string }>();
  const [busy, setBusy] = useState(false);
  const set = (name: keyof ContactsForm) => (value: string) => setForm((old) => ({ ...old, [name]: value }));
  const setVenue = (index: number, part: keyof VenueRow) => (value: string) =>
    setForm((old) => ({ ...old, venues: old.venues.map((venue, at) => (at === index ? { ...venue, [part]: value } : venue)) }));
  const errorOn = (id: string) => (problem?.field === id ? problem.text : undefined);
  // The new place's name takes focus once its row is on the page.
  const [focusRow, setFocusRow] = useState<number>();
  useEffect(() => {
    if (focusRow === undefined) return;
    document.getElementById(venueFieldId(focusRow, 'name'))?.focus();
    setFocusRow(undefined);
  }, [focusRow]);
  function addVenue() {
    setFocusRow(form.venues.length);
    setForm((old) => ({ ...old, venues: [...old.venues, { name: '', address: '', postcode: '' }] }));
  }
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await schoolsApi.setContacts(schoolId, bodyOf(form));
      setFlash('The school’s contacts are saved', 'The next check of a post treats them as the school’s own.');
      navigate(`/schools/${encodeURIComponent(schoolId)}/contacts`);
    } catch (failure) {
      const error = asApiError(failure);
      setProblem(error.status === 400 ? problemOf(error.body.where, error.body.message, form) : { field: fieldId('address'), text: error.body.message });
    } finally {
      setBusy(false);
    }
  }
  const problems: Problem[] = problem ? [{ text: problem.text, href: `#${problem.field}` }] : [];
  const list = (name: (typeof kListFields)[number], hint: string) => (
    <TextArea id={fieldId(name)} name={name} label={kFieldLabels[name]} hint={hint} rows={3}
      value={form[name]} onInput={set(name)} error={errorOn(fieldId(name))} />
  );
  return (
    <Page title="Change the school’s contacts">
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={submit}>
        <TextInput id={fieldId('address')} name="address" label={kFieldLabels.address} value={form.address} onInput={set('address')} error={errorOn(fieldId('address'))} autocomplete="street-address" />
        <TextInput id={fieldId('postcode')} name="postcode" label={kFieldLabels.postcode} value={form.postcode} onInput={set('postcode')} error={errorOn(fieldId('postcode'))} autocomplete="postal-code" />
        {list('phones', 'One a line, for example 0116 496 0123')}
        {list('emails', 'One a line, for example office@school.sch.uk')}
        <TextInput id={fieldId('website')} name="website" label={kFieldLabels.website} hint="For example www.school.sch.uk" value={form.website} onInput={set('website')} error={errorOn(fieldId('website'))} />
        {list('handles', 'The school’s own accounts, one a line, for example BelgraveSchool')}
        {list('motto_hashtags', 'One a line, starting with #, for example #TeamBelgrave')}
        <h2 class="govuk-heading-m">{kFieldLabels.public_venues}</h2>
        <p class="govuk-body">Public places the school names in posts: a park, a leisure centre, the church hall. Leave a place empty to remove it.</p>
        {form.venues.map((venue, index) => (
          <fieldset class="govuk-fieldset" key={index}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Place {index + 1}</legend>
            <TextInput id={venueFieldId(index, 'name')} name={`venue-${index + 1}-name`} label="Name" value={venue.name} onInput={setVenue(index, 'name')} error={errorOn(venueFieldId(index, 'name'))} />
            <TextInput id={venueFieldId(index, 'address')} name={`venue-${index + 1}-address`} label="Address (optional)" value={venue.address} onInput={setVenue(index, 'address')} error={errorOn(venueFieldId(index, 'address'))} />
            <TextInput id={venueFieldId(index, 'postcode')} name={`venue-${index + 1}-postcode`} label="Postcode (optional)" value={venue.postcode} onInput={setVenue(index, 'postcode')} error={errorOn(venueFieldId(index, 'postcode'))} />
          </fieldset>
        ))}
        <div class="govuk-button-group">
          <Button secondary type="button" onClick={addVenue}>Add another place</Button>
        </div>
        <Button disabled={busy}>Save the contacts</Button>
      </form>
    </Page>
  );
}
