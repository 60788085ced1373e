// Part 5 — memory of a folder of large workbooks: the command line as shipped (a real process, every
// core) on 8 copies of the largest workbook the limits admit (20,000 scored rows), against the same
// workbook alone. Peak resident memory from test/hard/support/rss-probe.js (process.memoryUsage().rss
// sampled every 10 ms, and the kernel's maximum), worker threads included: they share the process.
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { makeBadFixtures } from '../scripts/make-bad-fixtures';
import { round } from './timing';

export const MEMORY_FILES = 8;
/** The folder's peak over the largest file's alone, at most. */
export const MEMORY_TARGET = 1.2;

export interface MemoryRun {
  readonly peakMB: number;
  readonly wallMs: number;
  readonly exitCode: number;
}

export interface MemoryResult {
  readonly rows: number;
  readonly files: number;
  readonly alone: MemoryRun;
  readonly folder: MemoryRun;
  readonly ratio: number;
  readonly target: number;
  readonly met: boolean;
}

const ROOT = path.resolve(__dirname, '..');

function runCli(args: readonly string[], probe: string): Promise<MemoryRun> {
  (require('../scripts/build-cli.js') as { ensureBuilt(): boolean }).ensureBuilt();
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', path.join(ROOT, 'test/hard/support/rss-probe.js'), path.join(ROOT, 'lib/cli/main.js'), ...args],
      { cwd: ROOT, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, RSS_PROBE_OUT: probe } },
      (err) => {
        const exitCode = err ? Number((err as { code?: unknown }).code) : 0;
        fs.readFile(probe, 'utf8').then(
          (probe) => resolve({ peakMB: round((JSON.parse(probe) as { peakRss: number }).peakRss / 2 ** 20, 0), wallMs: Date.now() - started, exitCode }),
          reject,
        );
      },
    );
  });
}

export async function benchMemory(log: (s: string) => void = () => {}): Promise<MemoryResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-memory-'));
  try {
    const made = await makeBadFixtures(path.join(dir, 'made'), { big: true, only: ['largest-accepted.xlsx'] });
    const largest = made.get('largest-accepted.xlsx')!;
    const folder = path.join(dir, 'folder');
    await fs.mkdir(folder);
    for (let i = 1; i <= MEMORY_FILES; i++) await fs.copyFile(largest, path.join(folder, `部门${i}.xlsx`));
    // --json: the reviewer's document of 8 × 20,000 rows goes to stdout as it comes.
    const alone = await runCli([largest, '--out', path.join(dir, 'out-alone'), '--json'], path.join(dir, 'alone.rss'));
    log(`memory: one 20,000-row workbook alone: ${alone.peakMB} MB, ${alone.wallMs} ms`);
    const many = await runCli([folder, '--out', path.join(dir, 'out-folder'), '--json'], path.join(dir, 'folder.rss'));
    log(`memory: a folder of ${MEMORY_FILES}: ${many.peakMB} MB, ${many.wallMs} ms`);
    const ratio = round(many.peakMB / alone.peakMB);
    return { rows: 20_000, files: MEMORY_FILES, alone, folder: many, ratio, target: MEMORY_TARGET, met: ratio <= MEMORY_TARGET };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
