// Small GOV.UK Frontend patterns: button, tag, summary list, table, task list, inset text,
// notification banner and a loading/failure line for pages that read the API.
import type { ComponentChildren } from 'preact';

interface ButtonProps {
  children: ComponentChildren;
  type?: 'submit' | 'button';
  secondary?: boolean;
  warning?: boolean;
  disabled?: boolean;
  onClick?: () => void;
  id?: string;
}

export function Button({ children, type = 'submit', secondary, warning, disabled, onClick, id }: ButtonProps) {
  const modifier = secondary ? ' govuk-button--secondary' : warning ? ' govuk-button--warning' : '';
  return (
    <button type={type} id={id} class={`govuk-button${modifier}`} data-module="govuk-button" disabled={disabled} aria-disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ children, colour }: { children: ComponentChildren; colour?: TagColour }) {
  return <strong class={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="govuk-summary-list">
      {rows.map((row) => (
        <div class="govuk-summary-list__row" key={row.key}>
          <dt class="govuk-summary-list__key">{row.key}</dt>
          <dd class="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface TableProps {
  caption: string;
  head: string[];
  rows: ComponentChildren[][];
  rowIds?: string[];
  captionVisible?: boolean;
}

export function Table({ caption, head, rows, rowIds, captionVisible = true }: TableProps) {
  return (
    <table class="govuk-table">
      <caption class={`govuk-table__caption govuk-table__caption--m${captionVisible ? '' : ' govuk-visually-hidden'}`}>{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {head.map((heading) => <th scope="col" class="govuk-table__header" key={heading}>{heading}</th>)}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {rows.map((cells, rowIndex) => (
          <tr class="govuk-table__row" key={rowIds?.[rowIndex] ?? rowIndex} id={rowIds?.[rowIndex]}>
            {cells.map((cell, cellIndex) => <td class="govuk-table__cell" key={cellIndex}>{cell}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface Task {
  id: string;
  title: string;
  href?: string;
  hint?: string;
  status: ComponentChildren;
}

export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul class="govuk-task-list">
      {tasks.map((task) => (
        <li class={`govuk-task-list__item${task.href ? ' govuk-task-list__item--with-link' : ''}`} key={task.id}>
          <div class="govuk-task-list__name-and-hint">
            {task.href
              ? <a class="govuk-link govuk-task-list__link" href={task.href} aria-describedby={`${task.id}-status`}>{task.title}</a>
              : <div>{task.title}</div>}
            {task.hint && <div class="govuk-task-list__hint">{task.hint}</div>}
          </div>
          <div class="govuk-task-list__status" id={`${task.id}-status`}>{task.status}</div>
        </li>
      ))}
    </ul>
  );
}

export function InsetText({ children }: { children: ComponentChildren }) {
  return <div class="govuk-inset-text">{children}</div>;
}

export function SuccessBanner({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="success-banner-title">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <h3 class="govuk-notification-banner__heading">{title}</h3>
        {children}
      </div>
    </div>
  );
}

export function BackLink({ href, children }: { href: string; children: ComponentChildren }) {
  return <a href={href} class="govuk-back-link">{children}</a>;
}
