#!/usr/bin/env node
// Entry point of `npm run score -- …`, `npm run restore -- …` and the `jixiao-pingfen` bin
// (`jixiao-pingfen score …`, `jixiao-pingfen restore …`). --help is answered before the scorer is
// loaded, so that it comes at once.
import os from 'os';
import { parseArgs } from './args';
import { cliMessages } from './messages';

const argv = process.argv.slice(2);
const parsed = parseArgs(argv);
if (parsed.ok && parsed.options.help) {
  process.stdout.write(cliMessages(parsed.options.lang).help);
} else {
  const { runCli } = require('./run') as typeof import('./run');
  const { boundsFrom } = require('./bounds') as typeof import('./bounds');
  const { stopCleanly } = require('./interrupt') as typeof import('./interrupt');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // One core left to this thread and V8's own threads: one scoring thread alone keeps 1.3 cores busy
  // (background compiling and collecting, deflating and syncing), so on two cores a second thread
  // made a folder slower (BENCHMARKS.md).
  // Every file on a worker held to the bounds; Ctrl+C (or a kill) stops LibreOffice and removes temporary files first.
  stopCleanly();
  runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, defaultJobs: Math.max(1, cores - 1), bounds: boundsFrom(process.env) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A message, not a stack trace (JIXIAO_DEBUG=1 shows the trace).
      process.stderr.write(`${e instanceof Error ? (process.env.JIXIAO_DEBUG ? (e.stack ?? e.message) : e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
