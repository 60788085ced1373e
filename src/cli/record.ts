// What a run has said and keeps until its end: its exit status, the summary's lines, the tables to
// print, the JSON document as it is written, and the progress line while files are scored.
import type { Exit } from './io';
import { EXIT_FAILURE, EXIT_OK, type CliIO } from './io';
import { JsonDocumentWriter } from './json';
import type { CliMessages } from './messages';
import type { FileOutcome } from './outcome';
import type { PathProblem } from './inputs';
import { LINE_ROOM, Progress } from './report';
import type { SummaryRow } from './summaryRow';
import { tell } from './tell';
import { terminalSafe } from './terminal';

export class RunRecord {
  private exit: Exit;
  private readonly rowsSoFar: SummaryRow[] = [];
  private readonly reports: string[] = [];
  private readonly progress: Progress;
  private readonly json: JsonDocumentWriter | null;

  constructor(
    private readonly io: CliIO,
    private readonly m: CliMessages,
    asJson: boolean,
    /** Progress is shown for several files on a terminal. */
    files: { readonly count: number; readonly many: boolean },
    private readonly problems: readonly PathProblem[],
  ) {
    this.exit = problems.length ? EXIT_FAILURE : EXIT_OK;
    this.progress = new Progress(io.stderr, files.many && io.stderr.isTTY === true, files.count);
    this.json = asJson ? new JsonDocumentWriter(io.stdout) : null;
    for (const p of problems) this.say(p.message);
  }

  /** A line on stderr. */
  say(text: string): void {
    this.io.stderr.write(`${terminalSafe(text, LINE_ROOM)}\n`);
  }

  /** A file's outcome: said, its sheets' lines kept for the summary and written to the JSON. */
  async take(outcome: FileOutcome, index: number): Promise<void> {
    this.progress.step(index + 1, outcome.done.shown);
    const told = tell(outcome, this.m, this.json !== null);
    if (told.say.length) this.progress.clear();
    for (const line of told.say) this.say(line);
    this.worse(told.exit);
    for (const s of told.sheets) {
      this.rowsSoFar.push(s.row);
      await this.json?.file(s.json);
    }
    if (told.report !== null) this.reports.push(told.report);
  }

  /** Every file taken: the progress line goes. */
  filesDone(): void {
    this.progress.clear();
  }

  get rows(): readonly SummaryRow[] {
    return this.rowsSoFar;
  }

  /** Something of the run failed (a summary not written): the run ends with EXIT_FAILURE. */
  failed(): void {
    this.worse(EXIT_FAILURE);
  }

  /** Text for stdout, after the files' tables (not with --json). */
  print(text: string): void {
    this.reports.push(text);
  }

  /** Ends the run: the JSON document closed (naming the summary written), or the tables printed; the exit status. */
  end(summary: string | undefined): Exit {
    if (this.json) this.json.end(summary, this.problems.map((p) => ({ path: p.path, message: p.message })));
    else this.io.stdout.write(this.reports.join('\n'));
    return this.exit;
  }

  private worse(code: Exit): void {
    if (code > this.exit) this.exit = code;
  }
}
