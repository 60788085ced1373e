// The scored files given back as they were before scoring: a download each, or why there is none.
import { Button } from '@fluentui/react-components';
import { downloadBytes } from '../taskpane/download';
import type { Restored } from './entries';
import type { PageStrings } from './strings';
import type { PageStyles } from './styles';

export function RestoredFiles({ restored, p, styles }: { restored: readonly Restored[]; p: PageStrings; styles: PageStyles }) {
  return (
    <section className={styles.card} data-testid="restored">
      <h2 className={styles.h2}>{p.restoredHeading}</h2>
      <p className={styles.offline}>{p.restoreHint}</p>
      {restored.map((r) =>
        r.file ? (
          <Button key={r.key} onClick={() => downloadBytes(r.file!.name, r.file!.bytes)} data-testid="download-restored">
            {p.downloadRestored(r.file.name)}
          </Button>
        ) : (
          <p key={r.key} className={styles.failed}>
            {r.message}
          </p>
        ),
      )}
    </section>
  );
}
