// The pane's work against Excel, as one hook: scoring (with the formula question and the sheets to offer
// when the active one holds no table), restore, the 扣分原因 column's switch, and selecting a listed cell;
// each runs through usePaneTask, and the last result is kept per document (view.ts). What the pane hands
// in (the sheets, the Word report) is useHandIn's, on the same task. App keeps the layout.
import * as React from 'react';
import type { Lang } from '../core/types';
import { sheetAddress } from '../core/cells';
import type { ScoreOutcome } from '../excel';
import type { PaneActions } from './actions';
import { loadScoring } from './scoringChunk';
import type { Strings } from './strings';
import { tableName } from './tableName';
import { usePaneTask, type PaneTask } from './usePaneTask';
import { forgetView, loadAppendReason, loadView, saveAppendReason, saveView, type PaneStorage, type ResultView } from './view';


export interface ScoringSetup {
  readonly lang: Lang;
  readonly strings: Strings;
  readonly actions: PaneActions;
  /** Score as soon as the pane opens (the ribbon's 评分 button). */
  readonly scoreOnOpen?: boolean;
  /** Where the last result is kept, and under which key (the document). */
  readonly storage?: PaneStorage;
  readonly documentKey: string;
}

export interface Scoring {
  readonly task: PaneTask;
  /** A view a table of the scored sheet, top down; null before any scoring. */
  readonly views: readonly ResultView[] | null;
  /** False while the views are the remembered result of an earlier scoring. */
  readonly fresh: boolean;
  /** 得分 cells holding formulas, to ask about; null when there is nothing to ask. */
  readonly consent: Consent | null;
  /** Sheets to offer when the active one holds no table. */
  readonly offer: readonly string[];
  readonly appendReason: boolean;
  score(opts?: { overwriteFormulas?: boolean; sheet?: string; appendReason?: boolean }): Promise<void>;
  restore(): Promise<void>;
  toggleAppendReason(on: boolean): void;
  select(address: string): Promise<void>;
  /** The formula question answered: overwrite (score again) or keep them. */
  answerConsent(overwrite: boolean): void;
}

export interface Consent {
  readonly cells: readonly string[];
  /** The dialog stays mounted after it is answered, closed, so Fluent can undo its modal state. */
  readonly open: boolean;
}

/** What the status line says after scoring: each table's total, the print setup, where the explanations went (and which are only in the pane). */
function scoredStatus(s: Strings, outcome: Extract<ScoreOutcome, { kind: 'scored' }>, views: readonly ResultView[]): string {
  const parts = views.map((view, i) => (views.length > 1 ? s.tableScored(tableName(s, view, i), view.total, view.grade) : s.scored(view.total, view.grade)));
  if (outcome.print.kind === 'set') parts.push(s.printSet(outcome.print.titleRows));
  parts.push(s.notesVia(outcome.notesVia));
  const notes = views.reduce((n, v) => n + v.notes.length, 0);
  if (notes) parts.push(s.notesListed(notes));
  return parts.join(s.sentenceGap);
}

export function useScoring({ lang, strings: s, actions, scoreOnOpen, storage, documentKey }: ScoringSetup): Scoring {
  const task = usePaneTask(s.failed, s.waitingForExcel);
  /** A view a table of the scored sheet, top down; null before any scoring. */
  const [views, setViews] = React.useState<readonly ResultView[] | null>(() => (scoreOnOpen ? null : loadView(storage, documentKey)));
  const [fresh, setFresh] = React.useState(false);
  const [consent, setConsent] = React.useState<Consent | null>(null);
  /** Sheets to offer when the active one holds no table. */
  const [offer, setOffer] = React.useState<readonly string[]>([]);
  const [appendReason, setAppendReason] = React.useState(() => loadAppendReason(storage, documentKey));

  const show = React.useCallback(
    (next: readonly ResultView[]) => {
      setViews(next);
      setFresh(true);
      saveView(storage, documentKey, next);
    },
    [storage, documentKey],
  );

  const score = React.useCallback(
    (opts: { overwriteFormulas?: boolean; sheet?: string; appendReason?: boolean } = {}) =>
      task.run('score', s.scoring, async () => {
        setOffer([]);
        const outcome = await actions.score({ lang, overwriteFormulas: opts.overwriteFormulas ?? false, appendReason: opts.appendReason ?? appendReason, ...(opts.sheet ? { sheet: opts.sheet } : {}) });
        const { toViews } = await loadScoring();
        // Refused, or cut short part-way (the message says what was written and that 恢复 undoes it).
        if (outcome.kind === 'refused' || outcome.kind === 'partial') {
          task.setProblem(outcome.message);
          setOffer(outcome.kind === 'refused' ? (outcome.otherSheets ?? []) : []);
          const results = outcome.kind === 'partial' ? outcome.results : outcome.result ? [outcome.result] : [];
          if (results.some((r) => r.rows.length)) show(toViews(results));
          return '';
        }
        const next = toViews(outcome.results, outcome);
        show(next);
        if (outcome.formulaCells.length > 0 && !opts.overwriteFormulas) setConsent({ cells: outcome.formulaCells, open: true });
        return scoredStatus(s, outcome, next);
      }),
    [actions, lang, s, show, task, appendReason],
  );

  const restore = React.useCallback(
    () =>
      task.run('restore', s.restoring, async () => {
        const outcome = await actions.restore({ lang });
        if (outcome.kind === 'refused' || outcome.kind === 'partial') {
          task.setProblem(outcome.message);
          return '';
        }
        setViews(null);
        forgetView(storage, documentKey);
        if (outcome.kind !== 'restored') return s.nothingToRestore;
        return [
          s.restored(outcome.cells),
          outcome.titleRowsKept ? s.titleRowsKept(outcome.titleRowsKept) : '',
          outcome.notesLeft?.length ? s.notesLeftAfterRestore(outcome.notesLeft.join(s.listSep)) : '',
        ]
          .filter(Boolean)
          .join(s.sentenceGap);
      }),
    [actions, lang, s, storage, documentKey, task],
  );

  const toggleAppendReason = React.useCallback(
    (on: boolean) => {
      setAppendReason(on);
      saveAppendReason(storage, documentKey, on);
      // The column is written (or taken away) by scoring the same sheet again.
      if (views) void score({ appendReason: on, sheet: views[0].sheet });
    },
    [storage, documentKey, views, score],
  );

  const select = React.useCallback(
    async (address: string) => {
      // A cell of the scored sheet is named with its sheet, so Excel activates that sheet first.
      const qualified = address.includes('!') || !views ? address : sheetAddress(views[0].sheet, address);
      try {
        await actions.select(qualified);
      } catch {
        task.setProblem(s.selectFailed(address));
      }
    },
    [actions, s, views, task],
  );

  const started = React.useRef(false);
  React.useEffect(() => {
    if (scoreOnOpen && !started.current) {
      started.current = true;
      void score();
    }
  }, [scoreOnOpen, score]);

  const answerConsent = React.useCallback(
    (overwrite: boolean) => {
      setConsent((c) => (c ? { ...c, open: false } : c));
      if (overwrite) void score({ overwriteFormulas: true });
    },
    [score],
  );

  return { task, views, fresh, consent, offer, appendReason, score, restore, toggleAppendReason, select, answerConsent };
}
