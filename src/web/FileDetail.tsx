// One file's result: its downloads, what the command line says of it, and each table in the pane's own view.
import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import ResultPanel from '../taskpane/ResultPanel';
import { STRINGS } from '../taskpane/strings/all';
import { downloadBytes } from '../taskpane/download';
import type { Entry } from './entries';
import { PAGE_STRINGS } from './strings';
import type { PageStyles } from './styles';

export function FileDetail({ entry, lang, onExplain, styles }: { entry: Entry; lang: Lang; onExplain: (on: boolean) => void; styles: PageStyles }) {
  const p = PAGE_STRINGS[lang];
  const result = entry.result!;
  const noop = React.useCallback(() => undefined, []);
  return (
    <div data-testid="file-detail" data-file={entry.picked.shown}>
      <h2 className={styles.h2}>{entry.picked.shown}</h2>
      <div className={styles.downloads}>
        {result.scored && (
          <Button appearance="primary" onClick={() => downloadBytes(result.scored!.name, result.scored!.bytes)} data-testid="download-scored">
            {p.downloadScored(result.scored.name)}
          </Button>
        )}
        {result.docx && (
          <Button onClick={() => downloadBytes(result.docx!.name, result.docx!.bytes)} data-testid="download-docx">
            {p.downloadDocx(result.docx.name)}
          </Button>
        )}
      </div>
      {result.messages.length > 0 && (
        <ul className={mergeClasses(styles.messages, !result.scored && styles.failed)} data-testid="file-messages">
          {result.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {result.views.map((view, i) => (
        <div key={`${view.sheet}:${i}`} className={i > 0 ? styles.sheet : undefined}>
          <ResultPanel
            view={view}
            strings={STRINGS[lang]}
            fresh
            busy={entry.state === 'working'}
            appendReason={view.reasonColumn === 'appended'}
            onScoreSheet={noop}
            onAppendReason={onExplain}
            {...(result.docx ? { onSaveDocx: () => downloadBytes(result.docx!.name, result.docx!.bytes) } : {})}
          />
        </div>
      ))}
    </div>
  );
}
