// The command line: `score <file.xlsx|folder>... [--out DIR] [--json] [--lang zh|en]` and
// `restore <file.scored.xlsx>...`. Resolves the inputs, scores each file (on worker threads for a
// folder), writes each output as its result comes, and reports on stdout (a table, or one JSON
// document written as the files come) — messages and progress go to stderr.
import { promises as fs } from 'fs';
import path from 'path';
import { findConverter } from '../xlsx/convert';
import { declaredUnpackedSize } from '../xlsx/guard';
import { isOurUnchangedFile } from '../xlsx/mark';
import { parseArgs } from './args';
import type { CliOptions } from './args';
import { JsonDocumentWriter, type JsonOut } from './json';
import { cliMessages } from './messages';
import type { CliMessages } from './messages';
import { Outputs, stemOf } from './outputs';
import { byName, isFolderWorkbook, isSummaryName } from './folderNames';
import type { Written } from './outputs';
import { runClock, type Clock } from './clock';
import { collectGarbage } from './gc';
import { LARGE, scoreInOrder, WorkerPool } from './pool';
import type { Handler } from './pool';
import { DEFAULT_BOUNDS, type FileBounds } from './bounds';
import { fileFailed } from './fileFailed';
import { prepareJob } from './prepareJob';
import { LINE_ROOM, Progress, summaryReport } from './report';
import type { FileDone, FileJob } from './scoreFile';
import { SUMMARY_FILE, summaryWorkbook } from './summary';
import type { SummaryRow } from './summary';
import { painter } from './table';
import { terminalSafe } from './terminal';

export interface Stream extends JsonOut {
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** Worker threads for a folder when --jobs is not given (the process: its cores; in process: 1). */
  readonly defaultJobs?: number;
  /** What one file may cost (the process: ./bounds; in process: none, files scored on this thread). */
  readonly bounds?: FileBounds;
}

/** The workbook scored when no path is given. */
export const SAMPLE_WORKBOOK = path.resolve(__dirname, '../../examples/2019-shezhiwei.xlsx');

export const EXIT_OK = 0;
export const EXIT_ROW_ERRORS = 1;
export const EXIT_FAILURE = 2;

interface Input {
  readonly file: string;
  /** Set when the path itself is unusable (missing). */
  readonly problem?: string;
}

/** A path given that holds nothing to score (a folder without workbooks): said, never a summary row. */
interface PathProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Scored files waiting to be written and said, at most, before scoring waits for the disk. Writes
 * of small files in flight together each cost less (one at a time 11 ms a file here, two 5.9, four
 * 5.3, eight 4.9); more would only hold more outputs in memory.
 */
const WRITES_AHEAD = 8;
/** The Word report's name after the input's (SPEC §5): `部门.自评报告.docx`. */
const DOCX_SUFFIX = '.自评报告.docx';

/**
 * The workbooks a folder holds: not Excel's lock files, not hidden files (our temporary files
 * among them), not scored files, and not a 汇总.xlsx this program wrote — a person's own 汇总.xlsx
 * is a workbook like any other.
 */
async function folderWorkbooks(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const d of names) {
    const n = d.name;
    if (!d.isFile() || !isFolderWorkbook(n)) continue;
    if (isSummaryName(n) && (await isOurUnchangedFile(path.join(folder, n)))) continue;
    files.push(n);
  }
  return files.sort(byName).map((n) => path.join(folder, n));
}

async function expand(paths: readonly string[], m: CliMessages, show: (abs: string) => string): Promise<{ inputs: Input[]; folders: string[]; problems: PathProblem[] }> {
  const inputs: Input[] = [];
  const folders: string[] = [];
  const problems: PathProblem[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await fs.stat(p)).isDirectory();
    } catch {
      inputs.push({ file: p, problem: m.unreadable(show(p), 'not-found') });
      continue;
    }
    if (!isDir) {
      inputs.push({ file: p });
      continue;
    }
    folders.push(p);
    const files = await folderWorkbooks(p);
    if (files.length === 0) problems.push({ path: p, message: m.noXlsxInFolder(show(p)) });
    for (const f of files) inputs.push({ file: f });
  }
  return { inputs, folders, problems };
}

