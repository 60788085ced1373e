// The limits of the loading step, in one place (README.md, 安全与可靠 / Safety, states them), and
// what a refusal says.

export const LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Parts (files) inside the zip. */
  entries: 10_000,
  /** One part, unpacked. */
  partBytes: 100 * 1024 * 1024,
  /** All parts together, unpacked. */
  totalBytes: 200 * 1024 * 1024,
  /**
   * Row elements of one worksheet after trimming its empty tail (rows with content, and empty rows
   * between them). Tables run to a few hundred rows; at this limit and the cells', a workbook is
   * scored within the bounds of src/cli/bounds.ts with room to spare on a busy machine (README).
   */
  rows: 20_000,
  /** Cell elements of all worksheets (empty formatted cells count too: the reader makes an object of each). */
  cells: 200_000,
  /** Cells covered by the merged areas of all worksheets (a merged area is read row by row). */
  mergedCells: 500_000,
  /**
   * XML elements of all the parts the reader parses (sheets, shared strings, styles, notes, the
   * workbook and its relationships): each is an object while it is read. A sheet at the cell limit
   * has about 600,000.
   */
  elements: 2_000_000,
  /** Formatting-only rows kept after the last row with content; the rest are not loaded. */
  emptyTailRows: 1_000,
} as const;

export type GuardProblem =
  | 'too-large'
  | 'zip-bomb'
  | 'unsafe-xml'
  | 'unsafe-entry'
  | 'too-many-rows'
  | 'too-many-cells'
  | 'too-many-elements'
  | 'merge-too-large'
  | 'corrupt';

export interface GuardRefusal {
  readonly ok: false;
  readonly problem: GuardProblem;
  /** The part or sheet concerned, and the figures, for the message. */
  readonly part?: string;
  readonly count?: number;
  readonly limit?: number;
  readonly detail?: string;
  /** Worksheet part → sheet name, as far as known when refusing. */
  readonly sheetNames?: ReadonlyMap<string, string>;
}

export function refuse(problem: GuardProblem, extra: Omit<GuardRefusal, 'ok' | 'problem'> = {}): GuardRefusal {
  return { ok: false, problem, ...extra };
}
