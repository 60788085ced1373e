// The command line: `score <file.xlsx|folder>... [--out DIR] [--json] [--lang zh|en]`.
// Reads each workbook, scores it through the .xlsx adapter, writes <name>.scored.xlsx, and reports
// on stdout (a table, or one JSON document) — messages and progress go to stderr.
import { promises as fs } from 'fs';
import path from 'path';
import type { Lang, RowResult, ScoreResult } from '../core';
import { loadXlsx, saveXlsx, scoreXlsx, trimmedRows, XlsxFileError } from '../xlsx';
import { parseArgs } from './args';
import type { CliOptions } from './args';
import { jsonFile } from './json';
import type { JsonDocument, JsonFile, JsonIssue } from './json';
import { cliMessages } from './messages';
import type { CliMessages } from './messages';
import { baseName, counts, departmentOf, SUMMARY_FILE, writeSummaryWorkbook } from './summary';
import type { FileOutcome } from './summary';
import { painter, renderTable } from './table';
import type { Paint } from './table';

export interface Stream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

/** The workbook scored when no path is given. */
export const SAMPLE_WORKBOOK = path.resolve(__dirname, '../../examples/2019-shezhiwei.xlsx');

export const EXIT_OK = 0;
export const EXIT_ROW_ERRORS = 1;
export const EXIT_FAILURE = 2;

interface Input {
  readonly file: string;
  /** Set when the path itself is unusable (missing, an empty folder). */
  readonly problem?: string;
}

const XLSX_NAME = /\.(xlsx|xlsm)$/i;

/** The workbooks a folder holds, excluding our own outputs and Excel's lock files. */
async function folderWorkbooks(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder, { withFileTypes: true });
  return names
    .filter((d) => d.isFile() && XLSX_NAME.test(d.name))
    .map((d) => d.name)
    .filter((n) => !n.startsWith('~$') && !n.startsWith('.') && !/\.scored\.(xlsx|xlsm)$/i.test(n) && n !== SUMMARY_FILE)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'))
    .map((n) => path.join(folder, n));
}

async function expand(paths: readonly string[], m: CliMessages): Promise<{ inputs: Input[]; folders: string[] }> {
  const inputs: Input[] = [];
  const folders: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await fs.stat(p)).isDirectory();
    } catch {
      inputs.push({ file: p, problem: m.unreadable(p, 'not-found') });
      continue;
    }
    if (!isDir) {
      inputs.push({ file: p });
      continue;
    }
    folders.push(p);
    const files = await folderWorkbooks(p);
    if (files.length === 0) inputs.push({ file: p, problem: m.noXlsxInFolder(p) });
    for (const f of files) inputs.push({ file: f });
  }
  return { inputs, folders };
}

function outputPath(file: string, outDir: string | null, taken: Set<string>): string {
  const dir = outDir ?? path.dirname(file);
  const stem = path.basename(file).replace(XLSX_NAME, '');
  let candidate = path.join(dir, `${stem}.scored.xlsx`);
  for (let n = 2; taken.has(path.resolve(candidate)) || path.resolve(candidate) === path.resolve(file); n++) {
    candidate = path.join(dir, `${stem}-${n}.scored.xlsx`);
  }
  taken.add(path.resolve(candidate));
  return candidate;
}

function hasRowErrors(result: ScoreResult): boolean {
  return result.rows.some((r) => r.status === 'error') || result.issues.some((i) => i.severity === 'error');
}

class Progress {
  private shown = false;
  constructor(
    private readonly stderr: Stream,
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}

