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
// cell read, and the core's result for every row: 850 MB for the 12 MB of a 50,000-row sheet). So files run side by side only while their
// unpacked sizes together stay within the largest one's, and a large file (1 MB unpacked and more)
// is scored on a worker thread that is ended after it, its heap with it: the next one starts from a
// clean heap instead of beside the last one's garbage. A folder of large workbooks thus costs about
// what its largest costs alone; a folder of ordinary ones (the sample: 36 KB) uses every core.
import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { FileDone, FileJob } from './scoreFile';

/** Unpacked bytes from which a workbook is large: on a worker of its own, ended after it. */
export const LARGE = 1024 * 1024;
/** Results done ahead of the next one to go out, at most (then no new file starts). */
const AHEAD = 8;

export interface Sized<T> {
  readonly job: T;
  /** The file's parts' unpacked size in bytes (0 when unknown). */
  readonly size: number;
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

  /** Starts the thread, unless it is running. */
  start(): this {
    const entry = workerEntry();
    this.worker ??= new Worker(entry.file, entry.execArgv ? { execArgv: entry.execArgv } : {});
    return this;
  }

  run(job: FileJob): Promise<FileDone> {
    const worker = this.start().worker!;
    return new Promise((resolve, reject) => {
      const onMessage = (m: { done?: FileDone; error?: string }) => {
        worker.off('error', onError);
        if (m.done) resolve(m.done);
        else reject(new Error(m.error));
      };
      const onError = (e: Error) => {
        worker.off('message', onMessage);
        reject(e);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

/**
 * Worker threads for a folder run. The first starts at once, loading the scorer while the files'
 * sizes are read; the others when first given a file — in a folder of large workbooks, scored one at
 * a time, they never start, and do not hold a heap of their own beside the one at work.
 */
export class WorkerPool {
  readonly slots: readonly WorkerSlot[];

  constructor(threads: number) {
    this.slots = Array.from({ length: threads }, () => new WorkerSlot());
    this.slots[0]?.start();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }
}

/**
 * Scores the jobs — on this thread one after another, or, given a pool, on its worker threads — and
 * calls `take` with each result in the jobs' order. Without a pool a large workbook is still scored on
 * a worker of its own, ended after it: this thread's heap would keep what scoring it took (850 MB for
 * 50,000 rows) beside the next.
 */
export async function scoreInOrder(
  jobs: readonly Sized<FileJob>[],
  pool: WorkerPool | null,
  score: (job: FileJob) => Promise<FileDone>,
  take: (done: FileDone, index: number) => Promise<void>,
): Promise<void> {
  if (!pool) {
    for (let i = 0; i < jobs.length; i++) {
      const alone = jobs[i].size >= LARGE ? new WorkerSlot() : null;
      const done = alone ? await alone.run(jobs[i].job).finally(() => alone.close()) : await score(jobs[i].job);
      await take(done, i);
    }
    return;
  }
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
        slot.run(j.job).then(
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
