// The web page: drop or pick workbooks (or a folder), score them in workers with the command line's
// code, look at each in the pane's own result view, download the scored files, a folder's zip with
// 汇总.xlsx, or a restored file.
import * as React from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, ProgressBar, Switch, mergeClasses, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { DEFAULT_BOUNDS } from '../cli/bounds';
import { STRINGS } from '../taskpane/strings/all';
import type { PageOptions } from './jobs';
import { PAGE_STRINGS } from './strings';
import { Cancelled, TimedOut, WorkerPool } from './workers';
import { collectDropped, collectPicked, type Picked } from './picked';
import { downloadBytes } from '../taskpane/download';
import { stateText, totalOf, type Entry, type Restored } from './entries';
import { FileDetail } from './FileDetail';
import { PickButton } from './PickButton';
import { useBodyStyles, useStyles } from './styles';

/** Workers: one per core but one (the page's own thread draws), at most four. */
const WORKERS = Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
/** The command line's bound for one file: past it, its worker is ended. */
const FILE_MS = DEFAULT_BOUNDS.ms;

/** The run's clock: `#epoch=<seconds>` in the address fixes it, as SOURCE_DATE_EPOCH fixes the command line's; else now. */
export function runClock(hash: string): () => number {
  const fixed = /(?:^#|&)epoch=(\d{1,12})(?:&|$)/.exec(hash);
  return fixed ? () => Number(fixed[1]) * 1000 : () => Date.now();
}

export interface WebAppProps {
  readonly initialLang: Lang;
  readonly initialDark: boolean;
}

export function WebApp({ initialLang, initialDark }: WebAppProps) {
  useBodyStyles();
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [dark, setDark] = React.useState(initialDark);
  const [overwriteFormulas, setOverwriteFormulas] = React.useState(false);
  const [docx, setDocx] = React.useState(true);
  const [entries, setEntries] = React.useState<readonly Entry[]>([]);
  const [restored, setRestored] = React.useState<readonly Restored[]>([]);
  const [selected, setSelected] = React.useState<number | null>(null);
  const [sorted, setSorted] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [at, setAt] = React.useState(0);
  const [folder, setFolder] = React.useState(false);
  const pool = React.useMemo(() => new WorkerPool(WORKERS, FILE_MS), []);
  const nextKey = React.useRef(1);
  const p = PAGE_STRINGS[lang];
  const s = STRINGS[lang];

  React.useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
    document.title = p.title;
  }, [lang, p]);

  React.useEffect(() => {
    // For the browser test and the benchmark: when the page first stood on screen.
    performance.mark?.('jixiao:first-render');
  }, []);

  const update = React.useCallback((key: number, change: Partial<Entry>) => setEntries((all) => all.map((e) => (e.key === key ? { ...e, ...change } : e))), []);

  const scoreAll = React.useCallback(
    (picked: readonly Picked[], asFolder: boolean, options: PageOptions) => {
      const fresh: Entry[] = picked.map((f) => ({ key: nextKey.current++, picked: f, state: 'waiting', result: null }));
      setEntries(fresh);
      setSelected(fresh[0]?.key ?? null);
      setFolder(asFolder);
      setAt(options.at);
      setNotice(fresh.length ? null : p.noWorkbooks);
      for (const e of fresh) {
        const problem = e.picked.notInPage ? PAGE_STRINGS[options.lang].notInPage(e.picked.shown) : undefined;
        pool
          .run<'score'>(async () => {
            update(e.key, { state: 'working' });
            const bytes = problem === undefined ? new Uint8Array(await e.picked.file.arrayBuffer()) : new Uint8Array();
            return { request: { kind: 'score', shown: e.picked.shown, bytes, options, summaryIfOurs: e.picked.summaryIfOurs, ...(problem !== undefined ? { problem } : {}) }, transfer: [bytes.buffer] };
          })
          .then(
            (result) => (result ? update(e.key, { state: 'done', result }) : setEntries((all) => all.filter((x) => x.key !== e.key))),
            async (why: Error) => {
              if (why instanceof Cancelled) return update(e.key, { state: 'cancelled' });
              // Stopped at its bound, or a fault of ours: that file's error, the others go on.
              const result = await pool.run<'stopped'>(async () => ({ request: { kind: 'stopped', shown: e.picked.shown, lang: options.lang } }));
              update(e.key, { state: 'done', result: why instanceof TimedOut ? result : { ...result, messages: [p.failed(why.message)] } });
            },
          );
      }
    },
    [pool, update, p],
  );

  const clock = React.useMemo(() => runClock(window.location.hash), []);
  const options = (): PageOptions => ({ lang, overwriteFormulas, explainColumn: false, docx, at: clock() });

  const take = async (picking: Promise<{ picked: Picked[]; folder: boolean }>) => {
    pool.cancel();
    const { picked, folder: asFolder } = await picking;
    scoreAll(picked, asFolder, options());
  };

  const rescore = (entry: Entry, explainColumn: boolean) => {
    const opts = { ...options(), at, explainColumn };
    update(entry.key, { state: 'working' });
    pool
      .run<'score'>(async () => {
        const bytes = new Uint8Array(await entry.picked.file.arrayBuffer());
        return { request: { kind: 'score', shown: entry.picked.shown, bytes, options: opts }, transfer: [bytes.buffer] };
      })
      .then(
        (result) => update(entry.key, { state: 'done', ...(result ? { result } : {}) }),
        () => update(entry.key, { state: 'done' }),
      );
  };

  const restore = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const key = nextKey.current++;
      const answer = await pool.run<'restore'>(async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        return { request: { kind: 'restore', shown: file.name, bytes, lang }, transfer: [bytes.buffer] };
      });
      setRestored((all) => [...all, { key, shown: file.name, file: answer.kind === 'restored' ? answer.file : null, message: answer.kind === 'restored' ? null : answer.message }]);
    }
  };

  const downloadAll = async () => {
    const results = entries.flatMap((e) => (e.result ? [e.result] : []));
    const summary = await pool.run<'summary'>(async () => ({ request: { kind: 'summary', rows: results.flatMap((r) => r.rows), lang, at } }));
    const files = [...results.flatMap((r) => [r.scored, r.docx].flatMap((f) => (f ? [f] : []))), summary];
    const zip = await pool.run<'zip'>(async () => ({ request: { kind: 'zip', files: files.map((f) => ({ name: f.name, bytes: f.bytes.slice() })), at } }));
    downloadBytes(p.zipName, zip);
  };

  const done = entries.filter((e) => e.state === 'done').length;
  const running = entries.some((e) => e.state === 'waiting' || e.state === 'working');
  const shown = sorted ? [...entries].sort((a, b) => (totalOf(b) ?? -1) - (totalOf(a) ?? -1)) : entries;
  const current = entries.find((e) => e.key === selected) ?? null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <main className={styles.root} aria-labelledby="page-title">
        <header className={styles.header}>
          <h1 id="page-title" className={styles.title}>
            {p.title}
          </h1>
          <Switch checked={dark} label={p.dark} onChange={(_, d) => setDark(d.checked)} data-testid="dark" />
          <Button appearance="subtle" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang">
            {p.language}
          </Button>
        </header>
        <p className={styles.intro}>{p.intro}</p>
        <p className={styles.offline}>{p.offline}</p>

        <section
          className={mergeClasses(styles.drop, dragging && styles.dropActive)}
          data-testid="drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void take(collectDropped(e.dataTransfer));
          }}
        >
          <span className={styles.dropText}>{p.drop}</span>
          <PickButton label={p.pickFiles} testId="pick-files" multiple accept=".xlsx,.xlsm,.xls,.et,.ods" onPick={(list) => void take(Promise.resolve(collectPicked(list, false)))} />
          <PickButton label={p.pickFolder} testId="pick-folder" directory onPick={(list) => void take(Promise.resolve(collectPicked(list, true)))} />
          <PickButton label={p.pickScored} testId="pick-scored" multiple accept=".xlsx,.xlsm" onPick={(list) => void restore(list)} appearance="secondary" />
        </section>
        <div className={styles.options}>
          <Switch checked={docx} label={p.wordReport} onChange={(_, d) => setDocx(d.checked)} data-testid="docx" />
          <Switch checked={overwriteFormulas} label={p.overwriteFormulas} onChange={(_, d) => setOverwriteFormulas(d.checked)} data-testid="overwrite-formulas" />
        </div>

        {notice && (
          <MessageBar intent="warning">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}

        {entries.length > 0 && (
          <div className={styles.progress}>
            <ProgressBar className={styles.bar} value={entries.length ? done / entries.length : 0} thickness="large" aria-label={p.progress(done, entries.length)} />
            <span role="status" aria-live="polite" data-testid="progress">
              {entries.some((e) => e.state === 'cancelled') ? p.cancelled : p.progress(done, entries.length)}
            </span>
            {running && (
              <Button onClick={() => pool.cancel()} data-testid="cancel">
                {p.cancel}
              </Button>
            )}
            {!running && (folder || entries.length > 1) && done > 0 && (
              <Button appearance="primary" onClick={() => void downloadAll()} data-testid="download-all">
                {p.downloadAll}
              </Button>
            )}
          </div>
        )}

        {restored.length > 0 && (
          <section className={styles.card} data-testid="restored">
            <h2 className={styles.h2}>{p.restoredHeading}</h2>
            <p className={styles.offline}>{p.restoreHint}</p>
            {restored.map((r) =>
              r.file ? (
                <Button key={r.key} onClick={() => downloadBytes(r.file!.name, r.file!.bytes)} data-testid="download-restored">
                  {p.downloadRestored(r.file.name)}
                </Button>
              ) : (
                <p key={r.key} className={styles.failed}>
                  {r.message}
                </p>
              ),
            )}
          </section>
        )}

        {entries.length > 0 && (
          <div className={styles.columns}>
            <section className={styles.card} aria-labelledby="files-heading">
              <h2 id="files-heading" className={styles.h2}>
                {p.filesHeading}
              </h2>
              <table className={styles.table} data-testid="files">
                <thead>
                  <tr>
                    <th className={styles.th}>{p.fileColumn}</th>
                    <th className={mergeClasses(styles.th, styles.num)} aria-sort={sorted ? 'descending' : 'none'}>
                      <Button appearance="transparent" size="small" onClick={() => setSorted(!sorted)} title={p.sortByScore} data-testid="sort">
                        {p.scoreColumn}
                        {sorted ? ' ↓' : ''}
                      </Button>
                    </th>
                    <th className={styles.th}>{p.gradeColumn}</th>
                    <th className={styles.th}>{p.stateColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((e) => (
                    <tr key={e.key} className={mergeClasses(styles.row, e.key === selected && styles.selected)} onClick={() => setSelected(e.key)} data-testid="file-row" data-file={e.picked.shown}>
                      <td className={styles.td}>
                        <button type="button" className={styles.fileButton} onClick={() => setSelected(e.key)}>
                          {e.picked.shown}
                        </button>
                      </td>
                      <td className={mergeClasses(styles.td, styles.num)} data-testid="file-total">
                        {e.result?.views.map((v) => v.total).join(' / ') ?? ''}
                      </td>
                      <td className={styles.td}>{e.result?.views.map((v) => (v.grade ? s.gradeName(v.grade) : '')).join(' / ') ?? ''}</td>
                      <td className={mergeClasses(styles.td, e.result !== null && !e.result.scored && styles.failed)} data-testid="file-state">
                        {stateText(e, p)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section className={styles.card} data-testid="detail">
              {current?.result ? (
                <FileDetail entry={current} lang={lang} onExplain={(on) => rescore(current, on)} styles={styles} />
              ) : (
                <p className={styles.offline}>{p.pickAFile}</p>
              )}
            </section>
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
