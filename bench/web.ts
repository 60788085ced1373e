// Part 5 — the web page (dist/web/), from file:// in headless chromium (Debian's, through
// playwright-core), each run in a fresh context: its JavaScript gzipped (what index.html loads,
// the worker's source inside it), first paint and the page's first render, the sample dropped to its
// total on screen, and 200 sample copies picked as a folder to the last one scored — against the
// command line on one core (--jobs 1) over the same folder, with the same flags (no Word report).
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, WEB, ensureWebBuilt } from '../test/browser/harness';
import { sampleFolder, timedProcess } from './batch';
import { SAMPLE } from './generate';
import { median, round, RUNS } from './timing';

export const SAMPLE_TARGET_MS = 1000;
export const BATCH_RATIO_TARGET = 2;
const COPIES = 200;

export interface WebResult {
  readonly javascriptGzipKB: number;
  readonly workerGzipKB: number;
  readonly firstPaintMs: number;
  readonly firstRenderMs: number;
  readonly sampleMs: number;
  readonly copies: number;
  readonly copiesMs: number;
  readonly cliOneCoreMs: number;
  readonly ratio: number;
  readonly workers: number;
  readonly runs: readonly { firstPaintMs: number; firstRenderMs: number; sampleMs: number }[];
  readonly targets: { readonly sampleMs: number; readonly ratio: number };
  readonly met: { readonly sample: boolean; readonly ratio: boolean };
}

const INDEX = pathToFileURL(path.join(WEB, 'index.html')).href;
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

async function opened(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN' });
  await context.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${INDEX}#lang=zh`);
  await page.waitForFunction(() => performance.getEntriesByName('jixiao:first-render').length > 0);
  // The same flags as the command line's default run: no Word report.
  await page.getByTestId('docx').click();
  return page;
}

export async function benchWeb(log: (s: string) => void = () => {}): Promise<WebResult> {
  (require('../scripts/build-cli.js') as { ensureBuilt(): boolean }).ensureBuilt();
  const { rebuilt } = ensureWebBuilt();
  log(`web page production build ${rebuilt ? 'rebuilt' : 'reused (newer than its sources)'}`);
  const scripts = [...readFileSync(path.join(WEB, 'index.html'), 'utf8').matchAll(/<script[^>]+src="?([^"\s>]+\.js)/g)].map((m) => m[1]);
  const javascriptGzipKB = kb(scripts.reduce((sum, s) => sum + gzipSync(readFileSync(path.join(WEB, s)), { level: 9 }).length, 0));
  const workerGzipKB = kb(gzipSync(readFileSync(path.join(WEB, '..', 'web-worker', 'worker.js')), { level: 9 }).length);
  log(`web page JavaScript: ${javascriptGzipKB} KB gz (of it the worker's ${workerGzipKB} KB); files: ${readdirSync(WEB).join(', ')}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const dir = await sampleFolder(COPIES);
  try {
    const runs: WebResult['runs'][number][] = [];
    let workers = 0;
    for (let i = 0; i <= RUNS; i++) {
      const page = await opened(browser);
      const [firstPaintMs, firstRenderMs] = await page.evaluate(() => [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        performance.getEntriesByName('jixiao:first-render')[0].startTime,
      ]);
      workers = await page.evaluate(() => Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1)));
      const t0 = process.hrtime.bigint();
      await page.getByTestId('pick-files').setInputFiles(SAMPLE);
      await page.getByTestId('file-total').filter({ hasText: '99.25' }).waitFor();
      const sampleMs = Number(process.hrtime.bigint() - t0) / 1e6;
      await page.context().close();
      if (i === 0) continue; // warm-up
      runs.push({ firstPaintMs: Math.round(firstPaintMs), firstRenderMs: Math.round(firstRenderMs), sampleMs: Math.round(sampleMs) });
      log(`web run ${i}: first paint ${Math.round(firstPaintMs)} ms, first render ${Math.round(firstRenderMs)} ms, sample dropped to total ${Math.round(sampleMs)} ms`);
    }
    // 200 copies: the page, then the command line on one core, in turn (a busy moment falls on both).
    const folder = path.join(dir, 'in');
    const page: number[] = [];
    const cli: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await opened(browser);
      const t0 = process.hrtime.bigint();
      await p.getByTestId('pick-folder').setInputFiles(folder);
      await p.getByTestId('progress').filter({ hasText: `已完成 ${COPIES} / ${COPIES}` }).waitFor({ timeout: 600_000 });
      page.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const scored = await p.getByTestId('file-state').filter({ hasText: '已评分' }).count();
      await p.context().close();
      if (scored !== COPIES) throw new Error(`the page scored ${scored} of ${COPIES}`);
      const out = path.join(dir, `out-${i}`);
      const run = await timedProcess([path.join(__dirname, '..', 'lib/cli/main.js'), folder, '--out', out, '--jobs', '1'], path.join(dir, 'cpu'));
      const written = (await fs.readdir(out)).filter((n) => n.endsWith('.scored.xlsx')).length;
      if (written !== COPIES) throw new Error(`the command line exited ${run.exitCode}, ${written} of ${COPIES} written`);
      cli.push(run.wallMs);
      log(`${COPIES} copies: page ${Math.round(page[i])} ms, command line on one core ${Math.round(run.wallMs)} ms`);
    }
    const sampleMs = median(runs.map((r) => r.sampleMs));
    const copiesMs = round(median(page));
    const cliOneCoreMs = round(median(cli));
    const ratio = round(copiesMs / cliOneCoreMs);
    return {
      javascriptGzipKB,
      workerGzipKB,
      firstPaintMs: median(runs.map((r) => r.firstPaintMs)),
      firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
      sampleMs,
      copies: COPIES,
      copiesMs,
      cliOneCoreMs,
      ratio,
      workers,
      runs,
      targets: { sampleMs: SAMPLE_TARGET_MS, ratio: BATCH_RATIO_TARGET },
      met: { sample: sampleMs <= SAMPLE_TARGET_MS, ratio: ratio <= BATCH_RATIO_TARGET },
    };
  } finally {
    await browser.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
