// Running the command line for the attack tests: in-process (fast, many files) or as a real
// process with its peak memory measured (for the promises about time and memory).
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { runCli } from '../../../src/cli/run';
import type { CliIO } from '../../../src/cli/io';
import type { JsonDocument } from '../../../src/cli/json';

export const ROOT = path.resolve(__dirname, '../../..');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI run in this process, its output captured; `cwd` stands for the folder it is started in. */
export async function runInProcess(argv: readonly string[], cwd?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    env: {},
    ...(cwd ? { cwd } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export function json(run: Run): JsonDocument {
  return JSON.parse(run.stdout) as JsonDocument;
}

export interface ProcessRun extends Run {
  /** Peak resident set size of the process, in bytes. */
  readonly peakRss: number;
  /** Wall time from start to exit, in milliseconds (node start-up included). */
  readonly ms: number;
}

/** The command line as shipped (compiled to lib/, built first when stale). */
export function shippedCli(): string {
  (require('../../../scripts/build-cli.js') as { ensureBuilt(): boolean }).ensureBuilt();
  return path.join(ROOT, 'lib/cli/main.js');
}

/** The CLI as `npm run score` starts it (compiled JavaScript), with rss-probe.js preloaded. */
export async function runProcess(args: readonly string[], probeOut: string, env: Readonly<Record<string, string>> = {}): Promise<ProcessRun> {
  const main = shippedCli();
  const started = Date.now();
  const result = await new Promise<Run>((resolve) => {
    execFile(
      process.execPath,
      ['-r', path.join(__dirname, 'rss-probe.js'), main, ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', RSS_PROBE_OUT: probeOut, ...env } },
      (err, stdout, stderr) => {
        const code = err ? (err as { code?: unknown }).code : 0;
        resolve({ code: typeof code === 'number' ? code : -1, stdout, stderr });
      },
    );
  });
  const ms = Date.now() - started;
  const peakRss = Number(await fs.readFile(probeOut, 'utf8'));
  return { ...result, peakRss, ms };
}

export const MB = 1024 * 1024;
