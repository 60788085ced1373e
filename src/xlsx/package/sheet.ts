// One worksheet part, read in one pass for where its rows and cells stand and what each cell holds
// (its value's text, its formula, its merged areas), and changed cell by cell: a cell we write is
// replaced (or created, in column order, in its row, which is created in row order when missing).
// The few children of the worksheet scoring sets whole (its print setup, its columns) are replaced,
// or added where the schema puts them; every other byte of the part stays as it was.
import { cellKey, columnLetters, fromA1, toA1 } from '../../core';
import type { Area } from '../../core';
import { REL_NS, relationshipId } from './rels';
import { applySplices, attributePrefix, elementsOf, isTrue, prefixOf, scanXml, setAttributes, startTag } from './xml';
import type { Splice, XmlElement } from './xml';

export interface CellAt {
  readonly el: XmlElement;
  /** Zero-based. */
  readonly row: number;
  readonly col: number;
  /** Its `<f>` element, if any (its text collected). */
  readonly formula?: XmlElement;
  /** The text of its `<v>`, if any. */
  readonly value?: string;
  /** The text of its inline string (`<is>`: its `<t>`, or its runs' `<t>` joined; phonetic runs left out), if any. */
  readonly inline?: string;
}

/** A cell's new element (null: the cell taken away), as set. */
interface CellText {
  readonly row: number;
  readonly col: number;
  readonly text: string | null;
}

/** A row the file lacks, as written whole. */
interface NewRow {
  readonly row: number;
  readonly text: string;
}

interface RowAt {
  readonly el: XmlElement;
  readonly row: number;
  readonly cells: CellAt[];
}

/** A column's default style (`<col min max style>`), zero-based and inclusive. */
interface ColumnStyle {
  readonly from: number;
  readonly to: number;
  readonly style: number;
}

// A worksheet's children in the order ECMA-376 gives them (CT_Worksheet, §18.3.1.99): where a new one goes.
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Where a child stands in that order; writers wrap oleObjects and controls in AlternateContent. Unknown: -1. */
const rankOf = (local: string): number => WORKSHEET_ORDER.indexOf(local === 'AlternateContent' ? 'oleObjects' : local);

/** The children of the worksheet set whole: the print setup (sheetPr holds fitToPage), the used range, the columns. */
export type SheetChild = 'sheetPr' | 'dimension' | 'cols' | 'pageSetup';


/** The elements whose text a cell's content is read from. */
const CELL_TEXTS: ReadonlySet<string> = new Set(['v', 'f', 't']);

export class SheetPart {
  private readonly rows = new Map<number, RowAt>();
  private readonly rowOrder: RowAt[] = [];
  private columns: ColumnStyle[];
  /** The merged areas, as written (`A1:H1`). */
  readonly merges: string[] = [];
  /** Shared formulas by their `si`: every cell using one, the master (with `ref`) included. */
  private readonly shared = new Map<string, CellAt[]>();
  /** Array formulas over more than one cell (legacy `{=…}` and spilled dynamic ones): their range and the cell holding the formula. */
  private readonly arrays: { readonly range: string; readonly area: Area; readonly master: CellAt }[] = [];
  private root!: XmlElement;
  private readonly rootChildren: XmlElement[] = [];
  /** Absent in a sheet written without one (read as empty; created when a row is added). */
  private sheetData: XmlElement | undefined;
  /** The `<legacyDrawing r:id>` the sheet's notes are drawn by. */
  legacyDrawingId: string | undefined;
  private readonly cellTexts = new Map<string, CellText>();
  /** New `<f>` elements of cells whose own element stays (a shared formula's clones), by cell. */
  private readonly formulaTexts = new Map<string, { cell: CellAt; text: string }>();
  private newLegacyDrawing: string | undefined;
  private legacyDrawingRemoved = false;
  private readonly childTexts = new Map<SheetChild, string | null>();
  /** Rows' attributes changed (null removes one): a height scoring sets. */
  private readonly rowChanges = new Map<number, Record<string, string | null>>();
  /** Rows' start tags put back as the file held them (restore): verbatim, spans hints and all. */
  private readonly rowStarts = new Map<number, string>();

