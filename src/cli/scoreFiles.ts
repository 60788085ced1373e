// Every file of a run scored — on this thread, or on worker threads for a folder — and its outputs
// written, each file's outcome handed on in the files' order.
import { findConverter } from '../xlsx/convert';
import { declaredUnpackedSize } from '../xlsx/guard';
import type { CliOptions } from './args';
import { DEFAULT_BOUNDS } from './bounds';
import type { Clock } from './clock';
import { fileFailed } from './fileFailed';
import { collectGarbage } from './gc';
import type { Inputs } from './inputs';
import type { CliIO } from './io';
import type { FileDone, FileJob } from './job';
import type { CliMessages } from './messages';
import type { FileOutcome, OutcomeWriter } from './outcome';
import { LARGE, scoreInOrder, WorkerPool, type Handler, type Sized } from './pool';
import { prepareJob } from './prepareJob';

/**
 * Scored files waiting to be written and said, at most, before scoring waits for the disk. Writes
 * of small files in flight together each cost less (one at a time 11 ms a file here, two 5.9, four
 * 5.3, eight 4.9); more would only hold more outputs in memory.
 */
const WRITES_AHEAD = 8;

/**
 * Scores a file on this thread (one file, or --jobs 1). The scorer is loaded only then: a thread
 * that hands files to workers has no use for it, and loading it cost 150 ms of CPU.
 */
function scoreHere(job: FileJob): Promise<FileDone> {
  return (require('./scoreFile') as typeof import('./scoreFile')).scoreFile(job);
}

export interface RunSetting {
  readonly options: CliOptions;
  readonly io: CliIO;
  readonly clock: Clock;
  readonly m: CliMessages;
  /** The text tables in colour. */
  readonly colour: boolean;
}

/** Each input's job, with its parts' unpacked size (what decides where and beside what it is scored). */
async function jobsOf(given: Inputs, run: RunSetting, env: NonNullable<CliIO['env']>, timeout: number): Promise<Sized<FileJob>[]> {
  const { options, clock, colour } = run;
  // Looked for once: every file of the run is read with the same one, or told there is none.
  const converter = findConverter(env);
  return Promise.all(
    given.inputs.map(async (input) => ({
      size: input.problem ? 0 : await declaredUnpackedSize(input.file),
      job: {
        file: input.file,
        shown: given.show(input.file),
        ...(input.problem ? { problem: input.problem } : {}),
        lang: options.lang,
        overwriteFormulas: options.overwriteFormulas,
        sheet: options.sheet,
        explainColumn: options.explainColumn,
        reportSheet: options.reportSheet,
        docxAt: options.reportDocx ? clock().getTime() : null,
        converter,
        ...(timeout > 0 ? { convertTimeoutMs: timeout } : {}),
        report: !options.json && !given.many ? { colour } : false,
      },
    })),
  );
}

/** Scores the inputs, writes each file's outputs with `writer`, and gives `take` each outcome in the files' order. */
export async function scoreFiles(given: Inputs, run: RunSetting, writer: OutcomeWriter, take: (outcome: FileOutcome, index: number) => Promise<void>): Promise<void> {
  const { options, io, m } = run;
  const env = io.env ?? process.env;
  const bounds = io.bounds ?? null;
  // Bounded, a conversion has no more time than its file (else the adapter's own limit).
  const timeout = Number(env.JIXIAO_CONVERT_TIMEOUT_MS) || bounds?.ms || 0;
  // With more than one thread (or bounds to hold every file to), the first worker starts now, loading the scorer while the files' sizes are read.
  const threads = Math.max(1, Math.min(options.jobs ?? io.defaultJobs ?? 1, given.inputs.length));
  const pool = threads > 1 || bounds ? new WorkerPool(threads, bounds) : null;
  const handler: Handler = {
    prepare: (job) => prepareJob(job, m),
    stopped: (job, why, b) =>
      fileFailed(job.shown, job.file, 'crashed' in why ? m.internalError(job.shown, why.crashed) : m.stopped(job.shown, why.stopped, b ?? DEFAULT_BOUNDS), m.unreadableMark),
  };

  // Writing (and its fsync) waits on the disk, not on a core: each output is written as soon as its
  // file is scored, several at once (their syncs share the disk's flushes) while the next files are
  // scored, and what is said of each file follows in the files' order. At most WRITES_AHEAD wait
  // to be said; a large workbook's result is out before the next file starts, so that its rows are
  // not held beside the next large workbook being scored.
  let said: Promise<void> = Promise.resolve();
  const waiting: Promise<void>[] = [];
  try {
    const jobs = await jobsOf(given, run, env, timeout);
    await scoreInOrder(
      jobs,
      pool,
      scoreHere,
      async (done, index) => {
        const large = jobs[index].size >= LARGE;
        const outcome = writer.write(done, given.inputs[index].file);
        said = said.then(async () => {
          await take(await outcome, index);
          if (large) collectGarbage();
        });
        waiting.push(said);
        while (waiting.length > WRITES_AHEAD) await waiting.shift();
        if (large) await said;
      },
      handler,
    );
  } finally {
    await pool?.close();
  }
  await said;
}
