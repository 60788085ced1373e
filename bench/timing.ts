// Timing with process.hrtime.bigint(): one warm-up run, then the median of five. The process's CPU
// time is kept beside the wall time: on a shared, noisy machine it says how much of a slow run was
// waiting for a core rather than working.
export const RUNS = 5;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface Sample {
  readonly wallMs: number;
  /** User + system CPU time of this process (not of child processes). */
  readonly cpuMs: number;
}

/** Wall and CPU milliseconds taken by one call of f. */
export async function timeOnce(f: () => unknown): Promise<Sample> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await f();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000 };
}

export interface Timed {
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly runsMs: readonly number[];
}

/** Warms up once (not counted), then times `runs` calls; `before` runs untimed ahead of each. */
export async function measure(f: () => unknown, options: { runs?: number; before?: () => unknown } = {}): Promise<Timed> {
  const runs = options.runs ?? RUNS;
  await options.before?.();
  await f();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    await options.before?.();
    samples.push(await timeOnce(f));
  }
  return {
    medianMs: round(median(samples.map((s) => s.wallMs))),
    medianCpuMs: round(median(samples.map((s) => s.cpuMs))),
    runsMs: samples.map((s) => round(s.wallMs)),
  };
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
