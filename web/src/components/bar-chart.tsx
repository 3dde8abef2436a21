// A small horizontal bar chart drawn as SVG (no inline styles: colours come from classes), with
// a text alternative: the SVG is one image whose accessible name is the title and a one-line
// summary, and the same figures follow as a GOV.UK table inside a details element.
import { layoutBars, type BarRow } from '../lib/chart';

export interface Series {
  name: string;
  className: string;  // steward-bar--blue, --red, --grey...
}

interface Props {
  id: string;
  title: string;
  summary: string;
  rows: BarRow[];
  series: Series[];
  max?: number;
  unit?: string;  // "%" after values
  width?: number;
  integers?: boolean;
}

export function BarChart({ id, title, summary, rows, series, max, unit = '', width = 460, integers }: Props) {
  const layout = layoutBars(rows, { width, labelWidth: 110, max, barHeight: 20, gap: 10, integers });
  const axisY = layout.height - 24;
  return (
    <figure class="steward-chart" aria-labelledby={`${id}-caption`}>
      <figcaption class="govuk-heading-s" id={`${id}-caption`}>{title}</figcaption>
      {series.length > 1 && (
        <ul class="steward-chart__legend" aria-hidden="true">
          {series.map((s) => <li key={s.name}><span class={`steward-chart__key ${s.className}`} />{s.name}</li>)}
        </ul>
      )}
      <svg class="steward-chart__svg" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img"
        aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line class="steward-chart__grid" x1={tick.x} x2={tick.x} y1={4} y2={axisY} />
            <text class="steward-chart__tick" x={tick.x} y={axisY + 16} text-anchor="middle">{`${tick.value}${unit}`}</text>
          </g>
        ))}
        {layout.rows.map((row) => (
          <g key={row.label}>
            <text class="steward-chart__label" x={layout.plotLeft - 8} y={row.y + layout.barHeight / 2 + 5} text-anchor="end">{row.label}</text>
            {row.segments.map((segment) => segment.width > 0 && (
              <rect key={segment.series} class={`steward-bar ${series[segment.series]?.className ?? ''}`} x={segment.x} y={row.y}
                width={segment.width} height={layout.barHeight} />
            ))}
          </g>
        ))}
        <line class="steward-chart__axis" x1={layout.plotLeft} x2={layout.plotLeft} y1={4} y2={axisY} />
      </svg>
      <details class="govuk-details govuk-!-margin-bottom-2">
        <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Show the figures as a table<span class="govuk-visually-hidden">: {title}</span></span></summary>
        <div class="govuk-details__text">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header"></th>
                {series.map((s) => <th scope="col" class="govuk-table__header govuk-table__header--numeric" key={s.name}>{s.name}</th>)}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {rows.map((row) => (
                <tr class="govuk-table__row" key={row.label}>
                  <th scope="row" class="govuk-table__header">{row.label}</th>
                  {row.values.map((value, index) => <td class="govuk-table__cell govuk-table__cell--numeric" key={index}>{`${value}${unit}`}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
