// Selecting a cell the pane lists: its own module, with nothing of the scoring behind it, so that a click
// on a listed cell loads a few hundred bytes, not the adapter and the core (the pane's `select` chunk).
import { unquoteSheet } from '../core/cells';
import { officeHost, type ExcelHost } from './host';

/**
 * Selects a cell the pane lists (`'指标体系'!H12`), on its sheet: that sheet is activated first, as the
 * person may be looking at another one. A bare address (`H12`) is on the active sheet.
 */
export async function selectCell(address: string, host: ExcelHost = officeHost()): Promise<void> {
  await host.run(async (context) => {
    const at = address.lastIndexOf('!');
    const sheets = context.workbook.worksheets;
    let sheet = sheets.getActiveWorksheet();
    if (at >= 0) {
      sheet = sheets.getItem(unquoteSheet(address.slice(0, at)));
      sheet.activate();
    }
    sheet.getRange(address.slice(at + 1)).select();
    await context.sync();
  });
}