  constructor(readonly xml: string) {
    let currentRow: XmlElement | null = null;
    let rowNumber = -1;
    let colNumber = -1;
    let pending: CellAt[] = [];
    let lastFormula: XmlElement | undefined;
    let lastValue: string | undefined;
    let inline: string | undefined;
    const enterRow = (el: XmlElement) => {
      if (el === currentRow) return;
      currentRow = el;
      rowNumber = el.attributes.r !== undefined ? Number(el.attributes.r) - 1 : rowNumber + 1;
      colNumber = -1;
      pending = [];
    };
    scanXml(xml, (el) => {
      const parent = el.parent;
      if (el.local === 'c' && parent?.local === 'row') {
        enterRow(parent);
        const at = el.attributes.r !== undefined ? fromA1(el.attributes.r) : null;
        colNumber = at ? at.col : colNumber + 1;
        const formula = lastFormula;
        const value = lastValue;
        const text = inline;
        lastFormula = undefined;
        lastValue = undefined;
        inline = undefined;
        const cell: CellAt = {
          el,
          row: rowNumber,
          col: colNumber,
          ...(formula && formula.parent === el ? { formula } : {}),
          ...(value !== undefined ? { value } : {}),
          ...(text !== undefined ? { inline: text } : {}),
        };
        pending.push(cell);
        const f = cell.formula;
        if (f && f.attributes.t === 'shared' && f.attributes.si !== undefined) {
          const list = this.shared.get(f.attributes.si) ?? [];
          list.push(cell);
          this.shared.set(f.attributes.si, list);
        }
        const area = f && f.attributes.t === 'array' && f.attributes.ref !== undefined ? areaOf(f.attributes.ref) : null;
        if (area && (area.bottom > area.top || area.right > area.left)) this.arrays.push({ range: f!.attributes.ref, area, master: cell });
      } else if (el.local === 'f' && parent?.local === 'c') {
        lastFormula = el;
      } else if (el.local === 'v' && parent?.local === 'c') {
        lastValue = el.text;
      } else if (el.local === 't' && (parent?.local === 'is' || (parent?.local === 'r' && parent.parent?.local === 'is'))) {
        inline = (inline ?? '') + el.text;
      } else if (el.local === 'mergeCell' && el.attributes.ref !== undefined) {
        this.merges.push(el.attributes.ref);
      } else if (el.local === 'row' && parent?.local === 'sheetData') {
        enterRow(el);
        const row: RowAt = { el, row: rowNumber, cells: pending };
        pending = [];
        currentRow = null;
        this.rows.set(row.row, row);
        this.rowOrder.push(row);
      } else if (parent && parent.parent === null) {
        this.rootChildren.push(el);
        if (el.local === 'sheetData') this.sheetData = el;
        if (el.local === 'legacyDrawing') this.legacyDrawingId = relationshipId(el);
      } else if (parent === null) this.root = el;
    }, { textOf: CELL_TEXTS });
    this.columns = columnStyles(this.childXml('cols'));
  }

  private get prefix(): string {
    return prefixOf((this.sheetData ?? this.root).name);
  }

  /** Every cell element, row by row in the order written. */
  *cells(): IterableIterator<CellAt> {
    for (const row of this.rowOrder) yield* row.cells;
  }

  /** The cells of a shared formula (its `si`), its master among them. */
  sharedGroup(si: string): readonly CellAt[] {
    return this.shared.get(si) ?? [];
  }

  cell(row: number, col: number): CellAt | undefined {
    return this.rows.get(row)?.cells.find((c) => c.col === col);
  }

