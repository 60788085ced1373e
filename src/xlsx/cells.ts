// One ExcelJS cell in and out: its value as the core reads it, and its full CellState (value,
// formula, number format, fill, note) as write-back reads and sets it. No decisions are made here.
import ExcelJS from 'exceljs';
import { MARK_FILLS, type CellState, type CellValue } from '../core';

type Cell = ExcelJS.Cell;

/** `2019-05-01`: dates reach the core as text, in the calendar date Excel shows. */
export function dateText(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richTextOf(v: unknown): string | null {
  if (isObject(v) && Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  return null;
}

/** A raw ExcelJS value (or a formula's cached result) as a core CellValue. */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : { error: '#NUM!' };
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return dateText(raw);
  if (!isObject(raw)) return null;
  if (typeof raw.error === 'string') return { error: raw.error };
  const rich = richTextOf(raw);
  if (rich !== null) return rich;
  if ('formula' in raw || 'sharedFormula' in raw) {
    // A formula without a cached result reads as empty: we never compute formulas ourselves.
    return toCellValue(raw.result);
  }
  if ('hyperlink' in raw || 'text' in raw) {
    const text = raw.text;
    if (typeof text === 'string') return text;
    return toCellValue(text);
  }
  return null;
}

/** The cell's value; a merged area's value lives in its top-left cell only. */
export function cellValue(cell: Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return toCellValue(cell.value);
}

/** `=B2+B3` for a formula cell (shared formulas translated to this cell), else null. */
export function cellFormula(cell: Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/** The number format; General (no format), however a writer spells it, is null. */
export function cellNumberFormat(cell: Cell): string | null {
  const f = cell.numFmt;
  return typeof f === 'string' && f !== '' && f.toLowerCase() !== 'general' ? f : null;
}

// ---- fills -------------------------------------------------------------------------------------

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
    // The add-in's mark: its colour with a black pattern over it (PRINTABLE_MARK_FILLS in src/core/writeback.ts).
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

// ---- notes -------------------------------------------------------------------------------------

type NoteValue = string | ExcelJS.Comment;

function noteRuns(note: NoteValue | undefined): ExcelJS.RichText[] {
  if (note === undefined || note === null) return [];
  if (typeof note === 'string') return [{ text: note }];
  return (note.texts ?? []).map((t) => ({ ...t, text: typeof t.text === 'string' ? t.text : '' }));
}

export function noteText(cell: Cell): string | null {
  const runs = noteRuns(cell.note as NoteValue | undefined);
  if (runs.length === 0) return null;
  return runs.map((r) => r.text).join('');
}

/**
 * Sets a note's text. The runs of the existing note that the new text starts with are kept as
 * they are (a person's bold or coloured words stay so); only the rest is written as plain text.
 */
function setNote(cell: Cell, text: string | null): void {
  if (text === null) {
    // ExcelJS has no public way to delete a note. It keeps a loaded note twice: as the cell's
    // comment and inside the loaded value's model, which it writes out again; drop both.
    const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    inner._comment = undefined;
    if (inner._value?.model && 'comment' in inner._value.model) delete inner._value.model.comment;
    return;
  }
  const old = cell.note as NoteValue | undefined;
  const kept: ExcelJS.RichText[] = [];
  let at = 0;
  for (const run of noteRuns(old)) {
    if (run.text === '') continue;
    const rest = text.slice(at);
    if (rest.startsWith(run.text)) {
      kept.push(run);
      at += run.text.length;
    } else {
      let common = 0;
      while (common < run.text.length && common < rest.length && run.text[common] === rest[common]) common++;
      if (common > 0) {
        kept.push({ ...run, text: run.text.slice(0, common) });
        at += common;
      }
      break;
    }
  }
  if (at < text.length) kept.push({ text: text.slice(at) });
  if (kept.length === 1 && Object.keys(kept[0]).length === 1) {
    cell.note = kept[0].text;
    return;
  }
  const base: ExcelJS.Comment = typeof old === 'object' && old !== null ? { ...old } : {};
  cell.note = { ...base, texts: kept };
}

// ---- state -------------------------------------------------------------------------------------

export function cellState(cell: Cell): CellState {
  return {
    value: cellValue(cell),
    formula: cellFormula(cell),
    numberFormat: cellNumberFormat(cell),
    fill: encodeFill(cell.fill),
    note: noteText(cell),
  };
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isObject(a) && isObject(b)) return a.error === b.error;
  return a === b;
}

/** The raw ExcelJS value to store for a state's value. */
function rawValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'object') return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/**
 * Turns the clones of a shared formula whose master is this cell into formulas of their own, so
 * that changing the master does not break them.
 */
function unshareClones(cell: Cell): void {
  const v = cell.value as { shareType?: string } | null;
  if (!isObject(v) || v.shareType !== 'shared') return;
  cell.worksheet.eachRow((row) => {
    row.eachCell((other) => {
      const ov = other.value as { sharedFormula?: string; result?: unknown } | null;
      if (isObject(ov) && ov.sharedFormula === cell.address) {
        other.value = { formula: other.formula, result: ov.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}

/** Puts a cell in the given state, touching only the parts that differ from its current one. */
export function applyState(cell: Cell, state: CellState): void {
  const now = cellState(cell);
  if (now.formula !== state.formula || !sameValue(now.value, state.value)) {
    unshareClones(cell);
    if (state.formula !== null) {
      const result = rawValue(state.value);
      cell.value = {
        formula: state.formula.replace(/^=/, ''),
        ...(result === null ? {} : { result }),
      } as ExcelJS.CellFormulaValue;
    } else {
      cell.value = rawValue(state.value);
    }
  }
  // Styles may be shared between cells after loading: give this cell its own before changing it.
  if (now.numberFormat !== state.numberFormat || now.fill !== state.fill) {
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    if (now.numberFormat !== state.numberFormat) {
      if (state.numberFormat === null) delete style.numFmt;
      else style.numFmt = state.numberFormat;
    }
    if (now.fill !== state.fill) {
      const fill = decodeFill(state.fill);
      if (fill === undefined) delete style.fill;
      else style.fill = fill;
    }
    cell.style = style as ExcelJS.Style;
  }
  if (now.note !== state.note) setNote(cell, state.note);
}
