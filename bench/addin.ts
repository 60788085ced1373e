// Part 3 — the Excel add-in: how many context.sync() round trips scoring takes, and how many bytes
// cross between the add-in and Excel, for 30, 1,000 and 10,000-row sheets, through the real office.js
// client with the strict fake Excel of the tests as its host (each sync's request is what office.js
// sent, its response what the host answered: UTF-8 bytes of their JSON).
import type { CellValue, SheetGrid } from '../src/core';
import { toA1 } from '../src/core';
import { restoreActiveSheet, scoreActiveSheet } from '../src/excel';
import { FakeExcel, type CellSpec, type SheetSpec } from '../test/support/fake-excel';
import { useOfficeJs } from '../test/support/office-js';
import { generateWorkbook, loadSample } from './generate';
import { round, timeOnce } from './timing';

export const ADDIN_SIZES = [30, 1_000, 10_000] as const;
/** The claim on the workbook (src/excel/runLock.ts), the read, the write. */
export const ADDIN_SYNC_TARGET = 3;

export interface AddinAction {
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly perSync: readonly { readonly requestBytes: number; readonly responseBytes: number }[];
  readonly ms: number;
}

export interface AddinSize {
  readonly rows: number;
  readonly score: AddinAction;
  readonly rescore: AddinAction;
  readonly restore: AddinAction;
}

export interface AddinResult {
  readonly sizes: readonly AddinSize[];
  readonly target: number;
  readonly met: boolean;
}

function cellSpec(v: CellValue): CellSpec {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return `${v.error}`;
  return v;
}

/** A core SheetGrid (values from A1) as the fake Excel's sheet: values, number formats, merges. */
export function sheetSpec(grid: SheetGrid): SheetSpec {
  const numberFormats: Record<string, string> = {};
  grid.numberFormats?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f && f !== 'General') numberFormats[toA1(r, c)] = f;
    }),
  );
  return {
    name: grid.name,
    rows: grid.values.map((row) => Array.from(row, cellSpec)),
    numberFormats,
    merges: (grid.merges ?? []).map((a) => (a.top === a.bottom && a.left === a.right ? null : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`)).filter((m): m is string => m !== null),
  };
}

async function action(xl: FakeExcel, run: () => Promise<{ kind: string }>, expected: string): Promise<AddinAction> {
  xl.resetStats();
  let kind = '';
  const t = await timeOnce(async () => {
    kind = (await run()).kind;
  });
  if (kind !== expected) throw new Error(`the add-in answered ${kind}, not ${expected}`);
  const batches = xl.stats.batches;
  return {
    syncs: xl.stats.syncs,
    requestBytes: batches.reduce((s, b) => s + b.requestBytes, 0),
    responseBytes: batches.reduce((s, b) => s + b.responseBytes, 0),
    perSync: batches.map((b) => ({ requestBytes: b.requestBytes, responseBytes: b.responseBytes })),
    ms: round(t.wallMs),
  };
}

export async function benchAddin(log: (s: string) => void = () => {}): Promise<AddinResult> {
  useOfficeJs();
  const sample = await loadSample();
  const sizes: AddinSize[] = [];
  for (const rows of ADDIN_SIZES) {
    const wb = generateWorkbook(sample, rows);
    const sheets = [sheetSpec(wb.indicatorSheet), ...(wb.basicData ? [sheetSpec(wb.basicData)] : [])];
    const xl = new FakeExcel({ sheets, active: wb.indicatorSheet.name });
    const host = xl.host();
    const score = await action(xl, () => scoreActiveSheet({ lang: 'zh' }, host), 'scored');
    const rescore = await action(xl, () => scoreActiveSheet({ lang: 'zh' }, host), 'scored');
    const restore = await action(xl, () => restoreActiveSheet({ lang: 'zh' }, host), 'restored');
    const kb = (b: number) => `${round(b / 1024, 1)} KB`;
    log(
      `add-in ${rows} rows: score ${score.syncs} syncs (sent ${kb(score.requestBytes)}, received ${kb(score.responseBytes)}, ${score.ms} ms), ` +
        `rescore ${rescore.syncs} syncs, restore ${restore.syncs} syncs`,
    );
    sizes.push({ rows, score, rescore, restore });
  }
  return { sizes, target: ADDIN_SYNC_TARGET, met: sizes.every((s) => s.score.syncs <= ADDIN_SYNC_TARGET && s.rescore.syncs <= ADDIN_SYNC_TARGET) };
}
