// What the run says of a file once its outputs are written: its lines for stderr, its sheets' JSON
// entries and summary lines naming the output (or the failed write), its table with the lines naming
// what was written, and its exit status.
import path from 'path';
import type { Exit } from './io';
import { EXIT_FAILURE } from './io';
import type { SheetDone } from './job';
import type { CliMessages } from './messages';
import type { FileOutcome, Saved } from './outcome';
import { LINE_ROOM } from './report';
import { terminalSafe } from './terminal';

export interface Told {
  /** Lines for stderr, in order. */
  readonly say: readonly string[];
  readonly sheets: readonly SheetDone[];
  /** The file's table (one file, not --json), or null. */
  readonly report: string | null;
  readonly exit: Exit;
}

/** `json`: the run writes JSON, where a name passed over is said in the document, not on stderr. */
export function tell(outcome: FileOutcome, m: CliMessages, json: boolean): Told {
  const { done } = outcome;
  const say = [...done.messages];
  if (outcome.kind === 'not-scored') return { say, sheets: done.sheets, report: null, exit: done.exit };
  let exit: Exit = done.exit;
  let sheets = done.sheets;
  let report = done.report;
  /** The line naming an output written: in the table when there is one, else on stderr where a name was passed over. */
  const written = (saved: Saved) => {
    const line = m.written(saved.shown, saved.written.kept ? path.basename(saved.written.kept) : null, saved.written.keptBecause);
    if (report !== null) report += `${terminalSafe(line, LINE_ROOM)}\n`;
    else if (saved.written.kept && !json) say.push(line);
  };
  const { workbook, document } = outcome;
  if (workbook instanceof Error) {
    const message = m.writeFailed(done.shown, workbook.message);
    say.push(message);
    exit = EXIT_FAILURE;
    sheets = sheets.map((s) => ({
      row: { ...s.row, failure: message, failureMark: m.writeFailedMark },
      json: { ...s.json, issues: [...s.json.issues, { severity: 'error', cell: '', code: 'write-failed', message }] },
    }));
    report = null;
  } else {
    const output = workbook.shown;
    // The JSON names it absolutely: a program reading it may run in another folder.
    sheets = sheets.map((s) => ({ row: { ...s.row, output }, json: { ...s.json, output: path.resolve(workbook.written.file) } }));
    written(workbook);
  }
  if (document instanceof Error) {
    say.push(m.writeFailed(done.shown, document.message));
    exit = EXIT_FAILURE;
  } else if (document) {
    sheets = sheets.map((s) => ({ ...s, json: { ...s.json, document: path.resolve(document.written.file) } }));
    written(document);
  }
  return { say, sheets, report, exit };
}
