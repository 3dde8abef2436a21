// Page: the main content area with its heading, and LoadFailure for a read the API refused.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ApiError } from '../api/client';

export function Page({ title, caption, children }: { title: string; caption?: string; children: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} – Steward`;
  }, [title]);
  return (
    <>
      {caption && <span class="govuk-caption-l">{caption}</span>}
      <h1 class="govuk-heading-l">{title}</h1>
      {children}
    </>
  );
}

export function Loading() {
  return <p class="govuk-body" role="status">Loading…</p>;
}

// `refused` words a 403 for this page (what the user may not do and who may).
export function LoadFailure({ error, refused }: { error: ApiError; refused?: string }) {
  const text = error.status === 403
    ? refused ?? 'You do not have access to this. Ask your school’s administrator if you need it.'
    : error.status === 404 ? 'This page could not be found. Check the address or go back.'
      : error.body.message;
  return (
    <div class="govuk-error-summary" role="alert" tabIndex={-1}>
      <h2 class="govuk-error-summary__title">Sorry, this could not be shown</h2>
      <div class="govuk-error-summary__body"><p class="govuk-body">{text}</p></div>
    </div>
  );
}
