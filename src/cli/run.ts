// The command line: `score <file.xlsx|folder>... [--out DIR] [--json] [--lang zh|en]` and
// `restore <file.scored.xlsx>...`. Resolves the inputs, scores each file (on worker threads for a
// folder), writes each output as its result comes, and reports on stdout (a table, or one JSON
// document written as the files come) — messages and progress go to stderr.
import { promises as fs } from 'fs';
import path from 'path';
import { parseArgs } from './args';
import type { CliOptions } from './args';
import { runClock, type Clock } from './clock';
import { resolveInputs } from './inputs';
import { EXIT_FAILURE, EXIT_OK, type CliIO } from './io';
import { cliMessages } from './messages';
import type { CliMessages } from './messages';
import { OutcomeWriter } from './outcome';
import { Outputs } from './outputs';
import { RunRecord } from './record';
import { scoreFiles } from './scoreFiles';
import { summarise } from './summarise';
import { painter } from './table';
import { LINE_ROOM } from './report';
import { terminalSafe } from './terminal';

/** --out made (absolute), null without it; or what is wrong with it, said. */
async function outputFolder(out: string | null, cwd: string, m: CliMessages): Promise<{ dir: string | null } | { problem: string }> {
  if (out === null) return { dir: null };
  const dir = path.resolve(cwd, out);
  try {
    await fs.mkdir(dir, { recursive: true });
    return { dir };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === 'EEXIST' || code === 'ENOTDIR' ? m.outIsFile(out) : m.writeFailed(out, (e as Error).message) };
  }
}

/** Resolve the inputs → score them, each outcome said as it comes → write the summary → print or end the JSON. */
async function scoreAll(options: CliOptions, io: CliIO, clock: Clock): Promise<number> {
  const m = cliMessages(options.lang);
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const colour = !options.json && io.stdout.isTTY === true && env.NO_COLOR === undefined;

  const out = await outputFolder(options.out, cwd, m);
  if ('problem' in out) {
    io.stderr.write(`${terminalSafe(out.problem, LINE_ROOM)}\n`);
    return EXIT_FAILURE;
  }
  const given = await resolveInputs(options.paths, cwd, m);
  const outputs = new Outputs(options.force);
  await outputs.addInputs(given.inputs.filter((i) => !i.problem).map((i) => i.file));
  const record = new RunRecord(io, m, options.json, { count: given.inputs.length, many: given.many }, given.problems);

  await scoreFiles(given, { options, io, clock, m, colour }, new OutcomeWriter(outputs, out.dir, cwd), (outcome, index) => record.take(outcome, index));
  record.filesDone();

  const summary = given.many ? await summarise(record, given, { outputs, outDir: out.dir, cwd }, m, clock, options.json, painter(colour)) : undefined;
  return record.end(summary);
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
