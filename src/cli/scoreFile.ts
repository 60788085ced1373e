// Scoring one workbook file, start to end but for writing it: read it, score each indicator sheet,
// patch it, and say what happened — as plain data (no workbook, no Decimal), so that it can come
// back from a worker thread and a folder run keeps nothing of a file once its result is out.
import { buildReport, conclusion } from '../core';
import type { ScoreResult } from '../core';
import { scoreXlsxSheets, trimmedRows, XlsxFileError, xlsxBytes } from '../xlsx';
import type { NotWritten, XlsxScore } from '../xlsx';
import { jsonFile } from './json';
import type { JsonIssue } from './json';
import { cliMessages } from './messages';
import { fileReport } from './report';
import { readWorkbook } from './readWorkbook';
import { whyNotComputed } from './counts';
import { fileFailed } from './fileFailed';
import { reviewOf } from './review';
import { departmentOf, summaryRow } from './summaryRow';
import { EXIT_FAILURE, EXIT_OK, EXIT_ROW_ERRORS } from './io';
import type { FileDone, FileJob, SheetDone } from './job';
import { painter } from './table';

/** The JSON's code for each way a cell was not written as planned. */
const NOT_WRITTEN_CODE: Readonly<Record<NotWritten['why'], string>> = {
  thread: 'note-beside-thread',
  'note-full': 'note-too-long',
  array: 'score-in-array-formula',
  merged: 'score-under-merged-cell',
};

function hasRowErrors(result: ScoreResult): boolean {
  return result.rows.some((r) => r.status === 'error') || result.issues.some((i) => i.severity === 'error');
}

/**
 * Scores one file. `seen` is given each sheet's result as scored, before it is reduced to plain data:
 * the web page shows it in the pane's own view; a worker thread passes none (a result's Decimals do
 * not cross a thread).
 */
export async function scoreFile(job: FileJob, seen?: (sheets: readonly XlsxScore[]) => void): Promise<FileDone> {
  const m = cliMessages(job.lang);
  const file = job.shown;
  const extension = /\.xlsm$/i.test(job.file) ? '.xlsm' : '.xlsx';
  const failed = (message: string, mark: string): FileDone => fileFailed(file, job.file, message, mark);
  if (job.problem) return failed(job.problem, m.unreadableMark);
  let read;
  let scored;
  try {
    read = await readWorkbook(job, m);
    scored = scoreXlsxSheets(read.workbook, {
      lang: job.lang,
      overwriteFormulas: job.overwriteFormulas,
      appendReasonColumn: job.explainColumn,
      reportSheet: job.reportSheet,
      ...(job.sheet !== null ? { sheet: job.sheet } : {}),
    });
  } catch (e) {
    if (e instanceof XlsxFileError) return failed(m.unreadable(file, e.problem, e.detail, e.facts), m.unreadableMark);
    // A fault of ours on this file is this file's error, never the run's end.
    return failed(m.internalError(file, e instanceof Error ? e.message : String(e)), m.unreadableMark);
  }
  if (scored.kind === 'no-such-sheet') return failed(m.noSuchSheet(file, scored.sheet, scored.indicatorSheets), m.noTableMark);
  seen?.(scored.sheets);
  const wb = read.workbook;
  const structureProtected = scored.structureProtected;
  const messages: string[] = [...read.messages];
  // Empty formatted rows the loading step left out: said on stderr, and in the JSON as warnings.
  const trimmed: JsonIssue[] = trimmedRows(wb).map((t) => {
    const message = m.trimmed(file, t.sheet, t.firstRow, t.rows);
    messages.push(message);
    return { severity: 'warning', cell: `A${t.firstRow}`, sheet: t.sheet, code: 'empty-rows-not-loaded', message };
  });
  const sheetDone = (s: XlsxScore, first: boolean): SheetDone => {
    const { result, grid } = s;
    // Cells not written as planned, and protection: said on stderr, and in the JSON as warnings.
    const fileIssues: JsonIssue[] = first ? [...trimmed] : [];
    const warn = (cell: string, code: string, message: string) => {
      messages.push(message);
      fileIssues.push({ severity: 'warning', cell, sheet: result.sheet, code, message });
    };
    for (const n of s.notWritten) warn(n.cell, NOT_WRITTEN_CODE[n.why], m.notWritten(file, result.sheet, n));
    if (s.sheetProtected) warn('', 'sheet-protected', m.protectedSheet(file, result.sheet));
    if (first && structureProtected) warn('', 'workbook-protected', m.protectedStructure(file));
    // Every score kept as typed (or none given): the file is read, but nothing in it was computed (its table says so).
    const why = whyNotComputed(result);
    if (why) fileIssues.push({ severity: 'warning', cell: '', sheet: result.sheet, code: 'nothing-computed', message: m.notComputed(why) });
    return {
      json: jsonFile(file, null, result, fileIssues, conclusion(result) || null),
      row: summaryRow(file, departmentOf(grid, result.layout?.headerRow, file), result, null, reviewOf(result)),
    };
  };
  const [first] = scored.sheets;
  // No table (no header, or a header with no indicator under it): the file cannot be scored (SPEC §5).
  if (!first.result.layout || first.result.rows.length === 0) {
    messages.push(m.noIndicatorSheet(file), ...first.result.issues.map((i) => `  ${i.cell} ${i.message}`));
    const done = sheetDone(first, true);
    return {
      shown: file,
      exit: EXIT_FAILURE,
      messages,
      sheets: [{ json: done.json, row: summaryRow(file, done.row.department, null, { message: m.noIndicatorSheet(file), mark: m.noTableMark }) }],
      bytes: null,
      docx: null,
      extension,
      report: null,
    };
  }
  const sheets = scored.sheets.map((s, i) => sheetDone(s, i === 0));
  const reports = scored.sheets.flatMap((s) => {
    const report = buildReport(s.result);
    return report ? [{ sheet: s.result.sheet, report }] : [];
  });
  // The Word writer is loaded only when a document is asked for.
  const docx = job.docxAt !== null && reports.length ? await (await import('../docx/report')).reportDocx(reports, job.lang, new Date(job.docxAt)) : null;
  return {
    shown: file,
    exit: scored.sheets.some((s) => hasRowErrors(s.result)) ? EXIT_ROW_ERRORS : EXIT_OK,
    messages,
    sheets,
    bytes: xlsxBytes(wb),
    docx,
    extension: read.converted ? '.xlsx' : extension,
    report: job.report ? scored.sheets.map((s) => fileReport(file, s.result, m, painter(job.report && job.report.colour))).join('\n') : null,
  };
}
