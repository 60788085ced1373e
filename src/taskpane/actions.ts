// What the pane asks of Excel. The real implementation loads the Excel adapter (and with it the
// scoring core) only when first needed, so the pane's first render does not wait for it.
import type { Lang } from '../core/types';
import type { RestoreOutcome, ScoreOutcome } from '../excel';

export interface PaneActions {
  score(opts: { lang: Lang; overwriteFormulas?: boolean }): Promise<ScoreOutcome>;
  restore(opts: { lang: Lang }): Promise<RestoreOutcome>;
  select(address: string): Promise<void>;
}

export const excelActions: PaneActions = {
  score: async (opts) => (await import(/* webpackChunkName: "excel" */ '../excel')).scoreActiveSheet(opts),
  restore: async (opts) => (await import(/* webpackChunkName: "excel" */ '../excel')).restoreActiveSheet(opts),
  select: async (address) => (await import(/* webpackChunkName: "excel" */ '../excel')).selectCell(address),
};
