// Scoring a folder on every core: files go to worker threads, and their results come back in the
// order of the files, each as soon as it and those before it are done, so that nothing waits on
// the whole folder and nothing of a file is kept once its result is out.
//
// Memory: a workbook being scored costs far more than its file (ExcelJS holds every cell), so files
// run side by side only while their sizes together stay within the largest file's (or 4 MB, for a
// folder of small files). A folder of large workbooks is thus scored one at a time and costs about
// what its largest file costs alone; a folder of ordinary ones uses every core.
import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { FileDone, FileJob } from './scoreFile';

/** Files smaller than this together run side by side whatever the largest is. */
const SMALL_FILES = 4 * 1024 * 1024;
/** Results done ahead of the next one to go out, at most (then no new file starts). */
const AHEAD = 8;

export interface Sized<T> {
  readonly job: T;
  /** The file's size in bytes (0 when unknown). */
  readonly size: number;
}

/** The compiled worker beside this file, or, when running from TypeScript (tests, tsx), the source through tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const compiled = path.join(__dirname, 'worker.js');
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return { file: path.join(__dirname, 'worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

class Slot {
  private worker: Worker | null = null;

  run(job: FileJob): Promise<FileDone> {
    if (!this.worker) {
      const entry = workerEntry();
      this.worker = new Worker(entry.file, { execArgv: entry.execArgv });
    }
    const worker = this.worker;
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
    await this.worker?.terminate();
  }
}

/**
 * Runs the jobs on up to `threads` workers (inline, in this thread, when `threads` is 1) and calls
 * `take` with each result in the jobs' order.
 */
export async function scoreInOrder(
  jobs: readonly Sized<FileJob>[],
  threads: number,
  score: (job: FileJob) => Promise<FileDone>,
  take: (done: FileDone, index: number) => Promise<void>,
): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    for (let i = 0; i < jobs.length; i++) await take(await score(jobs[i].job), i);
    return;
  }
  const budget = Math.max(SMALL_FILES, ...jobs.map((j) => j.size));
  const slots = Array.from({ length: Math.min(threads, jobs.length) }, () => new Slot());
  const idle = [...slots];
  const finished = new Map<number, FileDone>();
  let next = 0;
  let emitted = 0;
  let inFlight = 0;
  let running = 0;
  let failure: unknown = null;
  try {
    await new Promise<void>((resolve) => {
      const pump = async () => {
        // Hand out files while a worker is free, the budget allows, and not too far ahead.
        while (failure === null && next < jobs.length && idle.length && next - emitted < AHEAD) {
          const j = jobs[next];
          if (running > 0 && inFlight + j.size > budget) break;
          const index = next++;
          const slot = idle.pop()!;
          running++;
          inFlight += j.size;
          slot.run(j.job).then(
            async (done) => {
              running--;
              inFlight -= j.size;
              idle.push(slot);
              finished.set(index, done);
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
              else void pump();
            },
            (e: unknown) => {
              running--;
              failure = e;
              if (running === 0) resolve();
            },
          );
        }
      };
      void pump();
    });
  } finally {
    await Promise.all(slots.map((s) => s.close()));
  }
  if (failure !== null) throw failure;
}
