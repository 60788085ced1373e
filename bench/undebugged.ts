// The task pane opened as Excel opens it: in a browser with no debugger attached.
//
// Playwright drives chromium over the DevTools protocol and turns on the Runtime domain in every page.
// With it on, V8 gives each Error its stack with line and column as the Error is made, reparsing the
// functions on that stack (V8.CollectSourcePositions in a trace) — and React DOM makes three Errors
// as it loads (its Suspense signals), 20–25 ms each on this machine, in both builds. A pane in Excel pays
// none of that. So here chromium is started with no DevTools connection at all: the page itself reports
// its marks to the server that serves it.
//
// Each open is a browser of its own on a fresh profile (cold cache). Its first navigation would carry
// the browser's own start (a renderer and the network service coming up), so it opens a blank page
// of the same origin first and goes to the pane from there, once that page has rested: the pane's
// navigation is then the one a task pane makes in a running host. The stand-in host stands where the
// pane names office.js, in the HTTP cache as office.js is in a running host; the pane's own scripts
// are fetched cold.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, STANDIN, contentType, serve } from '../test/browser/harness';

/** What the pane reports of one open: milliseconds from its navigation. */
export interface PaneMarks {
  readonly firstPaintMs: number;
  readonly firstRenderMs: number;
}

interface Report extends PaneMarks {
  /** Whether 评分 stood in the pane at its first render (the pane, not an error page, was measured). */
  readonly scoreButton: boolean;
}

export interface UndebuggedHost {
  open(): Promise<PaneMarks>;
  close(): Promise<void>;
}

const BENCH = '/__bench/';
/** How long the blank page rests before the pane is opened from it. */
const REST_MS = 500;
const TIMEOUT_MS = 30_000;

const WARM_PAGE = `<!doctype html><meta charset="utf-8"><title>warm</title><script src="${BENCH}warm.js"></script>`;
// The blank page also puts the stand-in host in the HTTP cache, as a running host has office.js cached.
const WARM_SCRIPT = `fetch('${BENCH}host.js').then((r) => r.text()).then(() => setTimeout(() => location.replace('/taskpane.html'), ${REST_MS}));`;

// In the pane, with the stand-in: reports the marks once both the first paint and the first render
// are there (a same-origin fetch, which the pane's Content-Security-Policy allows).
const REPORT_SCRIPT = `(() => {
  const report = () => {
    const render = performance.getEntriesByName('jixiao:first-render')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (!render || !paint) return false;
    fetch('${BENCH}marks', { method: 'POST', body: JSON.stringify({ firstPaintMs: paint.startTime, firstRenderMs: render.startTime, scoreButton: !!document.querySelector('[data-testid="score"]') }) });
    return true;
  };
  new PerformanceObserver((_, observer) => { if (report()) observer.disconnect(); }).observe({ entryTypes: ['mark', 'paint'] });
})();`;

/**
 * Serves a build's pane with the stand-in host where the pane names office.js (a same-origin script, so
 * the pane's Content-Security-Policy lets it run), and opens it undebugged.
 */
export async function undebuggedHost(dist: string, config: unknown): Promise<UndebuggedHost> {
  let waiting: ((report: Report) => void) | null = null;
  const extra: Record<string, string> = {
    [`${BENCH}warm.html`]: WARM_PAGE,
    [`${BENCH}warm.js`]: WARM_SCRIPT,
    [`${BENCH}host.js`]: [`window.__STANDIN__ = ${JSON.stringify(config)};`, readFileSync(STANDIN, 'utf8'), REPORT_SCRIPT].join('\n'),
  };
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const officeJs = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/[^">]*\/office\.js"?>/;
  if (!officeJs.test(html)) throw new Error(`${dist}/taskpane.html names no office.js for the stand-in host to stand in for`);
  const pane = html.replace(officeJs, `<script src="${BENCH}host.js">`);

  const served = await serve(dist, (path, req, res) => {
    if (req.method === 'POST' && path === `${BENCH}marks`) {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        res.writeHead(204).end();
        waiting?.(JSON.parse(body) as Report);
        waiting = null;
      });
      return true;
    }
    const text = path === '/taskpane.html' ? pane : extra[path];
    if (text === undefined) return false;
    const cache = path.startsWith(BENCH) ? { 'Cache-Control': 'max-age=3600' } : {};
    res.writeHead(200, { 'Content-Type': contentType(path), ...cache }).end(text);
    return true;
  });

  async function open(): Promise<PaneMarks> {
    const profile = mkdtempSync(join(tmpdir(), 'jixiao-bench-undebugged-'));
    const reported = new Promise<Report>((ok) => (waiting = ok));
    // No name but this server's resolves: nothing leaves the machine.
    const args = [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--window-size=380,900', `${served.url}${BENCH}warm.html`];
    const browser = spawn(CHROMIUM, args, { stdio: 'ignore', detached: true });
    const exited = new Promise<void>((ok) => browser.once('exit', () => ok()));
    let timer: NodeJS.Timeout | undefined;
    try {
      const { firstPaintMs, firstRenderMs, scoreButton } = await Promise.race([
        reported,
        new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`the pane reported no first render within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))),
        exited.then(() => Promise.reject(new Error(`${CHROMIUM} exited before the pane reported`))),
      ]);
      if (!scoreButton) throw new Error('the pane had no 评分 button at its first render');
      return { firstPaintMs: Math.round(firstPaintMs), firstRenderMs: Math.round(firstRenderMs) };
    } finally {
      clearTimeout(timer);
      waiting = null;
      // The browser and every process it started (detached: a group of its own).
      if (browser.exitCode === null && browser.pid) process.kill(-browser.pid, 'SIGKILL');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    }
  }

  return { open, close: served.close };
}