  /** The style a cell shows: its own `s`, else its row's (when custom), else its column's. */
  styleAt(row: number, col: number): number {
    const cell = this.cell(row, col);
    if (cell) return Number(cell.el.attributes.s ?? 0);
    const r = this.rows.get(row)?.el.attributes;
    if (r && r.customFormat === '1' && r.s !== undefined) return Number(r.s);
    return this.columns.find((c) => c.from <= col && col <= c.to)?.style ?? 0;
  }

  /**
   * The array formula over more than one cell that a cell belongs to (as its master or a member), or
   * undefined. Excel computes every member from the master's formula: a member cannot be changed alone.
   */
  arrayAt(row: number, col: number): { readonly range: string; readonly master: CellAt } | undefined {
    return this.arrays.find(({ area }) => area.top <= row && row <= area.bottom && area.left <= col && col <= area.right);
  }

  /** The cells sharing a formula with this one, when it is a shared formula's master. */
  sharedClones(cell: CellAt): CellAt[] {
    const f = cell.formula;
    if (!f || f.attributes.t !== 'shared' || f.attributes.ref === undefined) return [];
    return (this.shared.get(f.attributes.si) ?? []).filter((c) => c !== cell);
  }

  /** A row's start tag (`<row r="4" spans="1:8">`) as the file holds it; null where the sheet has no element for the row. */
  rowStart(row: number): string | null {
    const at = this.rows.get(row);
    return at ? this.xml.slice(at.el.start, at.el.openEnd) : null;
  }

  /** A row's attributes as they will be written: the file's, with the changes asked for; null where the sheet has no element for the row. */
  rowAttributes(row: number): Readonly<Record<string, string>> | null {
    const at = this.rows.get(row);
    if (!at) return null;
    const start = this.rowStarts.get(row);
    const out: Record<string, string> = { ...(start === undefined ? at.el.attributes : startAttributes(start)) };
    for (const [k, v] of Object.entries(this.rowChanges.get(row) ?? {})) {
      if (v === null) delete out[k];
      else out[k] = v;
    }
    return out;
  }

  /** Sets (or, null, removes) attributes of an existing row, its others kept in their order. */
  setRowAttributes(row: number, changes: Readonly<Record<string, string | null>>): void {
    if (!this.rows.has(row)) return;
    this.rowChanges.set(row, { ...this.rowChanges.get(row), ...changes });
  }

  /** Puts an existing row's start tag back as `start`, verbatim (one taken by rowStart). */
  setRowStart(row: number, start: string): void {
    if (!this.rows.has(row)) return;
    this.rowStarts.set(row, start);
    this.rowChanges.delete(row);
  }

  /** The height of a row without one of its own (`<sheetFormatPr defaultRowHeight>`), in points; Excel's 15 where the sheet states none. */
  get defaultRowHeight(): number {
    const height = Number(this.rootChildren.find((c) => c.local === 'sheetFormatPr')?.attributes.defaultRowHeight);
    return height > 0 ? height : 15;
  }

  /** The element text of a cell as it stands, or null when it has none. */
  cellXml(row: number, col: number): string | null {
    const cell = this.cell(row, col);
    return cell ? this.xml.slice(cell.el.start, cell.el.end) : null;
  }

  /**
   * Replaces the `<c>` of one cell by `text` (a complete `<c r="…">` element in this sheet's
   * prefix), or removes it (null).
   */
  setCell(row: number, col: number, text: string | null): void {
    this.cellTexts.set(cellKey(row, col), { row, col, text });
  }

  /** Replaces only the `<f>` element of a cell (turning a shared formula's clone into its own). */
  setFormulaElement(cell: CellAt, text: string): void {
    if (cell.formula) this.formulaTexts.set(cellKey(cell.row, cell.col), { cell, text });
  }

  /** Adds `<legacyDrawing r:id>` where the schema puts it. */
  addLegacyDrawing(id: string): void {
    this.newLegacyDrawing = id;
  }

  /** Takes the `<legacyDrawing>` away (its drawing is gone). */
  removeLegacyDrawing(): void {
    this.newLegacyDrawing = undefined;
    this.legacyDrawingRemoved = true;
  }

