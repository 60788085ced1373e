// A run that is stopped (Ctrl+C, a kill, the terminal closed) leaves nothing behind: the LibreOffice
// it started (a process group of its own, which the terminal's signal does not reach) and their
// temporary folders, and the temporary files of outputs being written. Outputs already written are
// whole (each was written to a temporary file and renamed); the run's exit status says how it ended.
import { stopConversions } from '../xlsx/convert';
import { abandonWrites } from '../xlsx/safeWrite';

/** The exit status of a process ended by a signal: 128 + its number. */
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function stopCleanly(): void {
  for (const [signal, status] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      stopConversions();
      abandonWrites();
      process.exit(status);
    });
  }
}
