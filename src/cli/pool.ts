// Scoring a folder on every core: files go to worker threads, and their results come back in the
// order of the files, each as soon as it and those before it are done, so that nothing waits on
// the whole folder and nothing of a file is kept once its result is out.
//
// With more than one thread, every file is scored on a worker and this thread only hands files out
// and writes the results. It used to score files too, as one of the cores; but a file's scoring is
// one uninterrupted stretch of work, during which a worker that had finished waited for its next
// file: on two cores the worker scored 22 files of 200 and sat idle more than half the time.
//
// Memory: a workbook being scored costs about 70 times its parts' unpacked size (its parts, every
// cell read, and the core's result for every row: 850 MB for the 12 MB of a 50,000-row sheet, when the limits still admitted one). So files run side by side only while their
// unpacked sizes together stay within the largest one's, and a large file (1 MB unpacked and more)
// is scored on a worker thread that is ended after it, its heap with it: the next one starts from a
// clean heap instead of beside the last one's garbage. A folder of large workbooks thus costs about
// what its largest costs alone; a folder of ordinary ones (the sample: 36 KB) uses every core.
//
// Bounds: as a program, every file is scored on a worker held to a time and a memory bound
// (./bounds): its heap is capped by V8 (resourceLimits, so that running out ends the worker, not the
// process), the process's resident memory is watched, and a file past either bound is stopped — its
// worker ended and started afresh for the next file — and reported as that file's error, the run
// going on. A conversion by LibreOffice runs on this thread before its file goes out, so that a run
// that is stopped stops LibreOffice too.
import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { FileBounds } from './bounds';
import type { FileDone, FileJob } from './job';

/** Unpacked bytes from which a workbook is large: on a worker of its own, ended after it. */
export const LARGE = 1024 * 1024;
/** Results done ahead of the next one to go out, at most (then no new file starts). */
const AHEAD = 8;
/** How often the process's resident memory is looked at while files are scored. */
const WATCH_MS = 50;

export interface Sized<T> {
  readonly job: T;
  /** The file's parts' unpacked size in bytes (0 when unknown). */
  readonly size: number;
}

/** A file a worker did not score: stopped at a bound, or the worker failed. */
export type Stopped = { readonly stopped: 'time' | 'memory' } | { readonly crashed: string };

/** What the thread handing files out does besides: its part of a job before it goes out, and the result of a job stopped. */
export interface Handler {
  /** A job made ready to go out (a conversion done here), or its result already. */
  prepare(job: FileJob): Promise<FileJob | FileDone>;
  /** The result of a job a worker did not finish. */
  stopped(job: FileJob, why: Stopped, bounds: FileBounds | null): FileDone;
}

/**
 * The compiled worker beside this file (with node's options, inherited), or, when running from
 * TypeScript (tests, tsx), the source through tsx.
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  const compiled = path.join(__dirname, 'worker.js');
  if (existsSync(compiled)) return { file: compiled };
  return { file: path.join(__dirname, 'worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

class WorkerSlot {
  private worker: Worker | null = null;
  /** Why the running job is being stopped, once it is. */
  private stopping: 'time' | 'memory' | null = null;

  constructor(private readonly bounds: FileBounds | null) {}

  /** Starts the thread, unless it is running. */
  start(): this {
    if (this.worker) return this;
    const entry = workerEntry();
    this.worker = new Worker(entry.file, {
      ...(entry.execArgv ? { execArgv: entry.execArgv } : {}),
      ...(this.bounds ? { resourceLimits: { maxOldGenerationSizeMb: this.bounds.heapMb } } : {}),
    });
    return this;
  }

  /** Scores the job; stopped when it runs past `ms` or its worker out of memory. */
  run(job: FileJob, ms: number | null): Promise<FileDone | Stopped> {
    const worker = this.start().worker!;
    this.stopping = null;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: FileDone | Stopped) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (m: { done?: FileDone; error?: string }) => settle(m.done ?? { crashed: m.error ?? 'no result' });
      const onError = (e: Error & { code?: string }) => {
        this.worker = null;
        settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { stopped: 'memory' } : { crashed: e.message });
      };
      const onExit = () => {
        this.worker = null;
        settle(this.stopping ? { stopped: this.stopping } : { crashed: 'the worker stopped' });
      };
      const timer = ms === null ? undefined : setTimeout(() => this.stop('time'), Math.max(0, ms));
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      if (job.prepared) {
        // The converted bytes are moved, not copied.
        const bytes = job.prepared.bytes;
        const moved = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
        worker.postMessage({ ...job, prepared: { ...job.prepared, bytes: moved } }, [moved.buffer as ArrayBuffer]);
      } else worker.postMessage(job);
    });
  }

  /** Ends the running job's worker (a new one starts for the next job). */
  stop(why: 'time' | 'memory'): void {
    if (!this.worker) return;
    this.stopping = why;
    void this.worker.terminate();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.stopping = 'time';
    await worker?.terminate();
  }
}

