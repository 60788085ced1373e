// Entry of the task pane: wait for Office, read its display language and theme, render the pane.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { excelActions } from './actions';
import { STRINGS, langOf } from './strings';
import { consumeRunFlag } from './launch';
import { fluentTheme } from './theme';
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
  const root = createRoot(container);
  if (typeof Office === 'undefined') {
    const lang = langOf(navigator.language);
    container.textContent = STRINGS[lang].noOffice;
    return;
  }
  void Office.onReady((info) => {
    const context = Office.context;
    const lang = langOf(context?.displayLanguage ?? navigator.language);
    if (!info?.host) {
      // office.js loaded but the page is not inside Excel (opened directly in a browser).
      container.textContent = STRINGS[lang].noOffice;
      return;
    }
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
    document.title = STRINGS[lang].appTitle;
    const scoreOnOpen = consumeRunFlag(window.location, window.history);
    const render = () =>
      root.render(
        <App
          lang={lang}
          theme={fluentTheme(Office.context?.officeTheme)}
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
