// A sheet the add-in adds for a person to print or hand in (扣分明细, 评价结论): its cells and how it
// prints, as plain data. The pane builds it, the Excel adapter writes it into a new sheet.

/** A cell: text, a number (shown with two decimals), a link to a cell of the workbook, or nothing. */
export type NewCell =
  | string
  | number
  | null
  | { readonly text: string; readonly link: { readonly sheet: string; readonly cell: string } };

export interface NewSheet {
  /** The sheet's name; `扣分明细(2)` and so on when a sheet of that name exists: none is overwritten. */
  readonly name: string;
  /** Column widths in points, and whether text wraps in each. */
  readonly columns: readonly { readonly width: number; readonly wrap: boolean }[];
  readonly rows: readonly (readonly NewCell[])[];
  /** Rows of the header at the top: bold, and repeated on every printed page. */
  readonly headerRows: number;
  /** Borders around every cell of the table (the header and the rows below it). */
  readonly borders: boolean;
  readonly orientation: 'Portrait' | 'Landscape';
  /** Rows printed bold besides the header (the 评价结论's section headings), zero-based. */
  readonly boldRows?: readonly number[];
}

/** The first name of `base`, `base(2)`, `base(3)` … that no sheet has (Excel compares names without case). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}(${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
