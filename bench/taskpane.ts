// Part 4 — the task pane, now and as the previous release built it, measured in the same run: in
// headless chromium (Debian's, through playwright-core), each open on a fresh profile (cold cache), with
// the stand-in Excel host of the browser test holding the sample workbook, the two builds taking turns so
// that the machine's load falls on both alike; median of 5 after a warm-up of each.
// - first paint: the page's first-contentful-paint (the static shell: title, 评分, 恢复, the hint);
// - first render: the pane's own mark when React first stood on screen;
//   both also as Excel opens the pane, with no debugger attached (./undebugged): the target is judged
//   there, since the debugger Playwright attaches costs the larger script more (see undebugged.ts);
// - first load: the JavaScript the page asked for before that first render (whatever asked), gzipped;
// - selecting a listed cell: the JavaScript a click on a listed cell fetches, once the pane shows the last
//   result (查看结果: no scoring in this page), gzipped;
// - 评分 pressed to the result on screen;
// - React's floor: React DOM alone in the pane's page (bench/reactFloor), first render with no debugger.
// The previous release is the pane at PREVIOUS.commit, taken from git into bench/out (git archive) and
// built there with this checkout's node_modules.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { bundleSize } from '../scripts/bundle-size';
import { sampleSheets } from '../test/excel/sample';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, STANDIN, ensureBuilt, serve, type Served } from '../test/browser/harness';
import { median, RUNS } from './timing';
import { undebuggedHost, type PaneMarks } from './undebugged';

/** The pane before issue 27's lighter start: main at the commit before it. */
export const PREVIOUS = { commit: 'c5dbc53fd2dc0f1c61476d8a16f927b3d1cfdee4', label: 'main before issue 27, point 7' };

export const FIRST_LOAD_TARGET_KB = 100;
export const SELECT_TARGET_KB = 10;
export const FIRST_PAINT_TARGET_MS = 250;
/** First render at most this share of the previous release's, measured in the same run. */
export const FIRST_RENDER_SHARE = 0.6;

/** One open through Playwright (the DevTools protocol on), and one as Excel opens the pane (no debugger). */
export interface PaneRun {
  readonly firstPaintMs: number;
  readonly firstRenderMs: number;
  /** Gzipped KB of the scripts fetched before the first render. */
  readonly firstLoadKB: number;
  readonly scoreToResultMs: number;
  readonly undebugged: PaneMarks;
}

export interface BuildResult {
  readonly label: string;
  readonly runs: readonly PaneRun[];
  /** Through Playwright. */
  readonly firstPaintMs: number;
  readonly firstRenderMs: number;
  /** With no debugger attached: the figures the targets are judged on. */
  readonly undebugged: PaneMarks;
  readonly firstLoadKB: number;
  readonly scoreToResultMs: number;
  /** Gzipped KB a click on a listed cell fetched (the pane showing the last result). */
  readonly selectKB: number;
  readonly allGzipKB: number;
}

export interface TaskpaneResult {
  readonly now: BuildResult;
  readonly previous: BuildResult & { readonly commit: string };
  readonly files: readonly { name: string; gzipKB: number; initial: boolean }[];
  readonly targets: { readonly firstLoadKB: number; readonly selectKB: number; readonly firstPaintMs: number; readonly firstRenderShare: number };
  /** React DOM alone in the pane's page (bench/reactFloor), with no debugger: medians and each run. */
  readonly reactFloor: PaneMarks & { readonly runs: readonly PaneMarks[] };
  /** First render, now / previous: with no debugger (the target's) and through Playwright. */
  readonly firstRenderShare: { readonly undebugged: number; readonly playwright: number };
  readonly met: { readonly firstLoad: boolean; readonly select: boolean; readonly firstPaint: boolean; readonly firstRender: boolean };
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

/** Builds the previous release's pane into bench/out/previous/dist, unless it is there already. */
function buildPrevious(log: (s: string) => void): string {
  const dir = join(ROOT, 'bench', 'out', 'previous');
  const dist = join(dir, 'dist');
  const stamp = join(dir, 'commit');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === PREVIOUS.commit && existsSync(join(dist, 'taskpane.html'))) return dist;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', PREVIOUS.commit, 'src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  log(`building the previous release's pane (${PREVIOUS.commit.slice(0, 7)})`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], { cwd: dir, stdio: 'pipe', env: { ...process.env, ADDIN_URL: '' } });
  writeFileSync(stamp, PREVIOUS.commit);
  return dist;
}

/**
 * Builds React's floor (bench/reactFloor/entry.ts) into bench/out/react-floor and puts it in the pane's
 * own page, in place of the pane's entry: the same shell, stylesheet and icon.
 */