/**
 * Worker threads for a folder run (and, bounded, for every run as a program). The first starts at
 * once, loading the scorer while the files' sizes are read; the others when first given a file — in a
 * folder of large workbooks, scored one at a time, they never start, and do not hold a heap of their
 * own beside the one at work.
 */
export class WorkerPool {
  readonly slots: readonly WorkerSlot[];
  private readonly running = new Set<WorkerSlot>();
  private watch: NodeJS.Timeout | undefined;

  constructor(
    threads: number,
    readonly bounds: FileBounds | null = null,
  ) {
    this.slots = Array.from({ length: threads }, () => new WorkerSlot(bounds));
    this.slots[0]?.start();
  }

  /** Scores a job on a slot; while any runs, the process's resident memory is held to the bound. */
  async run(slot: WorkerSlot, job: FileJob, ms: number | null): Promise<FileDone | Stopped> {
    this.running.add(slot);
    const bounds = this.bounds;
    if (bounds && !this.watch) {
      this.watch = setInterval(() => {
        if (process.memoryUsage.rss() <= bounds.rssMb * 1024 * 1024) return;
        // Past the bound: every file being scored is stopped (files run side by side only while small).
        for (const s of this.running) s.stop('memory');
      }, WATCH_MS);
      this.watch.unref();
    }
    try {
      return await slot.run(job, ms);
    } finally {
      this.running.delete(slot);
      if (this.running.size === 0 && this.watch) {
        clearInterval(this.watch);
        this.watch = undefined;
      }
    }
  }

  async close(): Promise<void> {
    if (this.watch) clearInterval(this.watch);
    await Promise.all(this.slots.map((s) => s.close()));
  }
}

const isDone = (x: FileJob | FileDone): x is FileDone => 'sheets' in x;

/**
 * Scores the jobs — on this thread one after another, or, given a pool, on its worker threads — and
 * calls `take` with each result in the jobs' order. Without a pool a large workbook is still scored on
 * a worker of its own, ended after it: this thread's heap would keep what scoring it took (850 MB for
 * 50,000 rows) beside the next. With a bounded pool each job's time runs from when this thread starts
 * preparing it.
 */
export async function scoreInOrder(
  jobs: readonly Sized<FileJob>[],
  pool: WorkerPool | null,
  score: (job: FileJob) => Promise<FileDone>,
  take: (done: FileDone, index: number) => Promise<void>,
  handler: Handler,
): Promise<void> {
  if (!pool) {
    for (let i = 0; i < jobs.length; i++) {
      const alone = jobs[i].size >= LARGE ? new WorkerSlot(null) : null;
      const done = alone ? await alone.run(jobs[i].job, null).finally(() => alone.close()) : await score(jobs[i].job);
      await take('sheets' in done ? done : handler.stopped(jobs[i].job, done, null), i);
    }
    return;
  }
  const bounds = pool.bounds;
  const budget = Math.max(LARGE, ...jobs.map((j) => j.size));
  const idle = [...pool.slots];
  const finished = new Map<number, FileDone>();
  let next = 0;
  let emitted = 0;
  let inFlight = 0;
  let running = 0;
  let failure: unknown = null;
  await new Promise<void>((resolve) => {
    const pump = () => {
      // Hand out files while a worker is free, the budget allows, and not too far ahead.
      while (failure === null && next < jobs.length && idle.length && next - emitted < AHEAD) {
        const j = jobs[next];
        if (running > 0 && inFlight + j.size > budget) break;
        const large = j.size >= LARGE;
        const index = next++;
        // The worker free the longest: the started one first, a closed one last.
        const slot = idle.shift()!;
        running++;
        inFlight += j.size;
        const started = Date.now();
        const outcome = handler.prepare(j.job).then(async (ready) => {
          if (isDone(ready)) return ready;
          const done = await pool.run(slot, ready, bounds ? bounds.ms - (Date.now() - started) : null);
          return 'sheets' in done ? done : handler.stopped(j.job, done, bounds);
        });
        outcome.then(
          async (done) => {
            if (large) await slot.close();
            running--;
            inFlight -= j.size;
            idle.push(slot);
            finished.set(index, done);
            // The next file goes out before this one's result is taken.
            pump();
            while (failure === null && finished.has(emitted)) {
              const out = finished.get(emitted)!;
              finished.delete(emitted);
              try {
                await take(out, emitted);
              } catch (e) {
                failure = e;
              }
              emitted++;
            }
            if ((emitted === jobs.length || failure !== null) && running === 0) resolve();
            else pump();
          },
          (e: unknown) => {
            running--;
            failure = e;
            if (running === 0) resolve();
          },
        );
      }
    };
    pump();
  });
  if (failure !== null) throw failure;
}