  step(done: number, label: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    this.stderr.write(`\r\u001b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${name}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stderr.write('\r\u001b[K');
    this.shown = false;
  }
}

function fmt2(d: { toFixed(n: number): string }): string {
  return d.toFixed(2);
}

function statusPaint(row: RowResult, paint: Paint, text: string): string {
  if (row.status === 'deducted') return paint('yellow', text);
  if (row.status === 'error') return paint('red', text);
  if (row.status === 'manual') return paint('blue', text);
  return text;
}

function fileReport(file: string, output: string | null, result: ScoreResult, m: CliMessages, paint: Paint): string {
  const c = m.columns;
  const rows = result.rows.map((r) => {
    const score = r.score === null ? '—' : fmt2(r.score);
    const deduction = r.deduction === null ? '' : r.deduction.isZero() ? '' : fmt2(r.deduction);
    const reason = r.status === 'full' ? '' : r.status === 'manual' ? `${m.status.manual}：${r.explanation}` : r.explanation;
    return [
      r.indicator,
      r.points === null ? '—' : r.points.toFixed(),
      statusPaint(r, paint, score),
      statusPaint(r, paint, deduction),
      statusPaint(r, paint, reason),
    ];
  });
  const lines = [
    paint('bold', m.fileHeading(file, result.sheet)),
    renderTable(
      [
        { title: c.indicator },
        { title: c.points, align: 'right' },
        { title: c.score, align: 'right' },
        { title: c.deduction, align: 'right' },
        { title: c.reason },
      ],
      rows,
    ),
    paint(
      'bold',
      m.totalLine(fmt2(result.total), result.maxTotal.toFixed(), result.gradedOn === null ? null : fmt2(result.gradedOn), result.grade, result.complete),
    ),
  ];
  if (result.issues.length) {
    lines.push(m.issuesHeading);
    for (const i of result.issues) {
      const sev = m.severity(i.severity);
      const where = `${i.sheet ? `${i.sheet}!` : ''}${i.cell}`;
      // A message on another sheet (基础数据) that starts with its cell gets the sheet's name before it.
      const text =
        where === '' ? i.message : i.message.startsWith(i.cell) ? `${where}${i.message.slice(i.cell.length)}` : `${where} ${i.message}`;
      lines.push(`  ${i.severity === 'error' ? paint('red', sev) : paint('yellow', sev)} ${text}`);
    }
  }
  if (output) lines.push(m.written(output));
  return `${lines.join('\n')}\n`;
}

function summaryReport(outcomes: readonly FileOutcome[], m: CliMessages, paint: Paint): string {
  const c = m.summaryColumns;
  const rows = outcomes.map((o) => {
    const n = counts(o.result);
    const scored = o.result !== null && o.failure === null;
    return [
      path.basename(o.file),
      o.department,
      scored ? fmt2(o.result!.total) : '',
      scored ? (o.result!.grade ?? m.incompleteGrade) : paint('red', o.failureMark ?? ''),
      scored ? String(n.deductions) : '',
      scored ? (n.errors ? paint('red', String(n.errors)) : '0') : '',
    ];
  });
  return `${paint('bold', m.summaryHeading)}\n${renderTable(
    [
      { title: c.file },
      { title: c.department },
      { title: c.total, align: 'right' },
      { title: c.grade },
      { title: c.deductions, align: 'right' },
      { title: c.errors, align: 'right' },
    ],
    rows,
  )}\n`;
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

async function scoreAll(options: CliOptions, io: CliIO): Promise<number> {
  const lang: Lang = options.lang;
  const m = cliMessages(lang);
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const paint = painter(!options.json && io.stdout.isTTY === true && env.NO_COLOR === undefined);
  const say = (text: string) => io.stderr.write(`${text}\n`);

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

  const { inputs, folders } = await expand(paths, { ...m, unreadable: (f, p, d) => m.unreadable(show(f), p, d), noXlsxInFolder: (f) => m.noXlsxInFolder(show(f)) });
  const many = inputs.length > 1 || folders.length > 0;
  const outDir = options.out === null ? null : path.resolve(cwd, options.out);
  if (outDir) {
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (e) {
      say(m.writeFailed(options.out!, (e as Error).message));
      return EXIT_FAILURE;
    }
  }

  let exit = EXIT_OK;
  const worse = (code: number) => {
    exit = Math.max(exit, code);
  };
  const progress = new Progress(io.stderr, many && io.stderr.isTTY === true, inputs.length);
  const outcomes: FileOutcome[] = [];
  const jsonFiles: JsonFile[] = [];
  const reports: string[] = [];
  const taken = new Set<string>();

  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const file = show(input.file);
    progress.step(i, file);
    const fail = (message: string, code: string, mark: string, result: ScoreResult | null = null, department?: string) => {
      progress.clear();
      say(message);
      const issue: JsonIssue = { severity: 'error', cell: '', code, message };
      outcomes.push({ file, output: null, department: department ?? baseName(file), result, failure: message, failureMark: mark });
      jsonFiles.push(jsonFile(file, null, result, [issue]));
    };
    if (input.problem) {
      fail(input.problem, 'unreadable-file', m.unreadableMark);
      worse(EXIT_FAILURE);
      continue;
    }
    let scored;
    try {
      const wb = await loadXlsx(input.file);
      scored = { wb, ...scoreXlsx(wb, { lang, overwriteFormulas: options.overwriteFormulas }) };
    } catch (e) {
      if (!(e instanceof XlsxFileError)) throw e;
      fail(m.unreadable(file, e.problem, e.detail, e.facts), 'unreadable-file', m.unreadableMark);
      worse(EXIT_FAILURE);
      continue;
    }
    const { wb, result, grid } = scored;
    // Empty formatted rows the loading step left out: said on stderr, and in the JSON as warnings.
    const loadIssues: JsonIssue[] = trimmedRows(wb).map((t) => {
      const message = m.trimmed(file, t.sheet, t.firstRow, t.rows);
      say(message);
      return { severity: 'warning', cell: `A${t.firstRow}`, sheet: t.sheet, code: 'empty-rows-not-loaded', message };
    });
    const department = departmentOf(grid, result.layout?.headerRow, file);
    // No table (no header, or a header with no indicator under it): the file cannot be scored (SPEC §5).
    if (!result.layout || result.rows.length === 0) {
      progress.clear();
      say(m.noIndicatorSheet(file));
      for (const issue of result.issues) say(`  ${issue.cell} ${issue.message}`);
      outcomes.push({ file, output: null, department, result: null, failure: m.noIndicatorSheet(file), failureMark: m.noTableMark });
      jsonFiles.push(jsonFile(file, null, result, loadIssues));
      worse(EXIT_FAILURE);
      continue;
    }
    const outAbs = outputPath(input.file, outDir, taken);
    const output = outDir ? displayPath(outAbs, cwd) : path.join(path.dirname(file), path.basename(outAbs));
    try {
      await saveXlsx(wb, outAbs);
    } catch (e) {
      fail(m.writeFailed(output, (e as Error).message), 'write-failed', m.writeFailedMark, result, department);
      worse(EXIT_FAILURE);
      continue;
    }
    if (hasRowErrors(result)) worse(EXIT_ROW_ERRORS);
    outcomes.push({ file, output, department, result, failure: null });
    jsonFiles.push(jsonFile(file, output, result, loadIssues));
    if (!options.json && !many) reports.push(fileReport(file, output, result, m, paint));
  }
  progress.step(inputs.length, '');
  progress.clear();

  let summary: string | undefined;
  if (many) {
    const dir = outDir ?? (folders.length ? folders[0] : path.dirname(paths[0]));
    const summaryAbs = path.join(dir, SUMMARY_FILE);
    summary = outDir ? displayPath(summaryAbs, cwd) : show(summaryAbs);
    try {
      await writeSummaryWorkbook(summaryAbs, outcomes, m);
    } catch (e) {
      say(m.writeFailed(summary, (e as Error).message));
      summary = undefined;
      worse(EXIT_FAILURE);
    }
  }

  if (options.json) {
    const doc: JsonDocument = { files: jsonFiles, ...(summary ? { summary } : {}) };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return exit;
  }
  if (many) {
    reports.push(summaryReport(outcomes, m, paint));
    const failed = outcomes.filter((o) => o.failure !== null).length;
    reports.push(m.summaryCounts(outcomes.length, outcomes.length - failed, failed) + '\n');
    if (summary) reports.push(m.summaryWritten(summary) + '\n');
  }
  io.stdout.write(reports.join('\n'));
  return exit;
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
  return scoreAll(parsed.options, io);
}

