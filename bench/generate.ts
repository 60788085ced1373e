// Indicator sheets of any length that look like real ones: the sample's own rows (its rule phrasings,
// merged level-1, level-2 and 评分标准 cells) repeated block after block under a title, a unit line
// and a header, closed by a 合计 row, with the sample's 基础数据 sheet beside them.
import path from 'path';
import type { Area, CellValue, SheetGrid, Workbook } from '../src/core';
import { findSheets, loadXlsx } from '../src/xlsx';

export const SAMPLE = path.resolve(__dirname, '../examples/2019-shezhiwei.xlsx');

export interface SampleParts {
  /** The rows above the first indicator (title, unit line, header). */
  readonly head: readonly (readonly CellValue[])[];
  /** The indicator rows, 合计 excluded. */
  readonly body: readonly (readonly CellValue[])[];
  readonly bodyFormats: readonly (readonly (string | null | undefined)[])[];
  /** Merges inside the body, with rows counted from the body's first row. */
  readonly bodyMerges: readonly Area[];
  /** Merges in the head (the title), as they are. */
  readonly headMerges: readonly Area[];
  readonly pointsCol: number;
  readonly actualCol: number;
  readonly level2Col: number;
  readonly basicData?: SheetGrid;
  readonly sheetName: string;
}

export async function loadSample(file = SAMPLE): Promise<SampleParts> {
  const found = findSheets(await loadXlsx(file));
  if (!found) throw new Error(`${file}: no indicator sheet`);
  const sheet = found.workbook.indicatorSheet;
  const { headerRow, totalRow, columns } = found.layout;
  if (totalRow === undefined || columns.actual === undefined || columns.level2 === undefined) {
    throw new Error(`${file}: the sample should have a 合计 row, a 实际完成值 and a 二级指标 column`);
  }
  const first = headerRow + 1;
  const merges = sheet.merges ?? [];
  return {
    head: sheet.values.slice(0, first),
    body: sheet.values.slice(first, totalRow),
    bodyFormats: (sheet.numberFormats ?? []).slice(first, totalRow),
    bodyMerges: merges.filter((a) => a.top >= first && a.bottom < totalRow).map((a) => ({ ...a, top: a.top - first, bottom: a.bottom - first })),
    headMerges: merges.filter((a) => a.bottom < first),
    pointsCol: columns.points ?? columns.indicator,
    actualCol: columns.actual,
    level2Col: columns.level2,
    basicData: found.workbook.basicData,
    sheetName: sheet.name,
  };
}

/**
 * A workbook whose indicator sheet has exactly `rows` indicator rows. Each repetition of the sample
 * (a block) numbers its key tasks on (重点任务3, 重点任务4 …) as a longer sheet would, and counts of
 * problems found cycle 0, 1, 2 from block to block so that some rows are deducted.
 */
export function generateWorkbook(sample: SampleParts, rows: number): Workbook {
  const size = sample.body.length;
  const first = sample.head.length;
  const values: CellValue[][] = sample.head.map((r) => [...r]);
  const numberFormats: (string | null)[][] = sample.head.map((r) => r.map(() => null));
  const merges: Area[] = [...sample.headMerges];
  let points = 0;
  for (let block = 0; block * size < rows; block++) {
    const take = Math.min(size, rows - block * size);
    const at = first + block * size;
    let task = 0;
    for (let i = 0; i < take; i++) {
      const row = [...sample.body[i]];
      const l2 = row[sample.level2Col];
      if (typeof l2 === 'string' && /^重点任务/.test(l2)) {
        task++;
        row[sample.level2Col] = l2.replace(/^重点任务\S*/, `重点任务${block * 2 + task}`);
      }
      const actual = row[sample.actualCol];
      if (actual === 0) row[sample.actualCol] = block % 3;
      const p = row[sample.pointsCol];
      if (typeof p === 'number') points += p;
      values.push(row);
      numberFormats.push((sample.bodyFormats[i] ?? []).map((f) => f ?? null));
    }
    for (const m of sample.bodyMerges) {
      if (m.top >= take) continue;
      merges.push({ ...m, top: at + m.top, bottom: at + Math.min(m.bottom, take - 1) });
    }
  }
  const total: CellValue[] = sample.body[0].map(() => null);
  total[0] = '合计';
  total[sample.pointsCol] = points;
  values.push(total);
  const indicatorSheet: SheetGrid = { name: sample.sheetName, values, numberFormats, merges };
  return { indicatorSheet, ...(sample.basicData ? { basicData: sample.basicData } : {}) };
}
