// What one file may cost the command line: the promise that no workbook, however made, keeps a run
// for more than 30 seconds or takes more than 1 GB of memory (README, 安全与可靠 / Safety). The
// loading step's limits keep every workbook the reader can be shown well inside these; the bounds
// are what holds when something still gets through.

export interface FileBounds {
  /** Wall time for one file, from when it starts (its conversion included) to its result. */
  readonly ms: number;
  /** The V8 heap of the worker scoring it (resourceLimits' maxOldGenerationSizeMb). */
  readonly heapMb: number;
  /** The process's resident memory: past it, the files being scored are stopped. */
  readonly rssMb: number;
}

/**
 * 25 s leaves the process's start and the writing of the output inside 30; the largest workbook the
 * limits admit (20,000 scored rows) is scored in 9.4 s and 380 MB here with both cores busy with other
 * work (load average 7). 768 MB of heap and 960 MB of resident memory leave the overshoot between two
 * looks inside 1 GB.
 */
export const DEFAULT_BOUNDS: FileBounds = { ms: 25_000, heapMb: 768, rssMb: 960 };

/** The bounds, each one settable for tests and odd machines (JIXIAO_FILE_TIMEOUT_MS, JIXIAO_FILE_HEAP_MB, JIXIAO_RSS_LIMIT_MB). */
export function boundsFrom(env: Readonly<Record<string, string | undefined>>): FileBounds {
  const read = (name: string, fallback: number) => {
    const n = Number(env[name]);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    ms: read('JIXIAO_FILE_TIMEOUT_MS', DEFAULT_BOUNDS.ms),
    heapMb: read('JIXIAO_FILE_HEAP_MB', DEFAULT_BOUNDS.heapMb),
    rssMb: read('JIXIAO_RSS_LIMIT_MB', DEFAULT_BOUNDS.rssMb),
  };
}
