// Scoring one workbook file, start to end but for writing it: read it, score it, patch it, and
// say what happened — as plain data (no workbook, no Decimal), so that it can come back from a
// worker thread and a folder run keeps nothing of a file once its result is out.
import type { Lang, ScoreResult } from '../core';
import { loadXlsx, scoreXlsx, trimmedRows, XlsxFileError, xlsxBytes } from '../xlsx';
import { jsonFile } from './json';
import type { JsonFile, JsonIssue } from './json';
import { cliMessages } from './messages';
import { fileReport } from './report';
import { departmentOf, summaryRow } from './summary';
import type { SummaryRow } from './summary';
import { painter } from './table';

export interface FileJob {
  /** The file, absolute. */
  readonly file: string;
  /** The file as the person named it, for messages. */
  readonly shown: string;
  /** Set when the path itself is unusable (missing, an empty folder): nothing to read. */
  readonly problem?: string;
  readonly lang: Lang;
  readonly overwriteFormulas: boolean;
  /** Render the text table of this file (one file, not --json), in colour or not. */
  readonly report: false | { readonly colour: boolean };
}

export interface FileDone {
  readonly shown: string;
  /** 0 scored, 1 some row or the table in error, 2 not read or not written. */
  readonly exit: number;
  /** Lines for stderr. */
  readonly messages: readonly string[];
  /** The file's JSON, `output` still null. */
  readonly json: JsonFile;
  readonly row: SummaryRow;
  /** The scored workbook to write, when there is one. */
  readonly bytes: Uint8Array | null;
  /** `.xlsx`, or `.xlsm` for a workbook with macros (its output keeps them, and so its kind). */
  readonly extension: string;
  /** The text table (one file, not --json), without the line naming the output. */
  readonly report: string | null;
}

function hasRowErrors(result: ScoreResult): boolean {
  return result.rows.some((r) => r.status === 'error') || result.issues.some((i) => i.severity === 'error');
}

export async function scoreFile(job: FileJob): Promise<FileDone> {
  const m = cliMessages(job.lang);
  const file = job.shown;
  const extension = /\.xlsm$/i.test(job.file) ? '.xlsm' : '.xlsx';
  const failed = (message: string, mark: string): FileDone => {
    const issue: JsonIssue = { severity: 'error', cell: '', code: 'unreadable-file', message };
    return {
      shown: file,
      exit: 2,
      messages: [message],
      json: jsonFile(file, null, null, [issue]),
      row: summaryRow(file, departmentOf(null, undefined, file), null, { message, mark }),
      bytes: null,
      extension,
      report: null,
    };
  };
  if (job.problem) return failed(job.problem, m.unreadableMark);
  let wb;
  let scored;
  try {
    wb = await loadXlsx(job.file);
    scored = scoreXlsx(wb, { lang: job.lang, overwriteFormulas: job.overwriteFormulas });
  } catch (e) {
    if (!(e instanceof XlsxFileError)) throw e;
    return failed(m.unreadable(file, e.problem, e.detail, e.facts), m.unreadableMark);
  }
  const { result, grid } = scored;
  const messages: string[] = [];
  // Empty formatted rows the loading step left out, and notes kept beside a threaded comment: said
  // on stderr, and in the JSON as warnings.
  const fileIssues: JsonIssue[] = trimmedRows(wb).map((t) => {
    const message = m.trimmed(file, t.sheet, t.firstRow, t.rows);
    messages.push(message);
    return { severity: 'warning', cell: `A${t.firstRow}`, sheet: t.sheet, code: 'empty-rows-not-loaded', message };
  });
  for (const cell of scored.threadedCells) {
    const message = m.noteBesideThread(file, result.sheet, cell);
    messages.push(message);
    fileIssues.push({ severity: 'warning', cell, sheet: result.sheet, code: 'note-beside-thread', message });
  }
  const department = departmentOf(grid, result.layout?.headerRow, file);
  // No table (no header, or a header with no indicator under it): the file cannot be scored (SPEC §5).
  if (!result.layout || result.rows.length === 0) {
    messages.push(m.noIndicatorSheet(file), ...result.issues.map((i) => `  ${i.cell} ${i.message}`));
    return {
      shown: file,
      exit: 2,
      messages,
      json: jsonFile(file, null, result, fileIssues),
      row: summaryRow(file, department, null, { message: m.noIndicatorSheet(file), mark: m.noTableMark }),
      bytes: null,
      extension,
      report: null,
    };
  }
  return {
    shown: file,
    exit: hasRowErrors(result) ? 1 : 0,
    messages,
    json: jsonFile(file, null, result, fileIssues),
    row: summaryRow(file, department, result, null),
    bytes: xlsxBytes(wb),
    extension,
    report: job.report ? fileReport(file, result, m, painter(job.report.colour)) : null,
  };
}