  /** Whether a change was asked for. */
  get changed(): boolean {
    return (
      this.cellTexts.size + this.formulaTexts.size + this.childTexts.size + this.rowChanges.size + this.rowStarts.size > 0 ||
      this.newLegacyDrawing !== undefined ||
      this.legacyDrawingRemoved
    );
  }

  /** Protected against changes (`<sheetProtection sheet="1">`, Excel's Review › Protect Sheet). */
  get isProtected(): boolean {
    return isTrue(this.rootChildren.find((el) => el.local === 'sheetProtection')?.attributes.sheet);
  }

  get elementPrefix(): string {
    return this.prefix;
  }

  /** The width a column without a `<col>` of its own has (`<sheetFormatPr defaultColWidth>`), in digits; null where the sheet states none. */
  get defaultColumnWidth(): number | null {
    const width = Number(this.rootChildren.find((c) => c.local === 'sheetFormatPr')?.attributes.defaultColWidth);
    return width > 0 ? width : null;
  }

  /** A child of the worksheet as it stands now (with the changes made so far), or null when it has none. */
  childXml(local: SheetChild): string | null {
    const changed = this.childTexts.get(local);
    if (changed !== undefined) return changed;
    const el = this.rootChildren.find((c) => c.local === local);
    return el ? this.xml.slice(el.start, el.end) : null;
  }

  /** Replaces a child of the worksheet by `text` (in this sheet's prefix), adds it in its place, or removes it (null). */
  setChild(local: SheetChild, text: string | null): void {
    this.childTexts.set(local, text);
    // A cell written later takes the style of its column as it will be.
    if (local === 'cols') this.columns = columnStyles(text);
  }

  /** The part with every change made, spliced into its text as read: every byte not changed stays. */
  toXml(): string {
    const splices: Splice[] = this.formulaSplices();
    const created = this.cellSplices(splices);
    const { newRows, startsDone } = this.insertionSplices(created.byRow, splices);
    splices.push(...this.rowStartSplices(startsDone), ...this.newRowSplices(newRows));
    // A cell created outside the used range the sheet states widens it.
    if (created.extent) this.widenDimension(created.extent);
    splices.push(...this.childSplices());
    return applySplices(this.xml, splices);
  }

  /** The new `<f>` of shared formulas' clones whose own element stays. */
  private formulaSplices(): Splice[] {
    const splices: Splice[] = [];
    for (const [key, { cell, text }] of this.formulaTexts) {
      // A clone that is itself rewritten needs no formula of its own.
      if (!this.cellTexts.has(key)) splices.push({ from: cell.formula!.start, to: cell.formula!.end, text });
    }
    return splices;
  }

  /**
   * Each cell the file has and that is written, replaced (or removed) in place; the cells created,
   * by row, and their extent (the used range the sheet states takes them in).
   */
  private cellSplices(splices: Splice[]): { byRow: Map<number, CellText[]>; extent: Area | null } {
    const byRow = new Map<number, CellText[]>();
    const extent = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
    for (const change of this.cellTexts.values()) {
      const existing = this.cell(change.row, change.col);
      if (existing) {
        splices.push({ from: existing.el.start, to: existing.el.end, text: change.text ?? '' });
        continue;
      }
      if (change.text === null) continue;
      extent.top = Math.min(extent.top, change.row);
      extent.left = Math.min(extent.left, change.col);
      extent.bottom = Math.max(extent.bottom, change.row);
      extent.right = Math.max(extent.right, change.col);
      const list = byRow.get(change.row) ?? [];
      list.push(change);
      byRow.set(change.row, list);
    }
    return { byRow, extent: extent.bottom >= 0 ? extent : null };
  }

