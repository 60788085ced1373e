// The sample workbook's cells as plain data (values as Excel reports them, formulas, number
// formats, merges), read by the .xlsx adapter. The conclusion test scores them with the core; the
// browser test hands them to the stand-in Excel host.
import { join } from 'node:path';
import type { SheetGrid } from '../../src/core/types';
import { loadXlsx, sheetToGrid } from '../../src/xlsx';

export const SAMPLE = join(__dirname, '..', '..', 'examples', '2019-shezhiwei.xlsx');

/** Every sheet of the sample, in workbook order. */
export async function sampleSheets(): Promise<SheetGrid[]> {
  return (await loadXlsx(SAMPLE)).worksheets.map(sheetToGrid);
}
