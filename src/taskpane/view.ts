// What the pane shows, as plain data made from a ScoreResult: figures are already formatted
// strings (exact, from Decimal), so the view can be kept in localStorage and shown again when the
// pane is reopened with 查看结果 without scoring again.
// toView (which needs decimal.js and the conclusion) is in ./toView, loaded with the Excel adapter.
import type { Grade, Lang } from '../core/types';

export interface GroupView {
  readonly name: string;
  readonly score: string;
  readonly points: string;
  /** points − score */
  readonly lost: string;
  readonly complete: boolean;
}

export interface CellItem {
  /** A1 address on the indicator sheet (or on `sheet`, when given). */
  readonly cell: string;
  readonly sheet?: string;
  readonly indicator: string;
  /** Points lost, for a deduction. */
  readonly lost?: string;
  readonly text: string;
}

export interface ResultView {
  readonly lang: Lang;
  readonly sheet: string;
  readonly total: string;
  readonly maxTotal: string;
  readonly grade: Grade | null;
  readonly complete: boolean;
  readonly groups: readonly GroupView[];
  readonly deductions: readonly CellItem[];
  readonly errors: readonly CellItem[];
  readonly manual: readonly CellItem[];
  readonly warnings: readonly CellItem[];
  readonly conclusion: string;
  /** ISO time of the scoring. */
  readonly at: string;
}

const STORE_KEY = 'jixiao-pingfen:last-result';

/** Keeps the last result per document, so 查看结果 can show it again. */
export function saveView(storage: Storage | undefined, documentKey: string, view: ResultView): void {
  try {
    storage?.setItem(`${STORE_KEY}:${documentKey}`, JSON.stringify(view));
  } catch {
    // Storage full or disabled: the pane simply has no memory.
  }
}

export function loadView(storage: Storage | undefined, documentKey: string): ResultView | null {
  try {
    const text = storage?.getItem(`${STORE_KEY}:${documentKey}`);
    if (!text) return null;
    const view = JSON.parse(text) as ResultView;
    return view && typeof view.total === 'string' && Array.isArray(view.groups) ? view : null;
  } catch {
    return null;
  }
}

export function forgetView(storage: Storage | undefined, documentKey: string): void {
  try {
    storage?.removeItem(`${STORE_KEY}:${documentKey}`);
  } catch {
    // nothing to forget
  }
}
