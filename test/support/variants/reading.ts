// What a person reads of a scored sheet — its indicator rows (family, status, score, explanation), its
// total and grade, its issues — with every cell address, and every row number in a message, written
// as the original's, so that a variant and its original read the same exactly when they say the same.
import type { ScoreResult } from '../../../src/core';
import { fromA1 } from '../../../src/core';
import type { WorkSheet } from './workSheet';

export interface RowReading {
  readonly cell: string;
  readonly indicator: string;
  readonly level1: string;
  readonly level2: string;
  readonly family: string | null;
  readonly status: string;
  readonly score: string | null;
  readonly explanation: string;
}

export interface Reading {
  readonly rows: readonly RowReading[];
  readonly total: string;
  readonly maxTotal: string;
  readonly grade: string | null;
  readonly issues: readonly string[];
}

/** Maps the variant's addresses back to the original's; a cell the variant added reads `+B7`. */
export type AddressMap = (address: string) => string;

export function addressMap(sheet: WorkSheet | null, copy = false): AddressMap {
  if (!sheet) return (a) => a;
  return (a) => sheet.origin(a, copy) ?? `+${a}`;
}

const ADDRESS = /(?<![A-Za-z])([A-Z]{1,2}[1-9]\d{0,4})(?![\d])/g;
const ROW = /第(\d+)行/g;

function inOriginal(text: string, map: AddressMap, sheet: WorkSheet | null, copy: boolean): string {
  const mapped = text.replace(ADDRESS, (a) => map(a));
  if (!sheet) return mapped;
  return mapped.replace(ROW, (_, n: string) => {
    const row = sheet.originRow(Number(n) - 1, copy);
    return row === null ? `第+${n}行` : `第${row + 1}行`;
  });
}

/** What a person reads of one table; `copy`: of the copy of the table stacked below it, read back to the original. */
export function readingOf(result: ScoreResult, sheet: WorkSheet | null, copy = false): Reading {
  const map = addressMap(sheet, copy);
  const words = (t: string) => inOriginal(t, map, sheet, copy);
  return {
    rows: result.rows.map((r) => ({
      cell: map(r.cell),
      indicator: r.indicator,
      level1: r.level1,
      level2: r.level2,
      family: r.family,
      status: r.status,
      score: r.score === null ? null : r.score.toFixed(2),
      explanation: words(r.explanation),
    })),
    total: result.total.toFixed(2),
    maxTotal: result.maxTotal.toFixed(2),
    grade: result.grade,
    issues: result.issues.map((i) => `${i.severity} ${i.code} ${map(i.cell)}: ${words(i.message)}`).sort(),
  };
}

/** The differences between two readings, one line each, as a small table a person can read. */
export function differences(want: Reading, got: Reading): string[] {
  const out: string[] = [];
  const cells = [...new Set([...want.rows.map((r) => r.cell), ...got.rows.map((r) => r.cell)])].sort(
    (a, b) => (fromA1(a)?.row ?? 0) - (fromA1(b)?.row ?? 0),
  );
  for (const cell of cells) {
    const w = want.rows.find((r) => r.cell === cell);
    const g = got.rows.find((r) => r.cell === cell);
    if (JSON.stringify(w) === JSON.stringify(g)) continue;
    const show = (r: RowReading | undefined) => (r ? `${r.status} ${r.score ?? '—'} [${r.family}] ${r.level1} / ${r.level2} / ${r.indicator} | ${r.explanation}` : 'not read');
    out.push(`  ${cell.padEnd(5)} want ${show(w)}`);
    out.push(`  ${''.padEnd(5)} got  ${show(g)}`);
  }
  for (const key of ['total', 'maxTotal', 'grade'] as const) {
    if (want[key] !== got[key]) out.push(`  ${key}: want ${want[key]}, got ${got[key]}`);
  }
  for (const i of want.issues) if (!got.issues.includes(i)) out.push(`  issue lost:  ${i}`);
  for (const i of got.issues) if (!want.issues.includes(i)) out.push(`  issue added: ${i}`);
  return out;
}

