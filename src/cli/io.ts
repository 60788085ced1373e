// What the command line is given to run in — its streams, environment, folder and limits — and the
// exit statuses it answers with.
import type { JsonOut } from './json';
import type { FileBounds } from './bounds';

export interface Stream extends JsonOut {
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** Worker threads for a folder when --jobs is not given (the process: its cores; in process: 1). */
  readonly defaultJobs?: number;
  /** What one file may cost (the process: ./bounds; in process: none, files scored on this thread). */
  readonly bounds?: FileBounds;
}

/** 0 scored, 1 some row or the table in error, 2 not read, not scored or not written (README). */
export type Exit = 0 | 1 | 2;
export const EXIT_OK = 0;
export const EXIT_ROW_ERRORS = 1;
export const EXIT_FAILURE = 2;
