// The task pane: the 评分 button first, then (loaded on demand) the result: total and grade, a bar
// per level-1 indicator, counts, deductions and errors whose click selects the cell, the 评价结论.
import * as React from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStaticStyles,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { PaneActions } from './actions';
import { STRINGS } from './strings';
import { forgetView, loadView, saveView, type ResultView } from './view';

const toView = async (...args: Parameters<typeof import('./toView').toView>) =>
  (await import(/* webpackChunkName: "excel" */ './toView')).toView(...args);

const ResultPanel = React.lazy(() => import(/* webpackChunkName: "result", webpackPrefetch: true */ './ResultPanel'));
const FormulaDialog = React.lazy(() => import(/* webpackChunkName: "dialog" */ './FormulaDialog'));

// No inline styles (the page's Content-Security-Policy forbids them): the body's margin is set here.
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: '12px 16px 24px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: '4px 0 4px' },
  intro: { color: tokens.colorNeutralForeground2, margin: '0 0 12px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  status: { minHeight: '20px', margin: '8px 0', color: tokens.colorNeutralForeground2 },
  hint: { margin: '8px 0 0', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface AppProps {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly actions: PaneActions;
  /** Score as soon as the pane opens (the ribbon's 评分 button). */
  readonly scoreOnOpen?: boolean;
  /** Where the last result is kept, and under which key (the document). */
  readonly storage?: Storage;
  readonly documentKey?: string;
}

type Busy = null | 'score' | 'restore';

interface Consent {
  readonly cells: readonly string[];
  /** The dialog stays mounted after it is answered, closed, so Fluent can undo its modal state. */
  readonly open: boolean;
}

export function App({ lang, theme, actions, scoreOnOpen, storage, documentKey = 'default' }: AppProps) {
  const s = STRINGS[lang];
  useBodyStyles();
  const styles = useStyles();
  const [view, setView] = React.useState<ResultView | null>(() => (scoreOnOpen ? null : loadView(storage, documentKey)));
  const [fresh, setFresh] = React.useState(false);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [status, setStatus] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);
  const [consent, setConsent] = React.useState<Consent | null>(null);

  const show = React.useCallback(
    (next: ResultView) => {
      setView(next);
      setFresh(true);
      saveView(storage, documentKey, next);
    },
    [storage, documentKey],
  );

  const score = React.useCallback(
    async (overwriteFormulas = false) => {
      setBusy('score');
      setProblem(null);
      setStatus(s.scoring);
      try {
        const outcome = await actions.score({ lang, overwriteFormulas });
        if (outcome.kind === 'refused') {
          setStatus('');
          setProblem(outcome.message);
          if (outcome.result) show(await toView(outcome.result));
          return;
        }
        const next = await toView(outcome.result);
        show(next);
        const skipped = outcome.notesSkipped?.length ? s.sentenceGap + s.notesSkipped(outcome.notesSkipped.join('、')) : '';
        setStatus(s.scored(next.total, next.grade) + s.sentenceGap + s.notesVia(outcome.notesVia) + skipped);
        if (outcome.formulaCells.length > 0 && !overwriteFormulas) setConsent({ cells: outcome.formulaCells, open: true });
      } catch (e) {
        setStatus('');
        setProblem(s.failed(e instanceof Error ? e.message : String(e)));
      } finally {
        setBusy(null);
      }
    },
    [actions, lang, s, show],
  );

  const restore = React.useCallback(async () => {
    setBusy('restore');
    setProblem(null);
    setStatus(s.restoring);
    try {
      const outcome = await actions.restore({ lang });
      if (outcome.kind === 'refused') {
        setStatus('');
        setProblem(outcome.message);
        return;
      }
      setView(null);
      forgetView(storage, documentKey);
      setStatus(outcome.kind === 'restored' ? s.restored(outcome.cells) : s.nothingToRestore);
    } catch (e) {
      setStatus('');
      setProblem(s.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(null);
    }
  }, [actions, lang, s, storage, documentKey]);

  const select = React.useCallback(
    async (address: string) => {
      // A cell of the scored sheet is named with its sheet, so Excel activates that sheet first.
      const qualified = address.includes('!') || !view ? address : `'${view.sheet.replace(/'/g, "''")}'!${address}`;
      try {
        await actions.select(qualified);
      } catch {
        setProblem(s.selectFailed(address));
      }
    },
    [actions, s, view],
  );

  React.useEffect(() => {
    // For the browser test and the benchmark: when the pane first stood on screen.
    performance.mark?.('jixiao:first-render');
  }, []);

  const started = React.useRef(false);
  React.useEffect(() => {
    if (scoreOnOpen && !started.current) {
      started.current = true;
      void score();
    }
  }, [scoreOnOpen, score]);

  return (
    <FluentProvider theme={theme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <main className={styles.root} aria-labelledby="pane-title">
        <h1 id="pane-title" className={styles.title}>
          {s.appTitle}
        </h1>
        <p className={styles.intro}>{s.intro}</p>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            size="large"
            disabled={busy !== null}
            onClick={() => void score()}
            data-testid="score"
          >
            {s.score}
          </Button>
          <Button disabled={busy !== null} onClick={() => void restore()} data-testid="restore">
            {s.restore}
          </Button>
          {busy && <Spinner size="tiny" aria-hidden="true" />}
        </div>
        {/* Excel may clear its undo stack when an add-in writes (OfficeDev/office-js#6170, #3788), and
            Ctrl+Z would undo our writes without our backup: 恢复 is the way back. */}
        <p className={styles.hint} data-testid="undo-hint">
          {s.undoHint}
        </p>
        <div className={styles.status} role="status" aria-live="polite" data-testid="status">
          {status}
        </div>
        {problem && (
          <MessageBar intent="error" data-testid="problem">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        {view && (
          <React.Suspense fallback={<Spinner size="small" label={s.loading} />}>
            <ResultPanel view={view} strings={s} fresh={fresh} onSelect={select} />
          </React.Suspense>
        )}
        {consent && (
          <React.Suspense fallback={null}>
            <FormulaDialog
              strings={s}
              cells={consent.cells}
              open={consent.open}
              onAnswer={(overwrite) => {
                setConsent((c) => (c ? { ...c, open: false } : c));
                if (overwrite) void score(true);
              }}
            />
          </React.Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
