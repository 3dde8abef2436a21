// Chart scaling: round axis maxima and ticks, bars in proportion, nothing drawn outside the plot.
import { describe, expect, it } from 'vitest';
import { layoutBars, niceCeiling, percent, scaleLinear, ticks } from './chart';

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(10)).toBe(10);
    expect(niceCeiling(11)).toBe(20);
    expect(niceCeiling(23)).toBe(25);
    expect(niceCeiling(42)).toBe(50);
    expect(niceCeiling(0.3)).toBe(0.5);
    expect(niceCeiling(1200)).toBe(2000);
  });

  it('gives 1 for nothing to show', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(-4)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });
});

describe('ticks', () => {
  it('spaces round ticks from zero to the nice maximum', () => {
    expect(ticks(100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(23, 5)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(ticks(3, 5)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps to whole numbers for counts', () => {
    expect(ticks(1, 5, true)).toEqual([0, 1]);
    expect(ticks(3, 5, true)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(0, 5, true)).toEqual([0, 1]);
    expect(ticks(12, 5, true)).toEqual([0, 5, 10, 15, 20]);
  });

  it('ends on the maximum even when the step does not divide it', () => {
    const values = ticks(7, 3);
    expect(values[0]).toBe(0);
    expect(values[values.length - 1]).toBe(10);
  });
});

describe('scaleLinear and percent', () => {
  it('maps values into the range and clamps the rest', () => {
    const scale = scaleLinear(50, 200);
    expect(scale(25)).toBe(100);
    expect(scale(80)).toBe(200);
    expect(scale(-3)).toBe(0);
    expect(scaleLinear(0, 100)(0)).toBe(0);
  });

  it('rounds percentages and never divides by zero', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(5, 0)).toBe(0);
    expect(percent(9, 4)).toBe(100);
  });
});

describe('layoutBars', () => {
  it('stacks series left to right in proportion and keeps bars inside the plot', () => {
    const layout = layoutBars([{ label: 'Year 1', values: [30, 10] }, { label: 'Year 2', values: [50, 0] }],
      { width: 416, labelWidth: 100 });
    expect(layout.max).toBe(50);
    expect(layout.plotWidth).toBe(300);
    const [first, second] = layout.rows;
    expect(first.segments[0]).toMatchObject({ x: 100, width: 180 });
    expect(first.segments[1]).toMatchObject({ x: 280, width: 60 });
    expect(second.segments[0].width).toBe(300);
    expect(second.y).toBeGreaterThan(first.y);
    for (const row of layout.rows) {
      for (const segment of row.segments) expect(segment.x + segment.width).toBeLessThanOrEqual(layout.plotLeft + layout.plotWidth);
    }
    expect(layout.ticks[layout.ticks.length - 1].x).toBe(400);
  });

  it('uses a fixed maximum for percentages', () => {
    const layout = layoutBars([{ label: 'R', values: [40] }], { width: 316, labelWidth: 100, max: 100 });
    expect(layout.rows[0].segments[0].width).toBe(80);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('scales counts to a whole-number axis', () => {
    const layout = layoutBars([{ label: 'Passed', values: [1] }, { label: 'Blocked', values: [0] }], { width: 316, labelWidth: 100, integers: true });
    expect(layout.max).toBe(1);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 1]);
    expect(layout.rows[0].segments[0].width).toBe(200);
  });

  it('draws no bar for an empty chart and still has an axis', () => {
    const layout = layoutBars([{ label: 'Year 3', values: [0, 0] }], { width: 300, labelWidth: 80 });
    expect(layout.rows[0].segments.every((segment) => segment.width === 0)).toBe(true);
    expect(layout.ticks.length).toBeGreaterThan(1);
  });
});
