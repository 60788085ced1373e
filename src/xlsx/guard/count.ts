// Counting what a part will cost the reader, from the XML parser's own events (saxes, as the reader
// uses), so that what is counted is what will be read: a row is a `row` element under `sheetData`
// whatever its prefix, a merged area is a `mergeCell` whatever the spaces in its tag. Counting stops
// at the first figure past its limit.
import { SaxesParser } from 'saxes';
import { LIMITS, refuse, type GuardRefusal } from './limits';

/** Formatting-only rows that were not loaded, per worksheet part. */
export interface TrimmedTail {
  readonly part: string;
  /** One-based row number of the first row not loaded. */
  readonly firstRow: number;
  /** Row elements not loaded. */
  readonly rows: number;
}

/** What the parts counted so far add up to, across the workbook. */
export interface Counted {
  cells: number;
  merged: number;
  elements: number;
}

/** Raised inside a parser's handler to stop at the first figure past its limit. */
class Stop {
  constructor(readonly refusal: GuardRefusal) {}
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** `B12` → { row: 12, col: 2 } (one-based); null for anything else. */
function ref(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(text);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** Cells a merged range (`A1:H2`) covers; 0 for a range that is not one. */
export function rangeCells(range: string): number {
  const [a, b = a] = range.trim().split(':');
  const tl = ref(a);
  const br = ref(b);
  if (!tl || !br) return 0;
  return (Math.abs(br.row - tl.row) + 1) * (Math.abs(br.col - tl.col) + 1);
}

/** Parses the text (whole, or in pieces), handing each element's start and end to the handlers; a parse error is the part's refusal. */
function parse(
  part: string,
  xml: string | Iterable<string>,
  on: { open?(local: string, attributes: Record<string, string>, parser: SaxesParser): void; close?(local: string, parser: SaxesParser): void },
): GuardRefusal | null {
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw new Stop(refuse('corrupt', { part, detail: e.message }));
  });
  if (on.open) parser.on('opentag', (tag) => on.open!(localName(tag.name), tag.attributes as Record<string, string>, parser));
  if (on.close) parser.on('closetag', (tag) => on.close!(localName(tag.name), parser));
  try {
    for (const piece of typeof xml === 'string' ? [xml] : xml) parser.write(piece);
    parser.close();
  } catch (e) {
    if (e instanceof Stop) return e.refusal;
    throw e;
  }
  return null;
}

function countElement(part: string, counted: Counted): void {
  if (++counted.elements > LIMITS.elements) throw new Stop(refuse('too-many-elements', { part, count: counted.elements, limit: LIMITS.elements }));
}

/** Counts a part's elements against the limit (the shared strings, the style sheet, notes, the workbook). */
export function countElements(part: string, xml: string | Iterable<string>, counted: Counted): GuardRefusal | null {
  return parse(part, xml, { open: () => countElement(part, counted) });
}

/**
 * Counts one worksheet part, read in pieces: its rows, cells and merged cells; and cuts the
 * formatting-only rows trailing after its last row with content down to LIMITS.emptyTailRows (then
 * the part's text, as it will be read, is returned; the pieces joined, so that the parser's
 * positions are positions in it). A sheet refused is never held as one string.
 */
export function countWorksheet(part: string, pieces: () => Iterable<string>, counted: Counted): { trimmed?: { xml: string; tail: TrimmedTail } } | GuardRefusal {
  const stack: string[] = [];
  let rows = 0;
  // The current row: its cells and whether any holds a value, a formula or a string.
  let rowCells = 0;
  let content = false;
  let rowNumber = 0;
  let lastRow = 0;
  // Row elements after the last one with content: how many, their cells, where the cut goes.
  let tailRows = 0;
  let tailCells = 0;
  let tailKeptCells = 0;
  let tailFirstRow = 0;
  let cut = -1;
  let firstCut = 0;
  // Where the parser stood on closing sheetData (its closing tag ends there).
  let dataClosed = -1;
  let largest = '';
  let largestCells = 0;
  let merged = 0;
  const over = (problem: 'too-many-rows' | 'too-many-cells', count: number) =>
    new Stop(refuse(problem, { part, count, limit: problem === 'too-many-rows' ? LIMITS.rows : LIMITS.cells }));
  const refusal = parse(part, pieces(), {
    open(local, a) {
      countElement(part, counted);
      const parent = stack[stack.length - 1];
      stack.push(local);
      if (local === 'row' && parent === 'sheetData') {
        rowCells = 0;
        content = false;
        rowNumber = a.r !== undefined ? Number(a.r) : lastRow + 1;
        lastRow = rowNumber;
      } else if (local === 'c' && parent === 'row') rowCells++;
      else if ((local === 'v' || local === 'f' || local === 'is') && parent === 'c') content = true;
      else if (local === 'mergeCell' && a.ref !== undefined) {
        const n = rangeCells(a.ref);
        merged += n;
        if (n > largestCells) {
          largestCells = n;
          largest = a.ref.trim();
        }
        if (counted.merged + merged > LIMITS.mergedCells) throw new Stop(refuse('merge-too-large', { part, count: merged, limit: LIMITS.mergedCells, detail: largest }));
      }
    },
    close(local, parser) {
      stack.pop();
      if (local === 'sheetData') dataClosed = parser.position;
      if (local !== 'row' || stack[stack.length - 1] !== 'sheetData') return;
      rows++;
      if (content) {
        // The empty rows before this one are not a tail after all: their cells count.
        counted.cells += tailCells + rowCells;
        tailRows = 0;
        tailCells = 0;
        tailKeptCells = 0;
        cut = -1;
        // Refused as soon as a row with content passes the limit: a million-row sheet is turned away
        // at its 50,001st row, without reading the rest.
        if (rows > LIMITS.rows) throw over('too-many-rows', rows);
      } else {
        if (tailRows === 0) tailFirstRow = rowNumber;
        tailCells += rowCells;
        if (tailRows < LIMITS.emptyTailRows) tailKeptCells += rowCells;
        tailRows++;
        if (tailRows === LIMITS.emptyTailRows) cut = parser.position;
        if (tailRows === LIMITS.emptyTailRows + 1) firstCut = rowNumber;
      }
      if (counted.cells > LIMITS.cells) throw over('too-many-cells', counted.cells);
    },
  });
  if (refusal) return refusal;
  counted.merged += merged;
  counted.cells += tailKeptCells;
  if (counted.cells > LIMITS.cells) return refuse('too-many-cells', { part, count: counted.cells, limit: LIMITS.cells });
  if (tailRows <= LIMITS.emptyTailRows || cut < 0 || dataClosed < 0) return {};
  const xml = [...pieces()].join('');
  const dataEnd = xml.lastIndexOf('<', dataClosed - 1);
  return {
    trimmed: {
      xml: xml.slice(0, cut) + xml.slice(dataEnd),
      tail: { part, firstRow: firstCut || tailFirstRow + LIMITS.emptyTailRows, rows: tailRows - LIMITS.emptyTailRows },
    },
  };
}
