// The task pane: the 评分 button first, then (loaded on demand) the result. Every task against Excel
// (score, restore, write a sheet) runs through one hook that keeps the buttons waiting, the status line
// and the error bar (usePaneTask).
import * as React from 'react';
import type { Theme } from '@fluentui/react-components';
import { Busy } from './Busy';
import type { Lang } from '../core/types';
import { sheetAddress } from '../core/cells';
import type { ScoreOutcome } from '../excel';
import type { PaneActions } from './actions';
import type { Strings } from './strings';
import { themeVariables } from './themeVariables';
import { usePaneTask } from './usePaneTask';
import { forgetView, loadAppendReason, loadView, saveAppendReason, saveView, type PaneStorage, type ResultView } from './view';

const scoring = () => import(/* webpackChunkName: "excel" */ './scoring');
/** The Word document's builder and the docx package: a chunk loaded when the button is pressed. */
const wordReport = () => import(/* webpackChunkName: "docx" */ './wordReport');

// Fluent UI comes with what the pane loads after its first render: its provider and the result, in one chunk.
const loadFluent = () => import(/* webpackChunkName: "result" */ './Fluent');
const Fluent = React.lazy(loadFluent);
const loadResultPanel = () => import(/* webpackChunkName: "result" */ './ResultPanel');
const ResultPanel = React.lazy(loadResultPanel);
const FormulaDialog = React.lazy(() => import(/* webpackChunkName: "dialog" */ './FormulaDialog'));
const OtherSheets = React.lazy(() => import(/* webpackChunkName: "result" */ './result/OtherSheets'));

export interface AppProps {
  readonly lang: Lang;
  /** The pane's strings in `lang` (loadStrings). */
  readonly strings: Strings;
  readonly theme: Theme;
  readonly actions: PaneActions;
  /** Score as soon as the pane opens (the ribbon's 评分 button). */
  readonly scoreOnOpen?: boolean;
  /** Where the last result is kept, and under which key (the document). */
  readonly storage?: PaneStorage;
  readonly documentKey?: string;
}

interface Consent {
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

/** A table's heading where the sheet holds several: its name as it gives it, else its place on the sheet. */
function tableName(s: Strings, view: ResultView, i: number): string {
  return view.table?.title ?? s.tableNumber(i + 1);
}

export function App({ lang, strings: s, theme, actions, scoreOnOpen, storage, documentKey = 'default' }: AppProps) {
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
        const { toViews } = await scoring();
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

  const exportSheet = React.useCallback(
    (view: ResultView, what: 'details' | 'conclusion') =>
      task.run('write', s.writing, async () => {
        const { detailSheet, conclusionSheet } = await scoring();
        const { name, leftOut } = await actions.addSheet(what === 'details' ? detailSheet(view, s) : conclusionSheet(view, s));
        const without = { links: s.writtenWithoutLinks, print: s.writtenWithoutPrint };
        return [s.written(name), ...leftOut.map((l) => without[l])].join(s.sentenceGap);
      }),
    [actions, s, task],
  );

  const saveDocx = React.useCallback(
    (view: ResultView) =>
      task.run('write', s.savingDocx, async () => {
        if (!view.report) return '';
        const { reportFileName, saveReportDocx } = await wordReport();
        const file = reportFileName(documentKey, view.sheet);
        const bytes = await saveReportDocx(view.report, view.sheet, file, new Date());
        return s.savedDocx(file, (bytes.length / 1024).toFixed(1));
      }),
    [documentKey, s, task],
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

  React.useEffect(() => {
    // For the browser test and the benchmark: when the pane first stood on screen.
    performance.mark?.('jixiao:first-render');
    // The result panel is fetched once the pane stands, not with it: 评分 then shows its result at once.
    const whenIdle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1));
    whenIdle(() => void Promise.all([loadFluent(), loadResultPanel()]));
  }, []);

  const started = React.useRef(false);
  React.useEffect(() => {
    if (scoreOnOpen && !started.current) {
      started.current = true;
      void score();
    }
  }, [scoreOnOpen, score]);

  const busy = task.busy !== null;
  const results = views?.map((view, i) => {
    const panel = (
      <ResultPanel
        view={view}
        strings={s}
        fresh={fresh}
        busy={busy}
        appendReason={appendReason}
        onSelect={select}
        onScoreSheet={(sheet) => void score({ sheet })}
        onAppendReason={toggleAppendReason}
        onExport={(what) => void exportSheet(view, what)}
        onSaveDocx={() => void saveDocx(view)}
      />
    );
    // One table: its result as it always was. Several: each under its own heading.
    return views.length === 1 ? (
      <React.Fragment key={i}>{panel}</React.Fragment>
    ) : (
      <section key={i} className="pane__table" aria-labelledby={`table-${i}`} data-testid="table">
        <h2 id={`table-${i}`} className="pane__table-title">
          {tableName(s, view, i)}
        </h2>
        {panel}
      </section>
    );
  });
  // The frame is plain elements styled by pane.css over the theme's variables (themeVariables): the first
  // render waits for no UI library. Fluent's provider comes with the parts loaded later.
  return (
    <main className="pane" aria-labelledby="pane-title" style={themeVariables(theme)}>
      <h1 id="pane-title" className="pane__title">
        {s.appTitle}
      </h1>
      <p className="pane__intro">{s.intro}</p>
      <div className="pane__actions">
        <button type="button" className="pane__button pane__button--primary" disabled={busy} onClick={() => void score()} data-testid="score">
          {s.score}
        </button>
        <button type="button" className="pane__button" disabled={busy} onClick={() => void restore()} data-testid="restore">
          {s.restore}
        </button>
        {busy && <Busy />}
      </div>
      {/* Excel may clear its undo stack when an add-in writes (OfficeDev/office-js#6170, #3788), and
          Ctrl+Z would undo our writes without our backup: 恢复 is the way back. */}
      <p className="pane__hint" data-testid="undo-hint">
        {s.undoHint}
      </p>
      <div className="pane__status" role="status" aria-live="polite" data-testid="status">
        {task.status}
      </div>
      {task.problem && (
        <div className="pane__problem" role="alert" data-testid="problem">
          {task.problem}
        </div>
      )}
      {(offer.length > 0 || results || consent) && (
        <React.Suspense fallback={results ? <Busy label={s.loading} /> : null}>
          <Fluent theme={theme} lang={lang}>
            {offer.length > 0 && <OtherSheets sheets={offer} strings={s} disabled={busy} onScore={(sheet) => void score({ sheet })} />}
            {results}
            {consent && (
              <React.Suspense fallback={null}>
                <FormulaDialog
                  strings={s}
                  cells={consent.cells}
                  open={consent.open}
                  onAnswer={(overwrite) => {
                    setConsent((c) => (c ? { ...c, open: false } : c));
                    if (overwrite) void score({ overwriteFormulas: true });
                  }}
                />
              </React.Suspense>
            )}
          </Fluent>
        </React.Suspense>
      )}
    </main>
  );
}
