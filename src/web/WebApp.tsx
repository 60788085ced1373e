// The web page: drop or pick workbooks (or a folder), score them in workers with the command line's
// code, look at each in the pane's own result view, download the scored files, a folder's zip with
// 汇总.xlsx, or a restored file. The work is usePageRun's; this is the page's layout.
import * as React from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, Switch, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { STRINGS } from '../taskpane/strings/all';
import { DropZone } from './DropZone';
import { FileDetail } from './FileDetail';
import { FileTable } from './FileTable';
import { RestoredFiles } from './RestoredFiles';
import { RunProgress } from './RunProgress';
import { PAGE_STRINGS } from './strings';
import { useBodyStyles, useStyles } from './styles';
import { usePageRun } from './useRun';

export interface WebAppProps {
  readonly initialLang: Lang;
  readonly initialDark: boolean;
}

export function WebApp({ initialLang, initialDark }: WebAppProps) {
  useBodyStyles();
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [dark, setDark] = React.useState(initialDark);
  const [overwriteFormulas, setOverwriteFormulas] = React.useState(false);
  const [docx, setDocx] = React.useState(true);
  const run = usePageRun({ lang, overwriteFormulas, docx });
  const p = PAGE_STRINGS[lang];

  React.useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
    document.title = p.title;
  }, [lang, p]);

  React.useEffect(() => {
    // For the browser test and the benchmark: when the page first stood on screen.
    performance.mark?.('jixiao:first-render');
  }, []);

  const current = run.entries.find((e) => e.key === run.selected) ?? null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <main className={styles.root} aria-labelledby="page-title">
        <header className={styles.header}>
          <h1 id="page-title" className={styles.title}>
            {p.title}
          </h1>
          <Switch checked={dark} label={p.dark} onChange={(_, d) => setDark(d.checked)} data-testid="dark" />
          <Button appearance="subtle" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang">
            {p.language}
          </Button>
        </header>
        <p className={styles.intro}>{p.intro}</p>
        <p className={styles.offline}>{p.offline}</p>

        <DropZone p={p} styles={styles} onTake={(picking) => void run.take(picking)} onRestore={(files) => void run.restore(files)} />
        <div className={styles.options}>
          <Switch checked={docx} label={p.wordReport} onChange={(_, d) => setDocx(d.checked)} data-testid="docx" />
          <Switch checked={overwriteFormulas} label={p.overwriteFormulas} onChange={(_, d) => setOverwriteFormulas(d.checked)} data-testid="overwrite-formulas" />
        </div>

        {run.notice && (
          <MessageBar intent="warning">
            <MessageBarBody>{run.notice}</MessageBarBody>
          </MessageBar>
        )}

        {run.entries.length > 0 && <RunProgress entries={run.entries} folder={run.folder} p={p} styles={styles} onCancel={run.cancel} onDownloadAll={() => void run.downloadAll()} />}

        {run.restored.length > 0 && <RestoredFiles restored={run.restored} p={p} styles={styles} />}

        {run.entries.length > 0 && (
          <div className={styles.columns}>
            <FileTable entries={run.entries} selected={run.selected} onSelect={run.select} p={p} s={STRINGS[lang]} styles={styles} />
            <section className={styles.card} data-testid="detail">
              {current?.result ? <FileDetail entry={current} lang={lang} onExplain={(on) => run.rescore(current, on)} styles={styles} /> : <p className={styles.offline}>{p.pickAFile}</p>}
            </section>
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
