// Entry of the task pane. The page paints a static shell first (taskpane.html: the title, 评分, 恢复 and
// the hint, in Chinese), before any script; this entry waits for Office, reads its display language and
// theme, takes that language's strings (Chinese with the entry, English fetched) and renders the pane over
// the shell.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { excelActions } from './actions';
import { langOf } from './strings';
import { loadStrings } from './strings/load';
import { consumeRunFlag, pageHistory } from './launch';
import { isDark } from './theme';
import { partitioned } from './view';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  if (typeof Office === 'undefined') {
    void loadStrings(langOf(navigator.language)).then((s) => (container.textContent = s.noOffice));
    return;
  }
  void Office.onReady(async (info) => {
    const context = Office.context;
    const lang = langOf(context?.displayLanguage ?? navigator.language);
    const s = await loadStrings(lang);
    if (!info?.host) {
      // office.js loaded but the page is not inside Excel (opened directly in a browser).
      container.textContent = s.noOffice;
      return;
    }
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
    document.title = s.appTitle;
    const scoreOnOpen = consumeRunFlag(window.location, pageHistory());
    // React takes the shell's place at its first render.
    const root = createRoot(container);
    const render = () =>
      root.render(
        <App
          lang={lang}
          strings={s}
          dark={isDark(Office.context?.officeTheme)}
          actions={excelActions}
          scoreOnOpen={scoreOnOpen}
          storage={partitioned(storage(), context?.partitionKey)}
          documentKey={context?.document?.url || 'untitled'}
        />,
      );
    render();
    // Excel reports no theme change (Office.EventType.OfficeThemeChanged is a Mailbox event, Outlook
    // only: https://learn.microsoft.com/javascript/api/office/office.eventtype): the theme is read
    // again whenever the pane is shown.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') render();
    });
  });
}

start();
