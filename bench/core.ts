// Part 1 — the scoring core: rows per second on generated sheets of 1,000, 10,000 and 100,000 rows,
// and how the time grows from 10,000 to 100,000 rows (linear is 10).
import { scoreWorkbook } from '../src/core';
import { generateWorkbook, loadSample } from './generate';
import { measure, round } from './timing';

export const CORE_SIZES = [1_000, 10_000, 100_000] as const;
export const CORE_RATIO_TARGET = 10.5;

export interface CoreSize {
  readonly rows: number;
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly runsMs: readonly number[];
  readonly rowsPerSecond: number;
  /** What the scored sheet looked like, so a figure is not for a sheet full of errors. */
  readonly scored: { readonly full: number; readonly deducted: number; readonly manual: number; readonly error: number; readonly issues: number };
}

export interface CoreResult {
  readonly sizes: readonly CoreSize[];
  readonly ratio100kTo10k: number;
  /** The same ratio on CPU time, less disturbed by other work on the machine. */
  readonly cpuRatio100kTo10k: number;
  readonly target: number;
  readonly met: boolean;
}

export async function benchCore(log: (s: string) => void = () => {}): Promise<CoreResult> {
  const sample = await loadSample();
  const sizes: CoreSize[] = [];
  for (const rows of CORE_SIZES) {
    const wb = generateWorkbook(sample, rows);
    const first = scoreWorkbook(wb);
    if (first.rows.length !== rows) throw new Error(`generated ${rows} rows, the core read ${first.rows.length}`);
    const count = (s: string) => first.rows.filter((r) => r.status === s).length;
    const t = await measure(() => scoreWorkbook(wb));
    const size: CoreSize = {
      rows,
      medianMs: t.medianMs,
      medianCpuMs: t.medianCpuMs,
      runsMs: t.runsMs,
      rowsPerSecond: Math.round((rows / t.medianMs) * 1000),
      scored: { full: count('full'), deducted: count('deducted'), manual: count('manual'), error: count('error'), issues: first.issues.length },
    };
    log(`core ${rows} rows: median ${size.medianMs} ms, CPU ${size.medianCpuMs} ms (${size.rowsPerSecond} rows/s)`);
    sizes.push(size);
  }
  const at = (n: number) => sizes.find((s) => s.rows === n)!;
  const ratio = round(at(100_000).medianMs / at(10_000).medianMs);
  const cpuRatio = round(at(100_000).medianCpuMs / at(10_000).medianCpuMs);
  return { sizes, ratio100kTo10k: ratio, cpuRatio100kTo10k: cpuRatio, target: CORE_RATIO_TARGET, met: ratio <= CORE_RATIO_TARGET };
}
