// One file's job and what it comes to, as plain data: a job goes to a worker thread and its result
// comes back (no workbook, no Decimal), so a folder run keeps nothing of a file once its result is out.
import type { Lang } from '../core';
import type { WorkbookFormat } from '../xlsx';
import type { JsonFile } from './json';
import type { SummaryRow } from './summaryRow';

export interface FileJob {
  /** The file, absolute. */
  readonly file: string;
  /** The file as the person named it, for messages. */
  readonly shown: string;
  /** Set when the path itself is unusable (missing): nothing to read. */
  readonly problem?: string;
  readonly lang: Lang;
  readonly overwriteFormulas: boolean;
  /** Score only this sheet; null: every indicator sheet. */
  readonly sheet: string | null;
  /** Append a 扣分原因 column where the sheet has none. */
  readonly explainColumn: boolean;
  /** Write the 评价结论 sheet into the scored workbook (--no-report: not). */
  readonly reportSheet: boolean;
  /** With --report docx: the run's time (ms since 1970) the Word report is dated by; else null. */
  readonly docxAt: number | null;
  /** LibreOffice, for .xls/.et/.ods; null when there is none. */
  readonly converter: string | null;
  /** A conversion's time limit (else the adapter's). */
  readonly convertTimeoutMs?: number;
  /** The file already read and converted to .xlsx (by the thread that can stop LibreOffice when the run is stopped). */
  readonly prepared?: { readonly bytes: Uint8Array; readonly format: WorkbookFormat };
  /** Render the text table of this file (one file, not --json), in colour or not. */
  readonly report: false | { readonly colour: boolean };
}

/** One sheet's part of a file's result: its JSON entry and its summary line. */
export interface SheetDone {
  /** The sheet's JSON, `output` still null. */
  readonly json: JsonFile;
  readonly row: SummaryRow;
}

interface FileDoneBase {
  readonly shown: string;
  /** Lines for stderr. */
  readonly messages: readonly string[];
  /** One per indicator sheet scored; one for a file not scored. */
  readonly sheets: readonly SheetDone[];
  /** `.xlsx`, or `.xlsm` for a workbook with macros (its output keeps them, and so its kind). */
  readonly extension: string;
}

/** A file scored: its workbook to write, every row computed (exit 0) or some in error (1). */
export interface FileScored extends FileDoneBase {
  readonly exit: 0 | 1;
  /** The scored workbook to write. */
  readonly bytes: Uint8Array;
  /** The report as a Word document (--report docx), when one was asked for and a table was scored. */
  readonly docx: Uint8Array | null;
  /** The text tables (one file, not --json), without the line naming the output. */
  readonly report: string | null;
}

/** A file not scored — unreadable, refused, no table, stopped at its bounds: nothing to write. */
export interface FileNotScored extends FileDoneBase {
  readonly exit: 2;
  readonly bytes: null;
  readonly docx: null;
  readonly report: null;
}

export type FileDone = FileScored | FileNotScored;
