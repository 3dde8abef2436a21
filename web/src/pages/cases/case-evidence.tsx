// A case's evidence: each item with its SHA-256 and, for the case's handlers, a download link
// (the server checks the bytes against the SHA-256 on the way out, audits the download and
// sends anything a browser could run as a plain download). Handlers add a link or a file (up to
// 5 MB); the file is sent under the name "evidence" with its extension, never its own name.
import { useState } from 'preact/hooks';
import { casesApi, type CaseDetail, type CaseEvidence } from '../../api/cases';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { Button, Table } from '../../components/govuk';
import { asApiError } from '../../components/use-api';
import { evidenceFilename } from '../../lib/case-steps';
import { checkText } from '../../lib/validation';
import { timeName } from '../labels';

const kMaxEvidenceBytes = 5 * 1024 * 1024;

function sizeName(bytes: number | undefined): string {
  if (!bytes) return '';
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function itemName(evidence: CaseEvidence): string {
  if (evidence.reference) return evidence.reference;
  return [evidence.filename || 'File', sizeName(evidence.size_bytes)].filter(Boolean).join(', ');
}

export function Evidence({ schoolId, item, onDone }: { schoolId: string; item: CaseDetail; onDone: (message: string) => void }) {
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const handler = item.can_handle !== false;

  async function submit(event: Event) {
    event.preventDefault();
    const checked = file ? { ok: true as const, value: '' } : checkText(link, { empty: 'Enter the web address of the evidence or choose a file', max: 2000 });
    if (!checked.ok) { setProblems([{ text: checked.error, href: '#case-evidence-link' }]); return; }
    if (file && file.size > kMaxEvidenceBytes) { setProblems([{ text: 'The file must be smaller than 5 MB', href: '#case-evidence-file' }]); return; }
    setBusy(true);
    try {
      if (file) await casesApi.addEvidenceFile(schoolId, item.id, file, evidenceFilename(file.name));
      else await casesApi.addEvidenceLink(schoolId, item.id, checked.value);
      setProblems([]);
      onDone('Evidence added');
    } catch (failure) {
      setProblems([{ text: asApiError(failure).body.message, href: file ? '#case-evidence-file' : '#case-evidence-link' }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="case-evidence">
      <h2 class="govuk-heading-m" id="case-evidence">Evidence</h2>
      {item.evidence.length === 0 ? <p class="govuk-body">No evidence attached.</p> : (
        <Table caption="Evidence" captionVisible={false} head={handler ? ['Item', 'Added', 'SHA-256', 'Download'] : ['Item', 'Added', 'SHA-256']}
          rows={item.evidence.map((evidence, index) => [
            itemName(evidence), timeName(evidence.added_at),
            <code class="steward-monospace steward-hash">{evidence.sha256 ?? ''}</code>,
            ...(handler ? [<a class="govuk-link" href={casesApi.evidenceHref(schoolId, item.id, evidence.id)} download>
              Download<span class="govuk-visually-hidden"> evidence item {index + 1}</span></a>] : []),
          ])} />
      )}
      {handler && item.state !== 'closed' && (
        <form noValidate onSubmit={submit}>
          <ErrorSummary problems={problems} />
          <TextInput id="case-evidence-link" name="reference" label="Add a link to evidence" hint="For example, the address of a screenshot in the school’s secure storage"
            value={link} onInput={setLink} error={problems.find((problem) => problem.href === '#case-evidence-link')?.text} />
          <div class={`govuk-form-group${problems.some((problem) => problem.href === '#case-evidence-file') ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label" for="case-evidence-file">Or attach a file (optional)</label>
            <div class="govuk-hint" id="case-evidence-file-hint">A screenshot or document, up to 5 MB. Its SHA-256 is recorded.</div>
            {problems.filter((problem) => problem.href === '#case-evidence-file').map((problem) => (
              <p class="govuk-error-message" id="case-evidence-file-error" key="error"><span class="govuk-visually-hidden">Error:</span> {problem.text}</p>
            ))}
            <input class="govuk-file-upload" id="case-evidence-file" name="evidence-file" type="file" aria-describedby="case-evidence-file-hint"
              onChange={(event) => setFile((event.currentTarget as HTMLInputElement).files?.[0])} />
          </div>
          <Button secondary disabled={busy}>Add evidence</Button>
        </form>
      )}
    </section>
  );
}