  /**
   * The cells created, each in its row in column order (a row's `spans` hint widened to them); a row
   * the file lacks is new, to be placed in row order. Returns those rows, and the rows whose start tag
   * was written with their cells (a self-closing row opened).
   */
  private insertionSplices(byRow: ReadonlyMap<number, CellText[]>, splices: Splice[]): { newRows: NewRow[]; startsDone: Set<number> } {
    const p = this.prefix;
    const newRows: NewRow[] = [];
    const startsDone = new Set<number>();
    for (const [rowNumber, changes] of byRow) {
      changes.sort((a, b) => a.col - b.col);
      const row = this.rows.get(rowNumber);
      if (!row) {
        newRows.push({ row: rowNumber, text: `<${p}row r="${rowNumber + 1}">${changes.map((c) => c.text).join('')}</${p}row>` });
        continue;
      }
      if (row.el.selfClosing) {
        const open = startTag(row.el.name, this.rowAttributes(rowNumber)!);
        splices.push({ from: row.el.start, to: row.el.end, text: `${open}${changes.map((c) => c.text).join('')}</${row.el.name}>` });
        startsDone.add(rowNumber);
      } else {
        // Each new cell goes before the first cell to its right, else at the end of the row.
        const rowEnd = row.el.end - `</${row.el.name}>`.length;
        for (const change of changes) {
          const at = row.cells.find((c) => c.col > change.col)?.el.start ?? rowEnd;
          splices.push({ from: at, to: at, text: change.text! });
        }
        this.widenSpans(rowNumber, row, changes[0].col + 1, changes[changes.length - 1].col + 1);
      }
    }
    return { newRows, startsDone };
  }

  /** A row's `spans` hint taking in columns `first` to `last` (one-based); a start tag put back verbatim keeps its own. */
  private widenSpans(rowNumber: number, row: RowAt, first: number, last: number): void {
    const spans = row.el.attributes.spans;
    if (spans === undefined || this.rowStarts.has(rowNumber)) return;
    const [a, b] = spans.split(':').map(Number);
    if (Number.isFinite(a) && Number.isFinite(b) && (first < a || last > b)) {
      this.rowChanges.set(rowNumber, { ...this.rowChanges.get(rowNumber), spans: `${Math.min(a, first)}:${Math.max(b, last)}` });
    }
  }

  /** Each row's start tag changed once: its attributes (a height, a widened hint), or put back verbatim. */
  private rowStartSplices(startsDone: ReadonlySet<number>): Splice[] {
    const splices: Splice[] = [];
    for (const [rowNumber, start] of this.rowStarts) {
      const row = this.rows.get(rowNumber)!;
      if (!startsDone.has(rowNumber)) splices.push({ from: row.el.start, to: row.el.openEnd, text: start });
    }
    for (const [rowNumber, changes] of this.rowChanges) {
      const row = this.rows.get(rowNumber)!;
      if (!startsDone.has(rowNumber) && !this.rowStarts.has(rowNumber)) splices.push(setAttributes(row.el, changes));
    }
    return splices;
  }

  /** The rows the file lacks, each before the first row below it, else at the end of `<sheetData>` (made when there is none). */
  private newRowSplices(newRows: NewRow[]): Splice[] {
    const splices: Splice[] = [];
    newRows.sort((a, b) => a.row - b.row);
    for (const nr of newRows) {
      const next = this.rowOrder.find((r) => r.row > nr.row);
      if (next) splices.push({ from: next.el.start, to: next.el.start, text: nr.text });
      else if (this.sheetData && !this.sheetData.selfClosing) {
        const at = this.sheetData.end - `</${this.sheetData.name}>`.length;
        splices.push({ from: at, to: at, text: nr.text });
      }
      // Else the only change to an empty sheet (or one without sheetData): written below as one splice.
    }
    const data = this.sheetData;
    if (newRows.length && (!data || data.selfClosing)) {
      const rows = newRows.map((r) => r.text).join('');
      if (data) splices.push({ from: data.start, to: data.end, text: `${startTag(data.name, data.attributes)}${rows}</${data.name}>` });
      else {
        const at = this.placeFor('sheetData');
        splices.push({ from: at, to: at, text: `<${this.prefix}sheetData>${rows}</${this.prefix}sheetData>` });
      }
    }
    return splices;
  }

