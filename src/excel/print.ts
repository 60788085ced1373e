// The print setup as commands of the write batch: the page (orientation, zoom, paper, title rows) and an
// appended 扣分原因 column's width, wrapped text and border. What to set is decided in the core (core/print).
import type { PrintChange, Zoom } from '../core';
import type { Command } from './write';

/** A command's weight in the request: a few small properties. */
const PRINT_BYTES = 1000;

export function printCommands(change: PrintChange): Command[] {
  const commands: Command[] = [];
  const page = change.page;
  if (page) {
    commands.push({
      bytes: PRINT_BYTES,
      queue: (_, sheet) => {
        const layout = sheet.pageLayout;
        layout.orientation = page.orientation;
        // The zoom is set as one JSON object, never a part of it (PageLayout.zoom:
        // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-zoom-member).
        layout.zoom = withoutNulls(page.zoom);
        // PageLayout.paperSize, an Excel.PaperType (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-papersize-member).
        if (page.paper) layout.paperSize = page.paper as Excel.PaperType;
        if (page.titleRows !== null) layout.setPrintTitleRows(page.titleRows);
      },
    });
  }
  const column = change.column;
  if (column) {
    commands.push({
      bytes: PRINT_BYTES,
      queue: (_, sheet) => {
        const format = sheet.getRange(column.address).format;
        if (column.format.width !== null) format.columnWidth = column.format.width;
        if (column.format.wrap !== null) format.wrapText = column.format.wrap;
      },
    });
  }
  const borders = change.borders;
  if (borders) {
    commands.push({
      bytes: PRINT_BYTES,
      queue: (_, sheet) => {
        for (const address of borders.unframe) frame(sheet.getRange(address), 'None');
        for (const address of borders.frame) frame(sheet.getRange(address), 'Continuous');
      },
    });
  }
  return commands;
}

/**
 * The lines that rule a column of the table: above it, below it, to its right and between its rows
 * (RangeBorder.style, ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.rangeborder).
 * Thin and continuous, as the tables in use are ruled: reading each row's border from the cell to its
 * left would cost a read of its own. Its left line is the right line of the table's last column.
 */
const FRAME_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeRight', 'InsideHorizontal'] as const;

function frame(range: Excel.Range, style: 'Continuous' | 'None'): void {
  for (const edge of FRAME_EDGES) range.format.borders.getItem(edge).style = style;
}

/** Zoom options as Excel takes them: the ones given, none set to null. */
function withoutNulls(zoom: Zoom): Excel.PageLayoutZoomOptions {
  const out: Excel.PageLayoutZoomOptions = {};
  if (zoom.scale != null) out.scale = zoom.scale;
  if (zoom.horizontalFitToPages != null) out.horizontalFitToPages = zoom.horizontalFitToPages;
  if (zoom.verticalFitToPages != null) out.verticalFitToPages = zoom.verticalFitToPages;
  return out;
}