function buildReactFloor(): string {
  const dir = join(ROOT, 'bench', 'out', 'react-floor');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--env', 'reactFloor'], { cwd: ROOT, stdio: 'pipe' });
  const page = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  const entry = /taskpane\.[0-9a-f]{8}\.js/;
  if (!entry.test(page)) throw new Error(`${DIST}/taskpane.html names no taskpane.<hash>.js to put React's floor in place of`);
  writeFileSync(join(dir, 'taskpane.html'), page.replace(entry, 'react-floor.js'));
  cpSync(join(DIST, 'pane.css'), join(dir, 'pane.css'));
  cpSync(join(DIST, 'assets'), join(dir, 'assets'), { recursive: true });
  return dir;
}

/** Gzipped bytes of each file of a build, by name. */
function gzipSizes(dist: string): Map<string, number> {
  return new Map(bundleSize(dist).files.map((f) => [f.name, f.gzip]));
}

/** The scripts a page asked for (named, preloaded, prefetched or imported) before a time, by file name. */
async function scriptsFetched(page: Page, before = Infinity): Promise<string[]> {
  return page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < until && e.name.endsWith('.js'))
        .map((e) => e.name.slice(e.name.lastIndexOf('/') + 1)),
    before,
  );
}

const sum = (names: readonly string[], sizes: Map<string, number>) => names.reduce((s, n) => s + (sizes.get(n) ?? 0), 0);

async function withPage<T>(served: Served, config: unknown, f: (page: Page) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'jixiao-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 380, height: 900 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Nothing leaves the machine: office.js is replaced by the stand-in host.
    await page.route('**/*', (route) => (route.request().url().startsWith(`${served.url}/`) ? route.continue() : route.abort('blockedbyclient')));
    await page.addInitScript({ content: `window.__STANDIN__ = ${JSON.stringify(config)};` });
    await page.addInitScript({ path: STANDIN });
    return await f(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function openOnce(served: Served, sizes: Map<string, number>, config: unknown): Promise<Omit<PaneRun, 'undebugged'>> {
  return withPage(served, config, async (page) => {
    await page.goto(`${served.url}/taskpane.html`);
    // The previous release paints only at its first render, so its first paint can follow the mark.
    await page.waitForFunction(() => ['jixiao:first-render', 'first-contentful-paint'].every((name) => performance.getEntriesByName(name).length > 0), null, { timeout: 30_000 });
    const [firstPaintMs, firstRenderMs] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0].startTime,
      performance.getEntriesByName('jixiao:first-render')[0].startTime,
    ]);
    const firstLoad = sum(await scriptsFetched(page, firstRenderMs), sizes);
    const score = page.getByTestId('score');
    await score.waitFor();
    const t0 = process.hrtime.bigint();
    await score.click();
    await page.getByTestId('total').waitFor();
    const scoreToResultMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const total = await page.getByTestId('total').innerText();
    if (total !== '99.25 / 100') throw new Error(`the pane shows ${total}, not the sample's 99.25 / 100`);
    return { firstPaintMs: Math.round(firstPaintMs), firstRenderMs: Math.round(firstRenderMs), firstLoadKB: kb(firstLoad), scoreToResultMs: Math.round(scoreToResultMs) };
  });
}

/** What a click on a listed cell fetches, in a pane that shows the last result (scored, then opened again). */
async function selectCost(served: Served, sizes: Map<string, number>, config: unknown): Promise<number> {
  return withPage(served, config, async (page) => {
    await page.goto(`${served.url}/taskpane.html`);
    await page.getByTestId('score').click();
    await page.getByTestId('total').waitFor();
    await page.goto(`${served.url}/taskpane.html`);
    const cell = page.getByTestId('deductions').getByRole('button').first();
    await cell.waitFor();
    // Let whatever the page fetches on its own (prefetches at idle) arrive first.
    await page.waitForTimeout(1000);
    const before = new Set(await scriptsFetched(page));
    await cell.click();
    const selected = () => page.evaluate(() => (window as unknown as { __standin: { xl: { selection: string | null } } }).__standin.xl.selection);
    for (let i = 0; i < 200 && !(await selected()); i++) await page.waitForTimeout(25);
    if (!(await selected())) throw new Error('the click on a listed cell selected nothing');
    return sum((await scriptsFetched(page)).filter((n) => !before.has(n)), sizes);
  });
}

