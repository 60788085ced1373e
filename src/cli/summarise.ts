// A run of several files ends with 汇总.xlsx beside its inputs (or in --out), and, on the terminal,
// the summary table, what became of the files and where the summary is.
import path from 'path';
import type { Clock } from './clock';
import { displayPath, type Inputs } from './inputs';
import type { CliMessages } from './messages';
import type { Outputs } from './outputs';
import type { RunRecord } from './record';
import { LINE_ROOM, summaryReport } from './report';
import { SUMMARY_FILE, summaryWorkbook } from './summary';
import type { SummaryRow } from './summaryRow';
import type { Paint } from './table';
import { terminalSafe } from './terminal';

export interface SummaryPlace {
  readonly outputs: Outputs;
  /** --out, absolute; null: beside the inputs. */
  readonly outDir: string | null;
  readonly cwd: string;
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

/**
 * Writes 汇总.xlsx of the record's rows and puts what is to be printed of it on the record (none of it
 * with --json, where a name passed over is said on stderr). The summary's path, absolute, when written.
 */
export async function summarise(record: RunRecord, given: Inputs, at: SummaryPlace, m: CliMessages, clock: Clock, json: boolean, paint: Paint): Promise<string | undefined> {
  const rows = record.rows;
  if (rows.length === 0) {
    record.say(m.nothingToScore());
    return undefined;
  }
  // Beside the inputs (the first folder, or the first file's), never where the command was typed.
  const dir = at.outDir ?? (given.folders.length ? given.folders[0] : path.dirname(given.inputs[0].file));
  try {
    const written = await at.outputs.write(dir, SUMMARY_FILE.replace(/\.xlsx$/, ''), '.xlsx', summaryWorkbook(rows, m, clock()));
    const shown = at.outDir ? displayPath(written.file, at.cwd) : given.show(written.file);
    const kept = written.kept ? path.basename(written.kept) : null;
    if (json) {
      if (kept) record.say(m.summaryWritten(shown, kept));
    } else {
      const f = fileCounts(rows);
      record.print(summaryReport(rows, m, paint));
      record.print(`${m.summaryCounts(f.files, f.scored, f.notComputed, f.failed)}\n`);
      record.print(`${terminalSafe(m.summaryWritten(shown, kept), LINE_ROOM)}\n`);
    }
    return path.resolve(written.file);
  } catch (e) {
    record.say(m.writeFailed(path.join(dir, SUMMARY_FILE), (e as Error).message));
    record.failed();
    if (!json) record.print(summaryReport(rows, m, paint));
    return undefined;
  }
}
