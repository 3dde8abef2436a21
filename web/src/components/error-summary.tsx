// ErrorSummary: the GOV.UK error summary. It takes focus when it appears (or its problems change)
// and each problem links to the field (or the row) it is about.
import { useEffect, useRef } from 'preact/hooks';

export interface Problem {
  text: string;
  href?: string;  // "#field-id" of the field or row the problem is about
}

export function ErrorSummary({ problems, title = 'There is a problem' }: { problems: Problem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves when the problems change, not on every render: pages build the list afresh each
  // render, and typing into a field must not pull focus back to the summary.
  const shown = problems.map((problem) => `${problem.href ?? ''} ${problem.text}`).join('\n');
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (problems.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.href ? <a href={problem.href} onClick={focusTarget}>{problem.text}</a> : problem.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

// Moves focus to the linked field, as the GOV.UK pattern does, instead of only scrolling.
function focusTarget(event: MouseEvent) {
  const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
  const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView();
  if (!target.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus();
}
