// Where files come in: dropped (files or a folder), or picked; and scored files picked to restore.
import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { collectDropped, collectPicked, type Picked } from './picked';
import { PickButton } from './PickButton';
import type { PageStrings } from './strings';
import type { PageStyles } from './styles';

export interface DropZoneProps {
  readonly p: PageStrings;
  readonly styles: PageStyles;
  readonly onTake: (picking: Promise<{ picked: Picked[]; folder: boolean }>) => void;
  readonly onRestore: (files: FileList | null) => void;
}

export function DropZone({ p, styles, onTake, onRestore }: DropZoneProps) {
  const [dragging, setDragging] = React.useState(false);
  return (
    <section
      className={mergeClasses(styles.drop, dragging && styles.dropActive)}
      data-testid="drop"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onTake(collectDropped(e.dataTransfer));
      }}
    >
      <span className={styles.dropText}>{p.drop}</span>
      <PickButton label={p.pickFiles} testId="pick-files" multiple accept=".xlsx,.xlsm,.xls,.et,.ods" onPick={(list) => onTake(Promise.resolve(collectPicked(list, false)))} />
      <PickButton label={p.pickFolder} testId="pick-folder" directory onPick={(list) => onTake(Promise.resolve(collectPicked(list, true)))} />
      <PickButton label={p.pickScored} testId="pick-scored" multiple accept=".xlsx,.xlsm" onPick={onRestore} appearance="secondary" />
    </section>
  );
}
