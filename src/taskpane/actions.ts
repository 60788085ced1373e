// What the pane asks of Excel. The real implementation loads the Excel adapter (and with it the
// scoring core) only when first needed, so the pane's first render does not wait for it.
import type { Lang } from '../core/types';
import type { NewSheet } from '../core/newSheet';
import type { LeftOut, RestoreOutcome, ScoreOptions, ScoreOutcome } from '../excel';

export interface PaneActions {
  score(opts: ScoreOptions): Promise<ScoreOutcome>;
  restore(opts: { lang: Lang }): Promise<RestoreOutcome>;
  select(address: string): Promise<void>;
  /** Adds a sheet to hand in (扣分明细, 评价结论); the name it got and what this Excel could not give it. */
  addSheet(sheet: NewSheet): Promise<{ name: string; leftOut: readonly LeftOut[] }>;
}

const adapter = () => import(/* webpackChunkName: "excel" */ '../excel');

export const excelActions: PaneActions = {
  score: async (opts) => (await adapter()).scoreActiveSheet(opts),
  restore: async (opts) => (await adapter()).restoreActiveSheet(opts),
  // Its own small chunk: a click on a listed cell loads no scoring (the pane may show a remembered result).
  select: async (address) => (await import(/* webpackChunkName: "select" */ '../excel/select')).selectCell(address),
  addSheet: async (sheet) => (await adapter()).addReportSheet(sheet),
};
