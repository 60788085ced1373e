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
  /**
   * Processor time the process used, user and system, every thread, in milliseconds (node start-up
   * included; LibreOffice, a process of its own, not). What a file costs, whatever else the machine
   * runs: a time promise checked on it holds on a test machine that is busy, where wall time does not.
   */
  readonly cpuMs: number;
}

/**
 * For a run whose time promise is checked on processor time: the per-file wall-clock bound (25 s,
 * src/cli/bounds.ts) raised out of the way, so that a busy machine does not stop a file the promise
 * holds for. The bound's stopping is tested on its own, with a bound set low.
 */
export const WALL_BOUND_RAISED: Readonly<Record<string, string>> = { JIXIAO_FILE_TIMEOUT_MS: String(10 * 60_000) };

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
  const probe = JSON.parse(await fs.readFile(probeOut, 'utf8')) as { peakRss: number; cpuMs: number };
  return { ...result, ...probe, ms };
}

export const MB = 1024 * 1024;

/**
 * Processor time this process has used since `since` (a `process.cpuUsage()`), in milliseconds: what
 * an in-process run cost, the same on a test machine busy with other work, where wall time is not.
 */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return Math.round((user + system) / 1000);
}
