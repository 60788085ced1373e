// What the pane shows, as plain data made from a ScoreResult: figures are already formatted
// strings (exact, from Decimal; scores with two decimals), so the view can be kept in localStorage and
// shown again when the pane is reopened with 查看结果 without scoring again.
// toView (which needs decimal.js and the conclusion) is in ./toView, loaded with the Excel adapter.
import type { Grade, Lang } from '../core/types';
import type { Report } from '../core/conclusion';
import type { PrintOutcome } from '../excel';

export interface GroupView {
  readonly name: string;
  readonly score: string;
  readonly points: string;
  /** points − score */
  readonly lost: string;
  readonly complete: boolean;
  /** Some of its scores are typed scores kept as typed, not checked. */
  readonly kept: boolean;
}

/** A cell the pane lists; a click selects it. */
export interface CellItem {
  /** A1 address on the indicator sheet (or on `sheet`, when given). */
  readonly cell: string;
  readonly sheet?: string;
  readonly indicator: string;
  /** What to say about it, without its cell (the list shows the cell once). */
  readonly text: string;
}

export interface DeductionItem extends CellItem {
  /** Points lost, two decimals. */
  readonly lost: string;
  /** The score is the typed one, kept as typed: a deduction the person made, not one computed. */
  readonly kept: boolean;
}

/** A typed score that differs from the computed one (与填写得分不一致). */
export interface ChangedItem extends CellItem {
  readonly typed: string;
  readonly computed: string;
}

export interface ManualItem extends CellItem {
  /** Its verdict contradicts the typed score: to review, not to score from nothing. */
  readonly review: boolean;
}

/** A cell whose explanation could not go into its note or comment: the pane has it. */
export interface NoteItem extends CellItem {
  /** `skipped`: Excel refused a comment on it (a person's old-style note is there); `left`: another user's earlier explanation stays. */
  readonly kind: 'skipped' | 'left';
}

/** A typed score kept as typed (保留填写得分), never shown as checked. */
export interface KeptItem extends CellItem {
  readonly score: string;
  /** Kept because the input that would verify it is missing (its text says which), not as a judgement. */
  readonly unverified: boolean;
  /** A score the rule can give; when not, the item says so (its text gives the reason). */
  readonly possible: boolean;
}

/** A row of the 扣分明细 sheet: a deduction or an error. */
export interface DetailRow {
  readonly kind: 'deduction' | 'error';
  readonly level1: string;
  readonly indicator: string;
  readonly points: number | null;
  readonly score: number | null;
  readonly lost: number | null;
  readonly reason: string;
  readonly cell: string;
  readonly sheet: string;
}

export interface ResultView {
  /** The shape of the stored view: an older one is not shown again. */
  readonly version: 6;
  readonly lang: Lang;
  readonly sheet: string;
  /**
   * Where the sheet holds several tables (a page holding two projects): this table's name as the table
   * gives it (its 项目名称, else its title row), or null where it gives none. Absent where it holds one.
   */
  readonly table?: { readonly title: string | null };
  readonly total: string;
  readonly maxTotal: string;
  /** When the points do not add up to 100: the share on which the grade is taken. */
  readonly gradedOn: string | null;
  readonly grade: Grade | null;
  readonly complete: boolean;
  /** Rows scored by their rules; the rows only kept are `kept` (核算 N 项，保留填写得分 M 项). */
  readonly computed: number;
  readonly groups: readonly GroupView[];
  readonly errors: readonly CellItem[];
  readonly changed: readonly ChangedItem[];
  readonly deductions: readonly DeductionItem[];
  readonly manual: readonly ManualItem[];
  readonly kept: readonly KeptItem[];
  /** Explanations that could not go into a note or comment (the adapter's notesSkipped, notesLeft). */
  readonly notes: readonly NoteItem[];
  readonly warnings: readonly CellItem[];
  readonly conclusion: string;
  /** The same report by section, for the Word document; null when no indicator was read. */
  readonly report: Report | null;
  readonly details: readonly DetailRow[];
  /** The workbook's other sheets that hold an indicator table. */
  readonly otherSheets: readonly string[];
  /** What scoring did to the print setup; null for a remembered view of an older scoring. */
  readonly print: PrintOutcome | null;
  /** Where the explanations stand on paper. */
  readonly reasonColumn: 'own' | 'appended' | 'none';
  /** ISO time of the scoring. */
  readonly at: string;
}

/** What the pane keeps between sessions: localStorage, or a part of it (partitioned). */
export type PaneStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * localStorage under Office.context.partitionKey: "add-ins should use" it to partition their data where the
 * host partitions storage (Excel on the web); it is undefined where the host does not, and the keys are then
 * as they were (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
export function partitioned(storage: Storage | undefined, partitionKey: string | undefined): PaneStorage | undefined {
  if (!storage || !partitionKey) return storage;
  return {
    getItem: (key) => storage.getItem(partitionKey + key),
    setItem: (key, value) => storage.setItem(partitionKey + key, value),
    removeItem: (key) => storage.removeItem(partitionKey + key),
  };
}

const STORE_KEY = 'jixiao-pingfen:last-result';

/** Keeps the last result per document (a view a table of the sheet), so 查看结果 can show it again. */
export function saveView(storage: PaneStorage | undefined, documentKey: string, views: readonly ResultView[]): void {
  try {
    storage?.setItem(`${STORE_KEY}:${documentKey}`, JSON.stringify(views));
  } catch {
    // Storage full or disabled: the pane simply has no memory.
  }
}

export function loadView(storage: PaneStorage | undefined, documentKey: string): readonly ResultView[] | null {
  try {
    const text = storage?.getItem(`${STORE_KEY}:${documentKey}`);
    if (!text) return null;
    const views = JSON.parse(text) as ResultView[];
    const shown = (view: ResultView) => view && view.version === 6 && typeof view.total === 'string' && Array.isArray(view.groups);
    return Array.isArray(views) && views.length > 0 && views.every(shown) ? views : null;
  } catch {
    return null;
  }
}

export function forgetView(storage: PaneStorage | undefined, documentKey: string): void {
  try {
    storage?.removeItem(`${STORE_KEY}:${documentKey}`);
  } catch {
    // nothing to forget
  }
}

const PREF_KEY = 'jixiao-pingfen:append-reason';

/** Whether the person asked for a 扣分原因 column on paper, per document. */
export function loadAppendReason(storage: PaneStorage | undefined, documentKey: string): boolean {
  try {
    return storage?.getItem(`${PREF_KEY}:${documentKey}`) === '1';
  } catch {
    return false;
  }
}

export function saveAppendReason(storage: PaneStorage | undefined, documentKey: string, on: boolean): void {
  try {
    if (on) storage?.setItem(`${PREF_KEY}:${documentKey}`, '1');
    else storage?.removeItem(`${PREF_KEY}:${documentKey}`);
  } catch {
    // no memory: the switch starts off next time
  }
}