/**
 * Scores a file on this thread (one file, or --jobs 1). The scorer is loaded only then: a thread
 * that hands files to workers has no use for it, and loading it cost 150 ms of CPU.
 */
function scoreHere(job: FileJob): Promise<FileDone> {
  return (require('./scoreFile') as typeof import('./scoreFile')).scoreFile(job);
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

async function scoreAll(options: CliOptions, io: CliIO, clock: Clock): Promise<number> {
  const m = cliMessages(options.lang);
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const colour = !options.json && io.stdout.isTTY === true && env.NO_COLOR === undefined;
  const paint = painter(colour);
  const say = (text: string) => io.stderr.write(`${terminalSafe(text, LINE_ROOM)}\n`);

  const paths = options.paths.length ? options.paths.map((p) => path.resolve(cwd, p)) : [SAMPLE_WORKBOOK];
  const shown = new Map<string, string>();
  options.paths.forEach((p, i) => shown.set(paths[i], p));
  if (!options.paths.length) shown.set(SAMPLE_WORKBOOK, displayPath(SAMPLE_WORKBOOK, cwd));
  const show = (abs: string): string => {
    const direct = shown.get(abs);
    if (direct !== undefined) return direct;
    for (const [root, given] of shown) {
      if (abs.startsWith(root + path.sep)) return path.join(given, path.relative(root, abs));
    }
    return displayPath(abs, cwd);
  };

  const outDir = options.out === null ? null : path.resolve(cwd, options.out);
  if (outDir) {
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      say(code === 'EEXIST' || code === 'ENOTDIR' ? m.outIsFile(options.out!) : m.writeFailed(options.out!, (e as Error).message));
      return EXIT_FAILURE;
    }
  }
  const { inputs, folders, problems } = await expand(paths, m, show);
  const many = inputs.length > 1 || folders.length > 0;
  const outputs = new Outputs(options.force);
  await outputs.addInputs(inputs.filter((i) => !i.problem).map((i) => i.file));

  let exit = problems.length ? EXIT_FAILURE : EXIT_OK;
  const worse = (code: number) => {
    exit = Math.max(exit, code);
  };
  for (const p of problems) say(p.message);
  const progress = new Progress(io.stderr, many && io.stderr.isTTY === true, inputs.length);
  const json = options.json ? new JsonDocumentWriter(io.stdout) : null;
  const rows: SummaryRow[] = [];
  const reports: string[] = [];

  /** Writes one file's output, when it has one: the file written, or why it could not be. */
  const save = async (done: FileDone, index: number): Promise<Written | Error | null> => {
    if (!done.bytes) return null;
    const input = inputs[index].file;
    try {
      const { stem, from } = stemOf(input);
      return await outputs.write(outDir ?? path.dirname(input), stem, `.scored${done.extension}`, Buffer.from(done.bytes.buffer, done.bytes.byteOffset, done.bytes.byteLength), from);
    } catch (e) {
      return e as Error;
    }
  };

  /** Writes one file's Word report (--report docx) beside its output: `部门.自评报告.docx`. */
  const saveDocx = async (done: FileDone, index: number): Promise<Written | Error | null> => {
    if (!done.docx) return null;
    const input = inputs[index].file;
    try {
      const { stem } = stemOf(input);
      return await outputs.write(outDir ?? path.dirname(input), stem, DOCX_SUFFIX, Buffer.from(done.docx.buffer, done.docx.byteOffset, done.docx.byteLength));
    } catch (e) {
      return e as Error;
    }
  };

  /** Passes one file's result on, its output written: the JSON out (one entry per sheet), the summary lines kept. */
  const finish = async (done: FileDone, index: number, saved: Written | Error | null, document: Written | Error | null, large: boolean) => {
    progress.step(index + 1, done.shown);
    let sheets = done.sheets;
    let report = done.report;
    if (done.messages.length) progress.clear();
    for (const message of done.messages) say(message);
    worse(done.exit);
    if (saved instanceof Error) {
      const message = m.writeFailed(done.shown, saved.message);
      progress.clear();
      say(message);
      worse(EXIT_FAILURE);
      sheets = sheets.map((s) => ({
        row: { ...s.row, failure: message, failureMark: m.writeFailedMark },
        json: { ...s.json, issues: [...s.json.issues, { severity: 'error', cell: '', code: 'write-failed', message }] },
      }));
      report = null;
    } else if (saved) {
      const output = outDir ? displayPath(saved.file, cwd) : path.join(path.dirname(done.shown), path.basename(saved.file));
      // The JSON names it absolutely: a program reading it may run in another folder.
      sheets = sheets.map((s) => ({ row: { ...s.row, output }, json: { ...s.json, output: path.resolve(saved.file) } }));
      if (report !== null) report += `${terminalSafe(m.written(output, saved.kept ? path.basename(saved.kept) : null, saved.keptBecause), LINE_ROOM)}\n`;
      else if (saved.kept && !options.json) {
        progress.clear();
        say(m.written(output, path.basename(saved.kept), saved.keptBecause));
      }
    }
    if (document instanceof Error) {
      progress.clear();
      say(m.writeFailed(done.shown, document.message));
      worse(EXIT_FAILURE);
    } else if (document) {
      const shownDoc = outDir ? displayPath(document.file, cwd) : path.join(path.dirname(done.shown), path.basename(document.file));
      sheets = sheets.map((s) => ({ ...s, json: { ...s.json, document: path.resolve(document.file) } }));
      const line = `${terminalSafe(m.written(shownDoc, document.kept ? path.basename(document.kept) : null, document.keptBecause), LINE_ROOM)}\n`;
      if (report !== null) report += line;
      else if (document.kept && !options.json) {
        progress.clear();
        io.stderr.write(line);
      }
    }
    for (const s of sheets) {
      rows.push(s.row);
      await json?.file(s.json);
    }
    if (report !== null) reports.push(report);
    if (large) collectGarbage();
  };

  // Writing (and its fsync) waits on the disk, not on a core: each output is written as soon as its
  // file is scored, several at once (their syncs share the disk's flushes) while the next files are
  // scored, and what is said of each file follows in the files' order. At most WRITES_AHEAD wait
  // to be said; a large workbook's result is out before the next file starts, so that its rows are
  // not held beside the next large workbook being scored.
  let said: Promise<void> = Promise.resolve();
  const waiting: Promise<void>[] = [];
  const take = async (done: FileDone, index: number, large: boolean) => {
    const saved = save(done, index);
    const document = saveDocx(done, index);
    said = said.then(async () => finish(done, index, await saved, await document, large));
    waiting.push(said);
    while (waiting.length > WRITES_AHEAD) await waiting.shift();
    if (large) await said;
  };

  // Looked for once: every file of the run is read with the same one, or told there is none.
  const converter = findConverter(env);
  const bounds = io.bounds ?? null;
  // Bounded, a conversion has no more time than its file (else the adapter's own limit).
  const timeout = Number(env.JIXIAO_CONVERT_TIMEOUT_MS) || bounds?.ms || 0;
  // With more than one thread (or bounds to hold every file to), the first worker starts now, loading the scorer while the files' sizes are read.
  const threads = Math.max(1, Math.min(options.jobs ?? io.defaultJobs ?? 1, inputs.length));
  const pool = threads > 1 || bounds ? new WorkerPool(threads, bounds) : null;
  const handler: Handler = {
    prepare: (job) => prepareJob(job, m),
    stopped: (job, why, b) =>
      fileFailed(job.shown, job.file, 'crashed' in why ? m.internalError(job.shown, why.crashed) : m.stopped(job.shown, why.stopped, b ?? DEFAULT_BOUNDS), m.unreadableMark),
  };
  try {
    const jobs = await Promise.all(
      inputs.map(async (input) => ({
        size: input.problem ? 0 : await declaredUnpackedSize(input.file),
        job: {
          file: input.file,
          shown: show(input.file),
          ...(input.problem ? { problem: input.problem } : {}),
          lang: options.lang,
          overwriteFormulas: options.overwriteFormulas,
          sheet: options.sheet,
          explainColumn: options.explainColumn,
          reportSheet: options.reportSheet,
          docxAt: options.reportDocx ? clock().getTime() : null,
          converter,
          ...(timeout > 0 ? { convertTimeoutMs: timeout } : {}),
          report: !options.json && !many ? { colour } : false,
        } as FileJob,
      })),
    );
    await scoreInOrder(jobs, pool, scoreHere, (done, index) => take(done, index, jobs[index].size >= LARGE), handler);
  } finally {
    await pool?.close();
  }
  await said;
  progress.clear();

  let summary: string | undefined;
  if (many && rows.length === 0) say(m.nothingToScore());
  else if (many) {
    // Beside the inputs (the first folder, or the first file's), never where the command was typed.
    const dir = outDir ?? (folders.length ? folders[0] : path.dirname(inputs[0].file));
    try {
      const written = await outputs.write(dir, SUMMARY_FILE.replace(/\.xlsx$/, ''), '.xlsx', summaryWorkbook(rows, m, clock()));
      const shownSummary = outDir ? displayPath(written.file, cwd) : show(written.file);
      summary = path.resolve(written.file);
      if (options.json) {
        if (written.kept) say(m.summaryWritten(shownSummary, path.basename(written.kept)));
      } else reports.push(summaryReport(rows, m, paint));
      if (!options.json) {
        const f = fileCounts(rows);
        reports.push(`${m.summaryCounts(f.files, f.scored, f.notComputed, f.failed)}\n`);
        reports.push(`${terminalSafe(m.summaryWritten(shownSummary, written.kept ? path.basename(written.kept) : null), LINE_ROOM)}\n`);
      }
    } catch (e) {
      say(m.writeFailed(path.join(dir, SUMMARY_FILE), (e as Error).message));
      summary = undefined;
      worse(EXIT_FAILURE);
      if (!options.json) reports.push(summaryReport(rows, m, paint));
    }
  }

  if (json) {
    json.end(summary, problems.map((p) => ({ path: p.path, message: p.message })));
    return exit;
  }
  io.stdout.write(reports.join('\n'));
  return exit;
}

