// How far the run is: a bar, the count (or that it was cancelled), cancel while it runs, and the zip of
// everything once it is done.
import { Button, ProgressBar } from '@fluentui/react-components';
import type { Entry } from './entries';
import type { PageStrings } from './strings';
import type { PageStyles } from './styles';

export interface RunProgressProps {
  readonly entries: readonly Entry[];
  /** The files came as a folder: its zip is offered even for one file. */
  readonly folder: boolean;
  readonly p: PageStrings;
  readonly styles: PageStyles;
  readonly onCancel: () => void;
  readonly onDownloadAll: () => void;
}

export function RunProgress({ entries, folder, p, styles, onCancel, onDownloadAll }: RunProgressProps) {
  const done = entries.filter((e) => e.state === 'done').length;
  const running = entries.some((e) => e.state === 'waiting' || e.state === 'working');
  return (
    <div className={styles.progress}>
      <ProgressBar className={styles.bar} value={entries.length ? done / entries.length : 0} thickness="large" aria-label={p.progress(done, entries.length)} />
      <span role="status" aria-live="polite" data-testid="progress">
        {entries.some((e) => e.state === 'cancelled') ? p.cancelled : p.progress(done, entries.length)}
      </span>
      {running && (
        <Button onClick={onCancel} data-testid="cancel">
          {p.cancel}
        </Button>
      )}
      {!running && (folder || entries.length > 1) && done > 0 && (
        <Button appearance="primary" onClick={onDownloadAll} data-testid="download-all">
          {p.downloadAll}
        </Button>
      )}
    </div>
  );
}
