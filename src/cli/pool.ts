// Scoring a folder on every core: files go to worker threads, and their results come back in the
// order of the files, each as soon as it and those before it are done, so that nothing waits on
// the whole folder and nothing of a file is kept once its result is out.
//
// Memory: a workbook being scored costs 50–100 times its parts' unpacked size (ExcelJS holds every
// cell: 1 GB for the 12 MB of a 50,000-row sheet). So files run side by side only while their
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

interface Slot {
  readonly isWorker: boolean;
  run(job: FileJob): Promise<FileDone>;
  close(): Promise<void>;
}

/** This thread as one of the cores: it is otherwise idle while the disk writes. */
class InlineSlot implements Slot {
  readonly isWorker = false;
  constructor(private readonly score: (job: FileJob) => Promise<FileDone>) {}

  run(job: FileJob): Promise<FileDone> {
    return this.score(job);
  }

  async close(): Promise<void> {}
}

class WorkerSlot implements Slot {
  readonly isWorker = true;
  private worker: Worker | null = null;

  run(job: FileJob): Promise<FileDone> {
    if (!this.worker) {
      const entry = workerEntry();
      this.worker = new Worker(entry.file, entry.execArgv ? { execArgv: entry.execArgv } : {});
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
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

/**
 * Runs the jobs on `threads` threads — this one and threads − 1 workers, each started when first
 * needed — and calls `take` with each result in the jobs' order.
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
  const budget = Math.max(LARGE, ...jobs.map((j) => j.size));
  const slots: Slot[] = [new InlineSlot(score), ...Array.from({ length: Math.min(threads, jobs.length) - 1 }, () => new WorkerSlot())];
  // This thread first: a small file takes the thread freed last, at the start a worker.
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
          const large = j.size >= LARGE;
          // A large file waits for a worker; a small one takes any free thread, this one last.
          const at = large ? idle.findIndex((s) => s.isWorker) : idle.length - 1;
          if (at < 0) break;
          const index = next++;
          const [slot] = idle.splice(at, 1);
          running++;
          inFlight += j.size;
          slot.run(j.job).then(
            async (done) => {
              if (large) await slot.close();
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
