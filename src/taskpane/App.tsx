// The task pane's layout: the 评分 button first, then (loaded on demand) the result, a table at a time.
// The work against Excel — scoring and restore — is the useScoring hook's; what is handed in, useHandIn's.
import * as React from 'react';
import { Busy } from './Busy';
import type { Lang } from '../core/types';
import type { PaneActions } from './actions';
import type { Strings } from './strings';
import { tableName } from './tableName';
import { frameVariables } from './frameTheme';
import { useHandIn } from './useHandIn';
import { useScoring } from './useScoring';
import type { PaneStorage } from './view';

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
  /** Office's theme is dark (isDark). */
  readonly dark: boolean;
  readonly actions: PaneActions;
  /** Score as soon as the pane opens (the ribbon's 评分 button). */
  readonly scoreOnOpen?: boolean;
  /** Where the last result is kept, and under which key (the document). */
  readonly storage?: PaneStorage;
  readonly documentKey?: string;
}

export function App({ lang, strings: s, dark, actions, scoreOnOpen, storage, documentKey = 'default' }: AppProps) {
  const { task, views, fresh, consent, offer, appendReason, score, restore, toggleAppendReason, select, answerConsent } = useScoring({
    lang,
    strings: s,
    actions,
    scoreOnOpen,
    storage,
    documentKey,
  });
  const { exportSheet, saveDocx } = useHandIn({ strings: s, actions, task, documentKey });

  React.useEffect(() => {
    // For the browser test and the benchmark: when the pane first stood on screen.
    performance.mark?.('jixiao:first-render');
    // The result panel is fetched once the pane stands, not with it: 评分 then shows its result at once.
    const whenIdle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1));
    whenIdle(() => void Promise.all([loadFluent(), loadResultPanel()]));
  }, []);

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
  // The frame is plain elements styled by pane.css over the theme's variables (frameTheme): the first render
  // waits for no UI library. Fluent's provider, and its themes, come with the parts loaded later.
  return (
    <main className="pane" aria-labelledby="pane-title" style={frameVariables(dark)}>
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
          <Fluent dark={dark} lang={lang}>
            {offer.length > 0 && <OtherSheets sheets={offer} strings={s} disabled={busy} onScore={(sheet) => void score({ sheet })} />}
            {results}
            {consent && (
              <React.Suspense fallback={null}>
                <FormulaDialog
                  strings={s}
                  cells={consent.cells}
                  open={consent.open}
                  onAnswer={answerConsent}
                />
              </React.Suspense>
            )}
          </Fluent>
        </React.Suspense>
      )}
    </main>
  );
}
