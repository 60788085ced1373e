// Reading 汇总.xlsx back as a reviewer sees it (through ExcelJS, a reader independent of ours): the
// title line, the header, and each line as an object keyed by its column's header.
import { openXlsx } from '../fixtures/xlsx';

export interface SummarySheet {
  readonly title: string;
  readonly header: readonly string[];
  readonly lines: readonly Record<string, unknown>[];
}

/** The sheet at `index` (0: 汇总, 1: 扣分明细); a sheet with no title has its header in row 1. */
export async function readSummary(file: string, index = 0): Promise<SummarySheet> {
  const ws = (await openXlsx(file)).worksheets[index];
  // The title stands in cells merged across the table; a header's cells are each their own.
  const titled = ws.getCell('A1').isMerged;
  const head = titled ? 2 : 1;
  const header = (ws.getRow(head).values as unknown[]).slice(1).map(String);
  const lines: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n <= head) return;
    const values = (row.values as unknown[]).slice(1);
    lines.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return { title: titled ? String(ws.getRow(1).getCell(1).value) : '', header, lines };
}
