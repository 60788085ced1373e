// Fills as the adapter and its backups encode them: `#RRGGBB` for a plain solid colour, the add-in's
// own encoding for its patterned marks, and JSON of the model ExcelJS reads a fill into for anything
// else (theme colours, tints, gradients, patterns), so that a fill restores exactly. No decisions
// are made here.
import type ExcelJS from 'exceljs';
import { MARK_FILLS } from '../core';

/**
 * A fill as an opaque string: `#RRGGBB` for a plain solid colour, a JSON text for anything else
 * (theme colours, tints, gradients, patterns) so that it restores exactly; null for no fill.
 */
export function encodeFill(fill: ExcelJS.Fill | undefined | null): string | null {
  if (!fill) return null;
  if (fill.type === 'pattern') {
    // `<patternFill/>` without a pattern type (openpyxl's first fill) is no fill, as `none` is.
    if (fill.pattern === 'none' || fill.pattern === undefined) return null;
    const mark = excelMark(fill);
    if (mark) return mark;
    const fg = fill.fgColor as { argb?: string } | undefined;
    const bg = fill.bgColor as { indexed?: number } | undefined;
    const plainBg = bg === undefined || (Object.keys(bg).length === 1 && bg.indexed === 64);
    if (
      fill.pattern === 'solid' &&
      fg &&
      Object.keys(fg).length === 1 &&
      typeof fg.argb === 'string' &&
      /^FF[0-9A-F]{6}$/i.test(fg.argb) &&
      plainBg
    ) {
      return `#${fg.argb.slice(2).toUpperCase()}`;
    }
  }
  return JSON.stringify(fill);
}

export function decodeFill(code: string | null): ExcelJS.Fill | undefined {
  if (code === null) return undefined;
  const m = /^#([0-9A-F]{6})$/i.exec(code);
  if (m) return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${m[1].toUpperCase()}` } };
  const parsed = JSON.parse(code) as ExcelJS.Fill | { pattern: string; color: string };
  if (!('type' in parsed)) {
    // The add-in's mark: its colour with a black pattern over it (PRINTABLE_MARK_FILLS in src/core/writeback/plan.ts).
    return { type: 'pattern', pattern: OOXML_PATTERN[parsed.pattern], fgColor: { argb: 'FF000000' }, bgColor: { argb: `FF${parsed.color.slice(1)}` } };
  }
  return parsed;
}

/**
 * The add-in's patterned marks (Excel.FillPattern names) as a file holds them (ECMA-376 ST_PatternType):
 * the pattern in the foreground colour (black) over the cell's colour.
 */
const OOXML_PATTERN: Readonly<Record<string, ExcelJS.FillPatterns>> = { Gray8: 'gray0625', LightUp: 'lightUp', LightHorizontal: 'lightHorizontal' };

/**
 * A fill that is one of the add-in's marks, in the add-in's encoding (`{"pattern":"Gray8","color":"#FFEB9C"}`),
 * so a workbook scored in Excel restores exactly from the command line; null for any other fill.
 */
function excelMark(fill: ExcelJS.FillPattern): string | null {
  const pattern = Object.keys(OOXML_PATTERN).find((k) => OOXML_PATTERN[k] === fill.pattern);
  const fg = fill.fgColor as { argb?: string } | undefined;
  const bg = fill.bgColor as { argb?: string } | undefined;
  // Only exactly that shape: anything more (a theme colour, a tint) is kept whole by the JSON.
  const only = (o: object | undefined, keys: string[]) => o !== undefined && Object.keys(o).sort().join() === keys.join();
  if (!pattern || !only(fill, ['bgColor', 'fgColor', 'pattern', 'type']) || !only(fg, ['argb']) || !only(bg, ['argb'])) return null;
  if (fg!.argb!.toUpperCase() !== 'FF000000' || !/^FF[0-9A-F]{6}$/i.test(bg!.argb!)) return null;
  const color = `#${bg!.argb!.slice(2).toUpperCase()}`;
  return Object.values(MARK_FILLS).includes(color) ? JSON.stringify({ pattern, color }) : null;
}