/**
 * What became of the files (not their sheets): scored — some row computed by its rule —, read with
 * nothing computed (every score a typed one kept), or not scored at all.
 */
function fileCounts(rows: readonly SummaryRow[]): { files: number; scored: number; notComputed: number; failed: number } {
  const byFile = new Map<string, SummaryRow[]>();
  for (const o of rows) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  const files = [...byFile.values()];
  const failed = files.filter((sheets) => sheets.every((o) => o.failure !== null)).length;
  const scored = files.filter((sheets) => sheets.some((o) => o.failure === null && o.computed > 0)).length;
  return { files: files.length, scored, notComputed: files.length - failed - scored, failed };
}

/** Runs the command line; resolves to its exit status. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const m = cliMessages(parsed.lang);
    io.stderr.write(`${m.usage(parsed.problem)}\n${m.seeHelp}\n`);
    return EXIT_FAILURE;
  }
  if (parsed.options.help) {
    io.stdout.write(cliMessages(parsed.options.lang).help);
    return EXIT_OK;
  }
  if (parsed.options.command === 'restore') return (require('./restore') as typeof import('./restore')).restoreAll(parsed.options, io);
  const clock = runClock(io.env ?? process.env);
  if (clock === null) {
    const m = cliMessages(parsed.options.lang);
    io.stderr.write(`${m.usage({ kind: 'bad-source-date-epoch', value: (io.env ?? process.env).SOURCE_DATE_EPOCH ?? '' })}\n`);
    return EXIT_FAILURE;
  }
  return scoreAll(parsed.options, io, clock);
}
