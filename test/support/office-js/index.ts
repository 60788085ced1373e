// The real office.js client, as a task pane loads it, with the stand-in Excel as its host.
//
// @microsoft/office-js ships the client Excel on the web serves (dist/excel-web-16.00.debug.js). It is
// run here in a VM context that offers what a browser page would (a window, a document with no trace
// console, a location), once per test file. Everything the adapter does — proxies, load and sync, the
// request JSON, the client's own checks (a property read before load, a ClientResult read before sync,
// an API above the host's requirement sets) and the mapping of the host's error numbers to codes — is
// office.js's own code. Only two of its entry points into the host are answered by us:
// - OSF.DDA.RichApi.executeRichApiRequestAsync, where a local document's RequestContext hands over the
//   request (OfficeJsRequestExecutor): answered from the stand-in's workbook (fake-excel/richapi.ts);
// - Office.context.requirements.isSetSupported: the stand-in's requirement sets.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { FakeExcel, type ExcelClient } from '../fake-excel';
import { answerRichApi } from '../fake-excel/richapi';
import { addNotes } from './notes';

/** The package's version, for the README and the reports. */
export const OFFICE_JS_VERSION: string = JSON.parse(readFileSync(require.resolve('@microsoft/office-js/package.json'), 'utf8')).version;

interface Loaded {
  Excel: any;
  OfficeExtension: any;
}

/** The stand-in whose batch is running: office.js asks its host globally, not per context. */
let current: { xl: FakeExcel; runs: number } | null = null;

function load(): Loaded {
  const script = readFileSync(require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js'), 'utf8');
  const quiet = () => undefined;
  const page: Record<string, any> = {
    console: { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    document: { getElementById: () => null, getElementsByTagName: () => [], addEventListener: quiet, readyState: 'complete', cookie: '' },
    navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36' },
    location: { href: 'https://localhost/taskpane.html', search: '', hash: '', protocol: 'https:', host: 'localhost', hostname: 'localhost', pathname: '/taskpane.html' },
    addEventListener: quiet,
    removeEventListener: quiet,
  };
  page.window = page.self = page.top = page.parent = page;
  vm.createContext(page);
  vm.runInContext(script, page, { filename: 'excel-web-16.00.debug.js' });
  const { Excel, OfficeExtension, OSF } = page;
  // Office.context is what office.js's loader (OSF._OfficeAppFactory, office.js, not this script) set
  // up in its handshake with the host; the stand-in answers in its place.
  const context = {
    requirements: {
      isSetSupported: (name: string, version?: string) => {
        if (!current) throw new Error('office.js asked for a requirement set outside a run of the stand-in.');
        return current.xl.isSetSupported(name, version);
      },
    },
  };
  OSF._OfficeAppFactory = { getContext: () => context };
  OSF.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], callback: (result: unknown) => void) => {
    const xl = current?.xl;
    if (!xl) throw new Error('office.js sent a request outside a run of the stand-in.');
    // The message array of RichApiMessageUtility.buildRequestMessageSafeArray: [4] the body, [6] the flags.
    answerRichApi(xl, message[4] as string, message[6] as number).then(
      (answer) =>
        callback(
          answer.kind === 'body'
            ? { status: 'succeeded', value: { data: [200, [], JSON.stringify(answer.body)] } }
            : { status: 'failed', error: { code: answer.code, message: answer.message } },
        ),
      (e) => callback({ status: 'failed', error: { code: 5001, message: String(e?.stack ?? e) } }),
    );
  };
  addNotes(Excel, OfficeExtension);
  return { Excel, OfficeExtension };
}

let loaded: Loaded | null = null;

/** The client: Excel.run of the real office.js, answered by the stand-in given. */
export const officeJsClient: ExcelClient = {
  async run(xl, batch, options) {
    loaded ??= load();
    // One stand-in at a time: office.js's host is global. Runs on the same workbook may overlap (two panes).
    if (current && current.xl !== xl) throw new Error('Two stand-in workbooks ran at once; office.js has one host.');
    current = current ?? { xl, runs: 0 };
    current.runs++;
    xl.stats.runs++;
    try {
      return await loaded.Excel.run(options, (context: any) => batch(context));
    } finally {
      if (--current.runs === 0) current = null;
    }
  },
};

/** Makes every FakeExcel's host() run its batches through the real office.js client. */
export function useOfficeJs(): void {
  FakeExcel.client = officeJsClient;
}
