// Part 2 — the command line in batch: 200 copies of the sample scored in one call, against the I/O
// floor: merely reading and writing the same 200 files with ExcelJS in one process.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../src/cli/run';
import { SAMPLE } from './generate';
import { measure, round } from './timing';

export const BATCH_FILES = 200;
export const BATCH_TARGET = 1.2;

export interface BatchResult {
  readonly files: number;
  readonly cli: { readonly medianMs: number; readonly medianCpuMs: number; readonly runsMs: readonly number[]; readonly exitCode: number };
  readonly floor: { readonly medianMs: number; readonly medianCpuMs: number; readonly runsMs: readonly number[] };
  readonly ratio: number;
  readonly cpuRatio: number;
  readonly perFileMs: number;
  readonly target: number;
  readonly met: boolean;
}

const quiet = { write: () => true, isTTY: false };

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

/** Reads and writes every file with ExcelJS and does nothing else: what no scorer can beat. */
export async function ioFloor(files: readonly string[], out: string): Promise<void> {
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(f)) as unknown as ExcelJS.Buffer);
    await wb.xlsx.writeFile(path.join(out, path.basename(f).replace(/\.xlsx$/, '.scored.xlsx')));
  }
}

export async function benchBatch(log: (s: string) => void = () => {}, count = BATCH_FILES): Promise<BatchResult> {
  const dir = await sampleFolder(count);
  try {
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    const files = (await fs.readdir(input)).sort().map((n) => path.join(input, n));
    let exitCode = -1;
    const cli = await measure(
      async () => {
        exitCode = await runCli([input, '--out', out], { stdout: quiet, stderr: quiet, env: {}, cwd: dir });
      },
      { before: () => freshOut(dir) },
    );
    const written = (await fs.readdir(out)).filter((n) => n.endsWith('.scored.xlsx')).length;
    if (written !== count) throw new Error(`the command line wrote ${written} of ${count} scored files`);
    log(`batch cli ${count} files: median ${cli.medianMs} ms, CPU ${cli.medianCpuMs} ms (exit ${exitCode})`);
    const floor = await measure(() => ioFloor(files, out), { before: () => freshOut(dir) });
    log(`batch floor ${count} files: median ${floor.medianMs} ms, CPU ${floor.medianCpuMs} ms`);
    const ratio = round(cli.medianMs / floor.medianMs);
    return {
      files: count,
      cli: { ...cli, exitCode },
      floor,
      ratio,
      cpuRatio: round(cli.medianCpuMs / floor.medianCpuMs),
      perFileMs: round(cli.medianMs / count),
      target: BATCH_TARGET,
      met: ratio <= BATCH_TARGET,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
