// The scripted stand-in Excel host of the browser test, injected into the page before it loads
// (page.addInitScript), in place of office.js: `Office` (onReady, display language, theme,
// requirement sets) and `Excel.run` over the strict in-memory Excel holding the sample's cells.
// The test sets window.__STANDIN__ (sheets and options) in an earlier init script and inspects
// the workbook afterwards through window.__standin.
import { FakeExcel, type FakeExcelOptions } from '../support/fake-excel';

interface StandinConfig {
  readonly excel: FakeExcelOptions;
  readonly displayLanguage?: string;
  readonly officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string };
  readonly documentUrl?: string;
}

interface Win {
  __STANDIN__?: StandinConfig;
  __standin?: { xl: FakeExcel; runs: number; handlers: string[] };
  Office?: unknown;
  Excel?: unknown;
}

// The page's globals, untyped here: the stand-in replaces office.js's Office and Excel.
const w = globalThis as unknown as Win;
const config = w.__STANDIN__;
if (!config) throw new Error('stand-in host: window.__STANDIN__ was not set before the page loaded');

const xl = new FakeExcel(config.excel);
const host = xl.host();
const standin = { xl, runs: 0, handlers: [] as string[] };
w.__standin = standin;

const context = {
  displayLanguage: config.displayLanguage ?? 'zh-CN',
  officeTheme: config.officeTheme ?? {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
  },
  requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version ?? '1.1') },
  document: {
    url: config.documentUrl ?? '2019-shezhiwei.xlsx',
    // Excel raises none of the Outlook-only events (OfficeThemeChanged is Mailbox 1.14:
    // https://learn.microsoft.com/javascript/api/office/office.eventtype); asking for one fails.
    addHandlerAsync: (type: string, _handler: unknown, callback?: (r: { status: string }) => void) => {
      standin.handlers.push(type);
      callback?.({ status: type === 'officeThemeChanged' ? 'failed' : 'succeeded' });
    },
  },
  diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: 'stand-in' },
};

const info = { host: 'Excel', platform: 'OfficeOnline' };

w.Office = {
  context,
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  EventType: { OfficeThemeChanged: 'officeThemeChanged' },
  onReady(callback?: (i: typeof info) => void) {
    // Like office.js: the callback runs after the page's scripts, once the host answered.
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
};

// What office.js does to the page when it loads, in Excel as in every host but Outlook on Android
// (@microsoft/office-js 1.1.110, office.debug.js, OfficeAppFactory's initialize; "Office.js-specific web API
// behavior", https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn):
// history.replaceState and pushState are null.
Object.assign(window.history, { replaceState: null, pushState: null });

w.Excel = {
  /** Excel.run(batch) or Excel.run(options, batch), the two forms office.js takes (Excel.RunOptions). */
  run<T>(...args: [(context: unknown) => Promise<T>] | [{ delayForCellEdit?: boolean }, (context: unknown) => Promise<T>]): Promise<T> {
    standin.runs += 1;
    const batch = args.length === 1 ? args[0] : args[1];
    const options = args.length === 1 ? {} : args[0];
    return host.run(batch as never, options);
  },
};
