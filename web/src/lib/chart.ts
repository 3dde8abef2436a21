// Chart scaling for the home page's small SVG bar charts: a "nice" axis maximum and ticks, and
// the geometry of horizontal bars (one row per category, one or more stacked series). Pure: no
// DOM, unit-tested; components/bar-chart.tsx draws what this computes.

// Rounds `value` up to 1, 2, 2.5 or 5 times a power of ten (0 and negatives give 1).
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const fraction = value / power;
  const step = [1, 2, 2.5, 5, 10].find((candidate) => fraction <= candidate + 1e-9)!;
  return Number((step * power).toPrecision(12));
}

// Evenly spaced ticks from 0 to niceCeiling(max), about `count` of them, on round numbers;
// whole numbers only when `integers` (counts of things).
export function ticks(max: number, count = 5, integers = false): number[] {
  const top = integers ? Math.max(1, Math.ceil(niceCeiling(max))) : niceCeiling(max);
  const raw = top / Math.max(1, count);
  const step = integers ? Math.max(1, Math.ceil(niceCeiling(raw))) : niceCeiling(raw);
  const values: number[] = [];
  for (let value = 0; value <= top + step / 1e9; value += step) values.push(Number(value.toPrecision(12)));
  if (values[values.length - 1] < top) values.push(top);
  return values;
}

// Maps 0..domainMax onto 0..rangeMax, clamping outside values.
export function scaleLinear(domainMax: number, rangeMax: number): (value: number) => number {
  const top = domainMax > 0 ? domainMax : 1;
  return (value) => Math.max(0, Math.min(rangeMax, (Number.isFinite(value) ? value : 0) / top * rangeMax));
}

// Whole-number percentage of part in whole; 0 when whole is 0.
export function percent(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  return Math.round(Math.max(0, Math.min(part, whole)) / whole * 100);
}

export interface BarRow {
  label: string;
  values: number[];  // one per series, stacked left to right
}

export interface BarGeometry {
  label: string;
  y: number;
  segments: { x: number; width: number; value: number; series: number }[];
  total: number;
}

export interface BarLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotWidth: number;
  max: number;
  ticks: { value: number; x: number }[];
  rows: BarGeometry[];
  barHeight: number;
}

export interface LayoutOptions {
  width: number;
  labelWidth: number;
  barHeight?: number;
  gap?: number;
  max?: number;  // fixed axis maximum (100 for percentages); otherwise from the data
  tickCount?: number;
  integers?: boolean;  // counts: whole-number ticks
}

// Lays out horizontal stacked bars: rows top to bottom, axis along the bottom.
export function layoutBars(rows: BarRow[], options: LayoutOptions): BarLayout {
  const { width, labelWidth, barHeight = 24, gap = 12, tickCount = 5, integers = false } = options;
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + Math.max(0, value || 0), 0));
  const axis = ticks(options.max ?? Math.max(0, ...totals), tickCount, integers);
  const max = options.max ?? axis[axis.length - 1];
  const plotLeft = labelWidth;
  const plotWidth = Math.max(1, width - labelWidth - 16);
  const scale = scaleLinear(max, plotWidth);
  const geometry = rows.map((row, index) => {
    let x = plotLeft;
    const segments = row.values.map((value, series) => {
      const segmentWidth = scale(Math.max(0, value || 0));
      const segment = { x, width: segmentWidth, value, series };
      x += segmentWidth;
      return segment;
    });
    return { label: row.label, y: gap + index * (barHeight + gap), segments, total: totals[index] };
  });
  const axisValues = axis.filter((value) => value <= max);
  return {
    width,
    height: gap + rows.length * (barHeight + gap) + 28,
    plotLeft,
    plotWidth,
    max,
    ticks: axisValues.map((value) => ({ value, x: plotLeft + scale(value) })),
    rows: geometry,
    barHeight,
  };
}
