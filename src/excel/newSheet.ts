// Writes a NewSheet (扣分明细, 评价结论) into a new visible sheet: one sync to learn the names taken (a
// sheet of that name is never overwritten: the name gets (2), (3) …), one to add and fill it.
import { freeSheetName, sheetAddress, toA1, type NewCell, type NewSheet } from '../core';
import { toExcel } from './cells';
import { officeHost, type ExcelHost } from './host';

const NUMBER_FORMAT = '0.00';

/** What the cell holds, as Excel must receive it (a link's text; text kept as text). */
function valueOf(c: NewCell): string | number {
  if (c === null) return '';
  if (typeof c === 'number') return c;
  return toExcel(typeof c === 'string' ? c : c.text) as string | number;
}

/**
 * What an older Excel cannot give the new sheet, said in the pane: links from a row to its cell
 * (Range.hyperlink, ExcelApi 1.7) and the print setup (PageLayout, ExcelApi 1.9). Asked before the batch,
 * never found by its failure: batches are not transactional, a refused one would leave a half-made sheet.
 */
export type LeftOut = 'links' | 'print';

export async function addReportSheet(spec: NewSheet, host: ExcelHost = officeHost()): Promise<{ name: string; leftOut: LeftOut[] }> {
  const links = host.isSetSupported('ExcelApi', '1.7');
  const print = host.isSetSupported('ExcelApi', '1.9');
  const hasLinks = spec.rows.some((r) => r.some((c) => c !== null && typeof c === 'object'));
  const leftOut: LeftOut[] = [...(hasLinks && !links ? (['links'] as const) : []), ...(print ? [] : (['print'] as const))];
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const name = freeSheetName(spec.name, sheets.items.map((s) => s.name));
    const sheet = sheets.add(name);
    const width = Math.max(1, spec.columns.length, ...spec.rows.map((r) => r.length));
    const height = spec.rows.length;
    const rows = spec.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
    const all = sheet.getRange(`A1:${toA1(height - 1, width - 1)}`);
    // Number formats before values: a figure finds its 0.00 there.
    all.numberFormat = rows.map((r) => r.map((c) => (typeof c === 'number' ? NUMBER_FORMAT : 'General')));
    all.values = rows.map((r) => r.map(valueOf));
    rows.forEach((r, i) =>
      r.forEach((c, j) => {
        if (links && c !== null && typeof c === 'object') {
          sheet.getRange(toA1(i, j)).hyperlink = { documentReference: sheetAddress(c.link.sheet, c.link.cell), textToDisplay: c.text };
        }
      }),
    );
    spec.columns.forEach((col, j) => {
      const column = sheet.getRange(`${toA1(0, j)}:${toA1(height - 1, j)}`).format;
      column.columnWidth = col.width;
      column.wrapText = col.wrap;
    });
    if (spec.headerRows > 0) sheet.getRange(`A1:${toA1(spec.headerRows - 1, width - 1)}`).format.font.bold = true;
    for (const r of spec.boldRows ?? []) sheet.getRange(`A${r + 1}:${toA1(r, width - 1)}`).format.font.bold = true;
    if (spec.borders) {
      const borders = all.format.borders;
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) borders.getItem(edge).style = 'Continuous';
    }
    if (print) {
      // Prints one page wide, the header on every page.
      const layout = sheet.pageLayout;
      layout.orientation = spec.orientation;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (spec.headerRows > 0) layout.setPrintTitleRows(`$1:$${spec.headerRows}`);
    }
    await context.sync();
    return { name, leftOut };
  });
}
