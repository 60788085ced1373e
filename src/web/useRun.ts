// The page's work, apart from how it looks: the files of the run and their state, scoring them in the
// workers (the command line's bound on each), scoring one again with the 扣分原因 column, restoring
// scored files, and the zip of everything with 汇总.xlsx.
import * as React from 'react';
import type { Lang } from '../core/types';
import { DEFAULT_BOUNDS } from '../cli/bounds';
import { downloadBytes } from '../taskpane/download';
import type { PageOptions, PageResult } from './jobs';
import { PAGE_STRINGS } from './strings';
import { Cancelled, TimedOut, WorkerPool } from './workers';
import type { Picked } from './picked';
import type { Entry, Restored } from './entries';

/** Workers: one per core but one (the page's own thread draws), at most four. */
const WORKERS = Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
/** The command line's bound for one file: past it, its worker is ended. */
const FILE_MS = DEFAULT_BOUNDS.ms;

/** The run's clock: `#epoch=<seconds>` in the address fixes it, as SOURCE_DATE_EPOCH fixes the command line's; else now. */
function runClock(hash: string): () => number {
  const fixed = /(?:^#|&)epoch=(\d{1,12})(?:&|$)/.exec(hash);
  return fixed ? () => Number(fixed[1]) * 1000 : () => Date.now();
}

/**
 * Scores one picked file in a worker: its result; null for a folder's 汇总.xlsx of ours (left out).
 * Stopped at its bound, or a fault of ours: that file's error (`failed` says a fault), the others go
 * on. Rejects (Cancelled) when the run is cancelled first. `started`: the worker has taken it.
 */
async function scoreEntry(pool: WorkerPool, picked: Picked, options: PageOptions, failed: (why: string) => string, started: () => void): Promise<PageResult | null> {
  const problem = picked.notInPage ? PAGE_STRINGS[options.lang].notInPage(picked.shown) : undefined;
  try {
    return await pool.run<'score'>(async () => {
      started();
      const bytes = problem === undefined ? new Uint8Array(await picked.file.arrayBuffer()) : new Uint8Array();
      return { request: { kind: 'score', shown: picked.shown, bytes, options, summaryIfOurs: picked.summaryIfOurs, ...(problem !== undefined ? { problem } : {}) }, transfer: [bytes.buffer] };
    });
  } catch (e) {
    const why = e as Error;
    if (why instanceof Cancelled) throw why;
    const result = await pool.run<'stopped'>(async () => ({ request: { kind: 'stopped', shown: picked.shown, lang: options.lang } }));
    return why instanceof TimedOut ? result : { ...result, messages: [failed(why.message)] };
  }
}

/** The choices the page offers beside the files (the command line's flags). */
export interface RunChoices {
  readonly lang: Lang;
  readonly overwriteFormulas: boolean;
  readonly docx: boolean;
}

export interface PageRun {
  readonly entries: readonly Entry[];
  /** The file shown in detail (a new run shows its first). */
  readonly selected: number | null;
  select(key: number): void;
  readonly restored: readonly Restored[];
  /** The files came as a folder (its zip is offered even for one file). */
  readonly folder: boolean;
  /** Why nothing is listed, when files were given and none is a workbook. */
  readonly notice: string | null;
  /** Scores the files being picked or dropped, in place of the run before (cancelled). */
  take(picking: Promise<{ picked: Picked[]; folder: boolean }>): Promise<void>;
  /** Scores one file again, with or without the appended 扣分原因 column, at the run's time. */
  rescore(entry: Entry, explainColumn: boolean): void;
  restore(files: FileList | null): Promise<void>;
  /** The zip of every scored file and Word report, with 汇总.xlsx, downloaded. */
  downloadAll(): Promise<void>;
  cancel(): void;
}

export function usePageRun({ lang, overwriteFormulas, docx }: RunChoices): PageRun {
  const [entries, setEntries] = React.useState<readonly Entry[]>([]);
  const [restored, setRestored] = React.useState<readonly Restored[]>([]);
  const [selected, setSelected] = React.useState<number | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [at, setAt] = React.useState(0);
  const [folder, setFolder] = React.useState(false);
  const pool = React.useMemo(() => new WorkerPool(WORKERS, FILE_MS), []);
  const clock = React.useMemo(() => runClock(window.location.hash), []);
  const nextKey = React.useRef(1);
  const p = PAGE_STRINGS[lang];

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
        scoreEntry(pool, e.picked, options, p.failed, () => update(e.key, { state: 'working' })).then(
          (result) => (result ? update(e.key, { state: 'done', result }) : setEntries((all) => all.filter((x) => x.key !== e.key))),
          () => update(e.key, { state: 'cancelled' }),
        );
      }
    },
    [pool, update, p],
  );

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

  return { entries, selected, select: setSelected, restored, folder, notice, take, rescore, restore, downloadAll, cancel: () => pool.cancel() };
}
