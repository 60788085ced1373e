// Entry of the task pane: wait for Office, read its display language and theme, render the pane.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { excelActions } from './actions';
import { STRINGS, langOf } from './strings';
import { fluentTheme } from './theme';

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
    const render = () =>
      root.render(
        <App
          lang={lang}
          theme={fluentTheme(Office.context?.officeTheme)}
          actions={excelActions}
          scoreOnOpen={new URLSearchParams(window.location.search).get('run') === 'score'}
          storage={storage()}
          documentKey={context?.document?.url || 'untitled'}
        />,
      );
    render();
    // Hosts that report theme changes (Office on Windows) repaint the pane in the new theme.
    try {
      context?.document?.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, render);
    } catch {
      // Not every host has this event.
    }
  });
}

start();
