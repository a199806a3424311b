// Turns one or more bench-results.json files into the Markdown table of docs/PERFORMANCE.md:
// one row per measurement, one column per corpus size, and how each grows from one size to
// the next (the corpus grows by the ratio of the sizes, so a growth equal to it is linear).
//   npx tsx tests/bench/report.ts bench-results-100-1000.json bench-results-5000.json
import { readFileSync } from 'node:fs';
import type { BenchResult } from './bench-context.ts';

// Formats a number with thousands separators and three significant digits below 1,000.
export function formatValue(value: number): string {
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-GB');
  return Number(value.toPrecision(3)).toString();
}

// The growth of a measurement between two sizes; rates grow inversely to time, so they are marked.
export function formatGrowth(from: number | undefined, to: number | undefined, stat: BenchResult['stat']): string {
  if (from === undefined || to === undefined || from === 0) return '';
  return `${formatValue(to / from)}x${stat === 'rate' ? ' (rate)' : ''}`;
}

// The Markdown table of every measurement at every size, with growth between neighbouring sizes.
export function benchTable(results: readonly BenchResult[]): string {
  const sizes = [...new Set(results.map((r) => r.size))].sort((a, b) => a - b);
  const rows = new Map<string, { name: string; stat: BenchResult['stat']; unit: string; values: Map<number, number> }>();
  for (const r of results) {
    const key = `${r.name}\u0000${r.stat}\u0000${r.unit}`;
    let row = rows.get(key);
    if (!row) {
      row = { name: r.name, stat: r.stat, unit: r.unit, values: new Map() };
      rows.set(key, row);
    }
    row.values.set(r.size, r.value);
  }
  const steps = sizes.slice(1).map((size, i) => [sizes[i] as number, size] as const);
  const header = ['measurement', 'stat', ...sizes.map((s) => s.toLocaleString('en-GB')), 'unit', ...steps.map(([a, b]) => `growth ${a.toLocaleString('en-GB')} to ${b.toLocaleString('en-GB')} (corpus x${formatValue(b / a)})`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows.values()) {
    const cells = [row.name, row.stat, ...sizes.map((s) => (row.values.has(s) ? formatValue(row.values.get(s) as number) : '-')), row.unit, ...steps.map(([a, b]) => formatGrowth(row.values.get(a), row.values.get(b), row.stat))];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const files = process.argv.slice(2);
if (files.length > 0) {
  const results = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResult[]);
  console.log(benchTable(results));
}
