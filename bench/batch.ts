// Part 2 — the command line in batch: 200 copies of the sample scored in one call, against the I/O
// floor (merely reading and writing the same 200 files with ExcelJS: bench/floor.js), on one thread
// and on two (worker threads). Each is a process of its own, started cold as a reviewer starts it;
// the command line is the one shipped (lib/, compiled). CPU time from bench/cpu-probe.js.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { execFile } from 'child_process';
import { SAMPLE } from './generate';
import { median, round } from './timing';
import type { Sample } from './timing';

export const BATCH_FILES = 200;
/** The command line on one thread against the floor, at most. */
export const BATCH_TARGET = 1.0;
/** One thread's time over two threads' time, at least. */
export const SCALING_TARGET = 1.8;
const RUNS = 5;

interface Runs {
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly runsMs: readonly number[];
}

export interface BatchResult {
  readonly files: number;
  readonly floor: Runs;
  readonly cli1: Runs & { readonly exitCode: number };
  readonly cli2: Runs & { readonly exitCode: number };
  /** cli1 ÷ floor, wall and CPU. */
  readonly ratio: number;
  readonly cpuRatio: number;
  /** cli1 ÷ cli2, wall: how much a second core gives. */
  readonly scaling: number;
  readonly perFileMs: number;
  readonly target: number;
  readonly scalingTarget: number;
  readonly met: boolean;
  readonly scalingMet: boolean;
}

/** A folder holding `count` copies of the sample, named as a reviewer's folder would be. */
export async function sampleFolder(count: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-bench-'));
  const input = path.join(dir, 'in');
  await fs.mkdir(input);
  for (let i = 1; i <= count; i++) await fs.copyFile(SAMPLE, path.join(input, `部门${String(i).padStart(3, '0')}.xlsx`));
  return dir;
}

async function freshOut(dir: string): Promise<string> {
  const out = path.join(dir, 'out');
  await fs.rm(out, { recursive: true, force: true });
  await fs.mkdir(out);
  return out;
}

const ROOT = path.resolve(__dirname, '..');

/** Runs a node program to its end: its wall time, its CPU time (all threads) and exit status. */
export function timedProcess(args: readonly string[], probe: string): Promise<Sample & { exitCode: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-r', path.join(__dirname, 'cpu-probe.js'), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CPU_PROBE_OUT: probe } }, (err) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const exitCode = err ? Number((err as { code?: unknown }).code) : 0;
      fs.readFile(probe, 'utf8').then((cpu) => resolve({ wallMs, cpuMs: Number(cpu), exitCode }), reject);
    });
  });
}

const summarise = (samples: readonly Sample[]): Runs => ({
  medianMs: round(median(samples.map((s) => s.wallMs))),
  medianCpuMs: round(median(samples.map((s) => s.cpuMs))),
  runsMs: samples.map((s) => round(s.wallMs)),
});

export async function benchBatch(log: (s: string) => void = () => {}, count = BATCH_FILES): Promise<BatchResult> {
  (require('../scripts/build-cli.js') as { ensureBuilt(): boolean }).ensureBuilt();
  const dir = await sampleFolder(count);
  try {
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    const probe = path.join(dir, 'cpu');
    const exit = { cli1: -1, cli2: -1 };
    const cli = (jobs: number) => [path.join(ROOT, 'lib/cli/main.js'), input, '--out', out, '--jobs', String(jobs)];
    const kinds = { floor: [path.join(__dirname, 'floor.js'), input, out], cli1: cli(1), cli2: cli(2) };
    const samples: Record<keyof typeof kinds, Sample[]> = { floor: [], cli1: [], cli2: [] };
    // One warm-up of each (the files into the page cache), then the three in turn, so that a busy
    // moment of the shared machine falls on all of them alike.
    for (let run = 0; run <= RUNS; run++) {
      for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
        await freshOut(dir);
        const s = await timedProcess(kinds[kind], probe);
        if (s.exitCode !== 0) throw new Error(`${kind} exited ${s.exitCode}`);
        if (kind !== 'floor') exit[kind] = s.exitCode;
        if (run > 0) samples[kind].push(s);
        const written = (await fs.readdir(out)).filter((n) => n.endsWith('.scored.xlsx')).length;
        if (written !== count) throw new Error(`${kind} wrote ${written} of ${count} scored files`);
      }
    }
    const floor = summarise(samples.floor);
    const cli1 = { ...summarise(samples.cli1), exitCode: exit.cli1 };
    const cli2 = { ...summarise(samples.cli2), exitCode: exit.cli2 };
    log(`batch ${count} files: floor ${floor.medianMs} ms, CLI 1 thread ${cli1.medianMs} ms, 2 threads ${cli2.medianMs} ms`);
    const ratio = round(cli1.medianMs / floor.medianMs);
    const scaling = round(cli1.medianMs / cli2.medianMs);
    return {
      files: count,
      floor,
      cli1,
      cli2,
      ratio,
      cpuRatio: round(cli1.medianCpuMs / floor.medianCpuMs),
      scaling,
      perFileMs: round(cli1.medianMs / count),
      target: BATCH_TARGET,
      scalingTarget: SCALING_TARGET,
      met: ratio <= BATCH_TARGET,
      scalingMet: scaling >= SCALING_TARGET,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
