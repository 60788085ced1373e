// The pane's one way of running a task against Excel: the buttons wait while it runs, the status line
// says what is happening and then what happened, and a failure is shown as a problem, never thrown.
import * as React from 'react';

export type TaskKind = 'score' | 'restore' | 'write';

export interface PaneTask {
  /** The task running now, or null. */
  readonly busy: TaskKind | null;
  /** The status line: what is happening, then what happened. */
  readonly status: string;
  /** What went wrong, or what Excel refused: shown as an error bar. */
  readonly problem: string | null;
  setStatus(text: string): void;
  setProblem(text: string | null): void;
  /**
   * Runs a task: `working` is said meanwhile; the task's answer becomes the status (an empty answer
   * leaves the status to the task). A thrown error is shown as `failed(message)`.
   */
  run(kind: TaskKind, working: string, task: () => Promise<string | void>): Promise<void>;
}

/**
 * How long a task runs before the status adds `waiting`: Excel holds a write while a person types in a
 * cell (delayForCellEdit) and tells the add-in nothing, so a long wait is said, with what ends it.
 */
const WAITING_AFTER_MS = 1500;

export function usePaneTask(failed: (message: string) => string, waiting: string): PaneTask {
  const [busy, setBusy] = React.useState<TaskKind | null>(null);
  const [status, setStatus] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);

  const run = React.useCallback(
    async (kind: TaskKind, working: string, task: () => Promise<string | void>) => {
      setBusy(kind);
      setProblem(null);
      setStatus(working);
      const timer = setTimeout(() => setStatus(`${working} ${waiting}`), WAITING_AFTER_MS);
      try {
        const done = await task();
        if (typeof done === 'string') setStatus(done);
      } catch (e) {
        setStatus('');
        setProblem(failed(e instanceof Error ? e.message : String(e)));
      } finally {
        clearTimeout(timer);
        setBusy(null);
      }
    },
    [failed, waiting],
  );

  return { busy, status, problem, setStatus, setProblem, run };
}
