// A file that gave no scores — unreadable, refused, stopped at its bounds — as a file's result: its
// message on stderr, one JSON entry with the error, one summary line. Loaded by the thread that hands
// files out as well as by the one that scores them, so it needs nothing of the scorer.
import { jsonFile } from './json';
import type { JsonIssue } from './json';
import { departmentOf, summaryRow } from './summaryRow';
import type { FileNotScored } from './job';

/** The result of a file that could not be scored: `message` said and recorded, `mark` in the summary. */
export function fileFailed(shown: string, file: string, message: string, mark: string, messages: readonly string[] = [message]): FileNotScored {
  const issue: JsonIssue = { severity: 'error', cell: '', code: 'unreadable-file', message };
  return {
    shown,
    exit: 2,
    messages,
    sheets: [{ json: jsonFile(shown, null, null, [issue]), row: summaryRow(shown, departmentOf(null, undefined, shown), null, { message, mark }) }],
    bytes: null,
    docx: null,
    extension: /\.xlsm$/i.test(file) ? '.xlsm' : '.xlsx',
    report: null,
  };
}