  /** The `<dimension>` the sheet states, widened to take in the cells created. */
  private widenDimension(extent: Area): void {
    const dimension = this.childXml('dimension');
    if (dimension === null) return;
    const el = elementsOf(dimension)[0];
    const ref = widenedRef(widenedRef(el.attributes.ref ?? '', extent.bottom, extent.right), extent.top, extent.left);
    if (ref !== el.attributes.ref) this.childTexts.set('dimension', applySplices(dimension, [setAttributes(el, { ref })]));
  }

  /** The children set whole, in schema order, then the notes' drawing added or taken away: it follows them all, and new ones may share a place. */
  private childSplices(): Splice[] {
    const splices: Splice[] = [];
    for (const local of [...this.childTexts.keys()].sort((a, b) => rankOf(a) - rankOf(b))) splices.push(this.childSplice(local, this.childTexts.get(local)!));
    if (this.newLegacyDrawing !== undefined) splices.push(this.legacyDrawingSplice(this.newLegacyDrawing));
    const drawing = this.legacyDrawingRemoved ? this.rootChildren.find((el) => el.local === 'legacyDrawing') : undefined;
    if (drawing) splices.push({ from: drawing.start, to: drawing.end, text: '' });
    return splices;
  }

  private legacyDrawingSplice(id: string): Splice {
    const r = attributePrefix(this.root, REL_NS, 'r');
    const at = this.placeFor('legacyDrawing');
    return { from: at, to: at, text: `<${this.prefix}legacyDrawing${r.declaration} ${r.prefix}:id="${id}"/>` };
  }

  private childSplice(local: SheetChild, text: string | null): Splice {
    const el = this.rootChildren.find((c) => c.local === local);
    if (el) return { from: el.start, to: el.end, text: text ?? '' };
    const at = this.placeFor(local);
    return { from: at, to: at, text: text ?? '' };
  }

  /** Where a new child goes: before the first child the schema puts after it, else at the end. */
  private placeFor(local: string): number {
    const rank = rankOf(local);
    const next = this.rootChildren.find((el) => rankOf(el.local) > rank);
    return next ? next.start : this.root.end - `</${this.root.name}>`.length;
  }
}

/** The attributes of a start tag taken from a part (`<row r="4" ht="30">`), closed to be read. */
export function startAttributes(start: string): Record<string, string> {
  const name = start.slice(1).split(/[\s/>]/, 1)[0];
  return elementsOf(start.endsWith('/>') ? start : `${start}</${name}>`)[0].attributes;
}

/** A range (`A1:H26`) widened to take in a cell, zero-based; as it is when it already does or does not parse. */
export function widenedRef(ref: string, row: number, col: number): string {
  const [a, b = a] = ref.split(':');
  const tl = fromA1(a);
  const br = fromA1(b);
  if (!tl || !br || (row <= br.row && col <= br.col && row >= tl.row && col >= tl.col)) return ref;
  return `${toA1(Math.min(tl.row, row), Math.min(tl.col, col))}:${columnLetters(Math.max(br.col, col))}${Math.max(br.row, row) + 1}`;
}

/** A range (`G3:G6`, `G3`) as a zero-based area; null when it does not parse. */
export function areaOf(range: string): Area | null {
  const [a, b = a] = range.split(':');
  const tl = fromA1(a);
  const br = fromA1(b);
  if (!tl || !br) return null;
  return { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
}

/** The column styles a `<cols>` gives (`<col min max style>`), zero-based. */
function columnStyles(cols: string | null): ColumnStyle[] {
  if (cols === null) return [];
  return elementsOf(cols)
    .filter((el) => el.local === 'col' && el.attributes.style !== undefined)
    .map((el) => ({ from: Number(el.attributes.min) - 1, to: Number(el.attributes.max) - 1, style: Number(el.attributes.style) }));
}
