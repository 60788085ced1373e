// The page's workers: made from the worker's bundled source as a Blob (a file:// page may not start
// a worker from a file: URL; a blob: one it may, and so may a page on any host), each running one
// request at a time. A request past the command line's time bound ends its worker, as the command
// line's pool does; cancelling ends them all. Either way the page stays responsive and the next
// request gets a fresh worker.
import workerSource from 'web-worker-source?source';
import type { Answers, Reply, Request } from './protocol';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export class TimedOut extends Error {
  constructor() {
    super('timed out');
  }
}

interface Task {
  readonly prepare: () => Promise<{ request: Request; transfer: ArrayBuffer[] }>;
  readonly resolve: (answer: unknown) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker | null;
  task: Task | null;
  timer: ReturnType<typeof setTimeout> | null;
}

let url: string | null = null;
/** One blob: URL for every worker of the page. */
function workerUrl(): string {
  url ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  return url;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private nextId = 1;

  constructor(size: number, private readonly timeoutMs: number) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, task: null, timer: null }));
  }

  /** Runs a request on the next free worker; `prepare` (reading a file's bytes) waits for one, so only the files being scored are held. */
  run<K extends Request['kind']>(prepare: () => Promise<{ request: Extract<Request, { kind: K }>; transfer?: ArrayBuffer[] }>): Promise<Answers[K]> {
    return new Promise<Answers[K]>((resolve, reject) => {
      this.queue.push({
        prepare: async () => {
          const { request, transfer } = await prepare();
          return { request, transfer: transfer ?? [] };
        },
        resolve: resolve as (answer: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  /** Ends every worker: what is running and waiting is rejected with Cancelled. */
  cancel(): void {
    for (const task of this.queue.splice(0)) task.reject(new Cancelled());
    for (const slot of this.slots) this.end(slot, new Cancelled());
  }

  private end(slot: Slot, why: Error): void {
    slot.worker?.terminate();
    slot.worker = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.reject(why);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      void this.start(slot, task);
    }
  }

  private async start(slot: Slot, task: Task): Promise<void> {
    let prepared;
    try {
      prepared = await task.prepare();
    } catch (e) {
      slot.task = null;
      task.reject(e as Error);
      this.pump();
      return;
    }
    if (slot.task !== task) return; // cancelled while its file was read
    const worker = (slot.worker ??= new Worker(workerUrl()));
    const id = this.nextId++;
    slot.timer = setTimeout(() => {
      this.end(slot, new TimedOut());
      this.pump();
    }, this.timeoutMs);
    worker.onmessage = (event: MessageEvent<Reply>) => {
      if (event.data.id !== id || slot.task !== task) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.task = null;
      if ('ok' in event.data) task.resolve(event.data.ok);
      else task.reject(new Error(event.data.error));
      this.pump();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.end(slot, new Error(event.message || 'worker failed'));
      this.pump();
    };
    worker.postMessage({ id, request: prepared.request }, prepared.transfer);
  }
}
