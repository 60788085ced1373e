// Which other sheets of the workbook hold an indicator table, so the pane can offer them. Each
// candidate's top-left block is read (the header stands in the first 40 rows: HEADER_SEARCH_ROWS), in
// the write batch when there is one, so finding them costs no sync of its own.
import { BACKUP_SHEET, findLayout, isBasicDataSheetName, type SheetGrid } from '../core';
import { fromExcel } from './cells';
import type { Command } from './write';

/** The block read of each sheet: 40 rows of 30 columns, where a finance office's header stands. */
const PROBE = 'A1:AD40';
/** Sheets looked at, at most: a workbook of a hundred tabs is not read whole for a suggestion. */
const MAX_SHEETS = 20;

export interface SheetProbe {
  readonly command: Command;
  /** After the batch ran: the candidates whose block holds an indicator table. */
  found(): string[];
}

export function candidates(visibleSheets: readonly string[], scored: string): string[] {
  return visibleSheets.filter((n) => n !== scored && n !== BACKUP_SHEET && !isBasicDataSheetName(n)).slice(0, MAX_SHEETS);
}

export function probeSheets(names: readonly string[]): SheetProbe {
  let ranges: { name: string; range: Excel.Range }[] = [];
  return {
    command: {
      bytes: 200 * names.length,
      // Queued again if the batch is sent again in halves: the last queued ranges are the ones read.
      queue: (context) => {
        ranges = names.map((name) => ({ name, range: context.workbook.worksheets.getItem(name).getRange(PROBE).load('values') }));
      },
    },
    found: () =>
      ranges
        .filter(({ name, range }) => {
          const grid: SheetGrid = { name, values: range.values.map((line) => line.map((v) => fromExcel(v))) };
          return findLayout(grid) !== null;
        })
        .map((r) => r.name),
  };
}