/** Why the part cannot run here, or null when it can. */
export function taskpaneUnavailable(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} not found (apt-get install chromium)`;
}

function summary(label: string, runs: readonly PaneRun[], selectKB: number, allGzipKB: number): BuildResult {
  return {
    label,
    runs,
    firstPaintMs: median(runs.map((r) => r.firstPaintMs)),
    firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
    undebugged: {
      firstPaintMs: median(runs.map((r) => r.undebugged.firstPaintMs)),
      firstRenderMs: median(runs.map((r) => r.undebugged.firstRenderMs)),
    },
    firstLoadKB: median(runs.map((r) => r.firstLoadKB)),
    scoreToResultMs: median(runs.map((r) => r.scoreToResultMs)),
    selectKB,
    allGzipKB,
  };
}

export async function benchTaskpane(log: (s: string) => void = () => {}): Promise<TaskpaneResult> {
  const { rebuilt } = ensureBuilt();
  log(`task pane production build ${rebuilt ? 'rebuilt' : 'reused (newer than its sources)'}`);
  const previousDist = buildPrevious(log);
  const builds = [
    { label: 'now', dist: DIST },
    { label: `previous (${PREVIOUS.commit.slice(0, 7)})`, dist: previousDist },
  ];
  const config = {
    excel: { sheets: await sampleSheets(), active: '指标体系' },
    displayLanguage: 'zh-CN',
    officeTheme: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' },
  };
  const served = await Promise.all(builds.map((b) => serve(b.dist)));
  const undebugged = await Promise.all(builds.map((b) => undebuggedHost(b.dist, config)));
  const floor = await undebuggedHost(buildReactFloor(), config);
  try {
    const sizes = builds.map((b) => gzipSizes(b.dist));
    // Warm-up of each: the OS file cache, chromium's own start.
    for (let b = 0; b < builds.length; b++) {
      await openOnce(served[b], sizes[b], config);
      await undebugged[b].open();
    }
    await floor.open();
    const runs: PaneRun[][] = builds.map(() => []);
    const floorRuns: PaneMarks[] = [];
    for (let i = 0; i < RUNS; i++) {
      const opened = [];
      for (let b = 0; b < builds.length; b++) opened.push(await openOnce(served[b], sizes[b], config));
      for (let b = 0; b < builds.length; b++) {
        const r = { ...opened[b], undebugged: await undebugged[b].open() };
        log(
          `task pane ${builds[b].label} run ${i + 1}: first paint ${r.undebugged.firstPaintMs} ms (through Playwright ${r.firstPaintMs}), ` +
            `first render ${r.undebugged.firstRenderMs} ms (through Playwright ${r.firstRenderMs}), first load ${r.firstLoadKB} KB gz, 评分 to result ${r.scoreToResultMs} ms`,
        );
        runs[b].push(r);
      }
      floorRuns.push(await floor.open());
      log(`React's floor run ${i + 1}: first render ${floorRuns[i].firstRenderMs} ms`);
    }
    const selects = await Promise.all(builds.map(async (_, b) => kb(await selectCost(served[b], sizes[b], config))));
    const [now, previous] = builds.map((b, i) => summary(b.label, runs[i], selects[i], kb(bundleSize(b.dist).totalGzip)));
    const share = (a: number, b: number) => Number((a / b).toFixed(2));
    const firstRenderShare = { undebugged: share(now.undebugged.firstRenderMs, previous.undebugged.firstRenderMs), playwright: share(now.firstRenderMs, previous.firstRenderMs) };
    return {
      now,
      previous: { ...previous, commit: PREVIOUS.commit },
      files: bundleSize(DIST).files.map((f) => ({ name: f.name, gzipKB: kb(f.gzip), initial: f.initial })),
      targets: { firstLoadKB: FIRST_LOAD_TARGET_KB, selectKB: SELECT_TARGET_KB, firstPaintMs: FIRST_PAINT_TARGET_MS, firstRenderShare: FIRST_RENDER_SHARE },
      reactFloor: {
        runs: floorRuns,
        firstPaintMs: median(floorRuns.map((r) => r.firstPaintMs)),
        firstRenderMs: median(floorRuns.map((r) => r.firstRenderMs)),
      },
      firstRenderShare,
      met: {
        firstLoad: now.firstLoadKB <= FIRST_LOAD_TARGET_KB,
        select: now.selectKB <= SELECT_TARGET_KB,
        firstPaint: now.undebugged.firstPaintMs <= FIRST_PAINT_TARGET_MS,
        firstRender: firstRenderShare.undebugged <= FIRST_RENDER_SHARE,
      },
    };
  } finally {
    await Promise.all([...served, ...undebugged, floor].map((s) => s.close()));
  }
}
