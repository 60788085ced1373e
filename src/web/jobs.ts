// What the page does with the files it is given, in the command line's own code: a workbook scored by
// scoreFile (the loading step's guard, the core, the patcher), named and marked as the command line
// writes it (stemOf, nameFor, withMark), a scored file restored by restoreXlsx, 汇总.xlsx written by
// summaryWorkbook. Nothing here decides a byte: the page's files are the command line's files.
import type { Lang } from '../core/types';
import { cliMessages } from '../cli/messages';
import { nameFor, stemOf } from '../cli/outputs';
import { DEFAULT_BOUNDS } from '../cli/bounds';
import { fileFailed } from '../cli/fileFailed';
import { scoreFile } from '../cli/scoreFile';
import type { FileDone, FileJob } from '../cli/job';
import { SUMMARY_FILE, summaryWorkbook } from '../cli/summary';
import type { SummaryRow } from '../cli/summaryRow';
import { carriesOurMark, openWorkbook, restoreXlsx, withMark, XlsxFileError, xlsxBytes, type XlsxScore } from '../xlsx';
import { toView } from '../taskpane/toView';
import type { ResultView } from '../taskpane/view';

/** The choices the command line takes as flags, as the page offers them. */
export interface PageOptions {
  readonly lang: Lang;
  /** --overwrite-formulas */
  readonly overwriteFormulas: boolean;
  /** --explain-column */
  readonly explainColumn: boolean;
  /** --report docx */
  readonly docx: boolean;
  /** The run's clock (ms since 1970): what the Word report and 汇总.xlsx are dated by. */
  readonly at: number;
}

export interface PageFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * One workbook's outcome on the page: the command line's (FileDone: the file as given, its exit, what
 * is said on stderr of it) with its files named as the command line names them, its lines of
 * 汇总.xlsx and the pane's view of each table. Plain data: it crosses from the worker to the page.
 */
export interface PageResult extends Pick<FileDone, 'shown' | 'exit' | 'messages'> {
  /** The pane's view of each table scored. */
  readonly views: readonly ResultView[];
  /** Its lines of 汇总.xlsx. */
  readonly rows: readonly SummaryRow[];
  readonly scored: PageFile | null;
  readonly docx: PageFile | null;
}

function marked(name: string, bytes: Uint8Array): PageFile {
  const data = withMark(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { name, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** The pane's view of a scored table: where its explanations stand, as the add-in says it. */
function viewOf(s: XlsxScore, options: PageOptions): ResultView {
  const own = s.result.layout?.columns.reason !== undefined;
  return toView(s.result, { reasonColumn: own ? 'own' : options.explainColumn ? 'appended' : 'none' }, new Date(options.at));
}

/**
 * Scores one workbook's bytes as `jixiao-pingfen <shown>` would, with the options' flags; `problem`
 * says why a file cannot be read at all. Null for a folder's 汇总.xlsx of ours, which is left out.
 */
export async function scoreWorkbook(shown: string, bytes: Uint8Array, options: PageOptions, problem?: string, summaryIfOurs = false): Promise<PageResult | null> {
  // A folder's 汇总.xlsx that we wrote is an output, not an input (../cli/folderNames).
  if (summaryIfOurs && carriesOurMark(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) return null;
  const job: FileJob = {
    file: shown,
    shown,
    lang: options.lang,
    overwriteFormulas: options.overwriteFormulas,
    sheet: null,
    explainColumn: options.explainColumn,
    reportSheet: true,
    docxAt: options.docx ? options.at : null,
    converter: null,
    // A file the page cannot read (an .xls …) still has its line in 汇总.xlsx, saying why.
    ...(problem !== undefined ? { problem } : { prepared: { bytes, format: 'xlsx' as const } }),
    report: false,
  };
  let views: ResultView[] = [];
  const done = await scoreFile(job, (sheets) => {
    views = sheets.filter((s) => s.result.layout && s.result.rows.length).map((s) => viewOf(s, options));
  });
  const { stem, from } = stemOf(shown);
  return {
    shown,
    exit: done.exit,
    messages: done.messages,
    views: done.bytes ? views : [],
    rows: done.sheets.map((s) => s.row),
    scored: done.bytes ? marked(nameFor(stem, `.scored${done.extension}`, from), done.bytes) : null,
    docx: done.docx ? marked(nameFor(stem, '.自评报告.docx', 1), done.docx) : null,
  };
}

/** A file stopped at the command line's time bound (its worker ended): its error, and its line in 汇总.xlsx. */
export function stoppedResult(shown: string, lang: Lang): PageResult {
  const m = cliMessages(lang);
  const done = fileFailed(shown, shown, m.stopped(shown, 'time', DEFAULT_BOUNDS), m.unreadableMark);
  return { shown, exit: done.exit, messages: done.messages, views: [], rows: done.sheets.map((s) => s.row), scored: null, docx: null };
}

export type RestoreResult = { readonly kind: 'restored'; readonly file: PageFile } | { readonly kind: 'nothing' | 'unreadable'; readonly message: string };

/** `jixiao-pingfen restore <shown>`: the workbook as it was before scoring, or why not. */
export function restoreWorkbook(shown: string, bytes: Uint8Array, lang: Lang): RestoreResult {
  const m = cliMessages(lang);
  try {
    const wb = openWorkbook({ bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), format: 'xlsx' }, shown);
    if (restoreXlsx(wb) === 0) return { kind: 'nothing', message: m.nothingToRestore(shown) };
    const ext = /\.xlsm$/i.test(shown) ? '.xlsm' : '.xlsx';
    const stem = (shown.split('/').pop() ?? shown).replace(/\.(xlsx|xlsm)$/i, '').replace(/\.scored$/i, '');
    return { kind: 'restored', file: marked(nameFor(stem, `.restored${ext}`, 1), xlsxBytes(wb)) };
  } catch (e) {
    if (e instanceof XlsxFileError && e.problem === 'backup-name-taken') return { kind: 'nothing', message: m.nothingToRestore(shown) };
    if (e instanceof XlsxFileError) return { kind: 'unreadable', message: m.unreadable(shown, e.problem, e.detail, e.facts) };
    return { kind: 'unreadable', message: m.internalError(shown, e instanceof Error ? e.message : String(e)) };
  }
}

/** 汇总.xlsx of the files' lines, in the files' order, dated by the run's clock. */
export function summaryFile(rows: readonly SummaryRow[], lang: Lang, at: number): PageFile {
  const data = summaryWorkbook(rows, cliMessages(lang), new Date(at));
  return marked(SUMMARY_FILE, data);
}
