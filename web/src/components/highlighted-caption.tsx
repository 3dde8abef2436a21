// A caption with each check finding highlighted at its span: <mark> around the text, a visible
// finding number, and the reason in visually hidden text so screen readers hear why. The findings
// list beside it links to each mark (id `finding-mark-N`).
import type { Finding } from '../api/posts';
import { segmentCaption } from '../lib/spans';
import { reasonText } from '../pages/labels';

export function HighlightedCaption({ caption, findings }: { caption: string; findings: Finding[] }) {
  const segments = segmentCaption(caption, findings);
  const firstMark = new Map<number, number>();  // finding index -> index of its first segment
  segments.forEach((segment, index) => segment.findings.forEach((finding) => {
    if (!firstMark.has(finding)) firstMark.set(finding, index);
  }));
  return (
    <div class="steward-caption" id="caption-preview">
      {segments.map((segment, index) => {
        if (segment.findings.length === 0) return <span key={index}>{segment.text}</span>;
        const numbers = segment.findings.map((finding) => finding + 1);
        const starts = segment.findings.filter((finding) => firstMark.get(finding) === index);
        return (
          <mark key={index} class="steward-finding" id={starts.length > 0 ? `finding-mark-${starts[0] + 1}` : undefined} tabIndex={starts.length > 0 ? -1 : undefined}>
            {segment.text}
            <sup class="steward-finding__number" aria-hidden="true">{numbers.join(',')}</sup>
            <span class="govuk-visually-hidden"> (finding {numbers.join(' and ')}: {segment.findings.map((finding) => reasonText(findings[finding].reason)).join('; ')})</span>
          </mark>
        );
      })}
    </div>
  );
}
