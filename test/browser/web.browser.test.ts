// The built web page in Debian's chromium, opened from file:// as a person double-clicking
// dist/web/index.html would: workbooks dropped and a folder picked, the totals it shows, and every
// file it gives back — each scored workbook, each Word report, the zip with 汇总.xlsx, a restored
// workbook — byte for byte the command line's for the same input, flags and clock (SOURCE_DATE_EPOCH
// there, #epoch= here). A folder of 50 with two hostile files among them: progress shown, the
// hostile ones refused by the loading step's guard, the others scored. No request leaves the page.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { runCli } from '../../src/cli/run';
import type { CliIO } from '../../src/cli/io';
import type { JsonDocument } from '../../src/cli/json';
import { SAMPLE } from '../fixtures/xlsx';
import { TABLES, writeTable } from '../fixtures/real';
import { BAD_DIR } from '../../scripts/make-bad-fixtures';
import { CHROMIUM, CHROMIUM_ARGS, WEB, chromiumAvailable, ensureWebBuilt } from './harness';
import { printMeasure } from '../support/measure';

jest.setTimeout(300_000);

const EPOCH = 1_765_000_000;
const INDEX = pathToFileURL(join(WEB, 'index.html')).href;
/** The two hostile files of issue 20's corpus put among the folder's: a zip bomb and a billion laughs. */
const HOSTILE = ['zip-bomb.xlsx', 'billion-laughs.xlsx'];

let dir: string;
let names: string[];
let cliTotals: Map<string, number | null>;
let browser: Browser;

async function cli(args: string[]): Promise<string> {
  let stdout = '';
  const io: CliIO = { stdout: { write: (t: string) => ((stdout += t), true), isTTY: false }, stderr: { write: () => true, isTTY: false }, env: { SOURCE_DATE_EPOCH: String(EPOCH) } };
  await runCli(args, io);
  return stdout;
}

const runBrowser = chromiumAvailable() ? describe : describe.skip;

runBrowser('the web page from file://', () => {
  beforeAll(async () => {
    const started = Date.now();
    const { rebuilt } = ensureWebBuilt();
    printMeasure(`web page build ${rebuilt ? `rebuilt in ${Date.now() - started} ms` : 'reused (fresh)'}`);
    dir = await fs.mkdtemp(join(tmpdir(), 'web-page-'));
    const inputs = join(dir, 'in');
    await fs.mkdir(inputs);
    await fs.copyFile(SAMPLE, join(inputs, '2019-shezhiwei.xlsx'));
    for (const t of [TABLES[0], TABLES[TABLES.length - 1]]) await writeTable(t, inputs);
    names = (await fs.readdir(inputs)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const doc = JSON.parse(await cli([...names.map((n) => join(inputs, n)), '--out', join(dir, 'cli'), '--report', 'docx', '--json'])) as JsonDocument;
    cliTotals = new Map(doc.files.map((f) => [f.file.split('/').pop()!, f.total]));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  interface Opened {
    readonly context: BrowserContext;
    readonly page: Page;
    /** Every request the page made: none may leave it (file: for its own files, blob: for its worker and downloads). */
    readonly requests: string[];
    readonly errors: string[];
  }

  async function open(hash: string): Promise<Opened> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 720 }, locale: 'zh-CN' });
    const requests: string[] = [];
    const errors: string[] = [];
    // Anything not the page's own is refused, and recorded.
    await context.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${INDEX}#${hash}`);
    return { context, page, requests, errors };
  }

  const outside = (requests: readonly string[]) => requests.filter((u) => !/^(file|blob|data):/.test(u));

  async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [got] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const file = join(dir, `dl-${Date.now()}-${got.suggestedFilename()}`);
    await got.saveAs(file);
    return { name: got.suggestedFilename(), bytes: await fs.readFile(file) };
  }

  /** Drops files on the page as a person drags them from a file manager. */
  async function drop(page: Page, files: readonly string[]): Promise<void> {
    const payload = await Promise.all(files.map(async (f) => ({ name: f.split('/').pop()!, data: (await fs.readFile(f)).toString('base64') })));
    await page.getByTestId('drop').evaluate((zone, given) => {
      const data = new DataTransfer();
      for (const f of given) data.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, payload);
  }

  test('three workbooks dropped: the totals the command line gives, every file it writes byte for byte, and the zip with 汇总.xlsx', async () => {
    const { context, page, requests, errors } = await open(`lang=zh&epoch=${EPOCH}`);
    try {
      await drop(page, names.map((n) => join(dir, 'in', n)));
      await page.getByTestId('progress').filter({ hasText: `已完成 ${names.length} / ${names.length}` }).waitFor();
      const rows = page.getByTestId('file-row');
      expect(await rows.count()).toBe(names.length);
      const cliOut = join(dir, 'cli');
      for (let i = 0; i < names.length; i++) {
        const row = rows.nth(i);
        expect(await row.getAttribute('data-file')).toBe(names[i]);
        const total = cliTotals.get(names[i]);
        expect(await row.getByTestId('file-total').textContent()).toBe(total === null || total === undefined ? '' : total.toFixed(2));
        await row.click();
        await page.locator(`[data-testid=file-detail][data-file="${names[i]}"]`).waitFor();
        for (const id of ['download-scored', 'download-docx']) {
          const got = await download(page, id);
          expect([got.name, got.bytes.equals(await fs.readFile(join(cliOut, got.name)))]).toEqual([got.name, true]);
        }
      }
      // The sample as the pane shows it: 99.25, 优.
      await rows.filter({ hasText: '2019-shezhiwei.xlsx' }).click();
      await expect(page.getByTestId('result').first().textContent()).resolves.toMatch(/99\.25\s*\/\s*100[\s\S]*优/);
      const zip = await download(page, 'download-all');
      const entries = unzipSync(zip.bytes);
      expect(Object.keys(entries).sort()).toEqual((await fs.readdir(cliOut)).sort());
      for (const [name, bytes] of Object.entries(entries)) expect([name, Buffer.from(bytes).equals(await fs.readFile(join(cliOut, name)))]).toEqual([name, true]);
      expect(outside(requests)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a scored file restored: the command line’s restore, byte for byte', async () => {
    const scored = join(dir, 'cli', '2019-shezhiwei.scored.xlsx');
    const restoredDir = join(dir, 'restored');
    await fs.mkdir(restoredDir);
    await fs.copyFile(scored, join(restoredDir, '2019-shezhiwei.scored.xlsx'));
    await cli(['restore', join(restoredDir, '2019-shezhiwei.scored.xlsx')]);
    const { context, page, requests, errors } = await open('lang=zh');
    try {
      await page.getByTestId('pick-scored').setInputFiles(scored);
      const got = await download(page, 'download-restored');
      expect(got.name).toBe('2019-shezhiwei.restored.xlsx');
      expect(got.bytes.equals(await fs.readFile(join(restoredDir, got.name)))).toBe(true);
      expect(outside(requests)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a run cancelled: the files done keep their scores, the others say 已取消 and are not scored, nothing more is scored, and the zip holds the done ones', async () => {
    const folder = join(dir, '取消');
    await fs.mkdir(folder);
    const sample = await fs.readFile(SAMPLE);
    for (let i = 1; i <= 30; i++) await fs.writeFile(join(folder, `部门${String(i).padStart(2, '0')}.xlsx`), sample);
    const { context, page, requests, errors } = await open('lang=zh');
    try {
      await page.getByTestId('pick-folder').setInputFiles(folder);
      await page.getByTestId('progress').filter({ hasText: /已完成 [1-9]\d* \/ 30/ }).waitFor({ timeout: 120_000 });
      await page.getByTestId('cancel').click();
      await page.getByTestId('progress').filter({ hasText: '已取消，未完成的文件没有评分。' }).waitFor();
      const states = () => page.getByTestId('file-row').evaluateAll((rows) => rows.map((r) => [r.querySelector('[data-testid=file-state]')?.textContent, r.querySelector('[data-testid=file-total]')?.textContent]));
      const after = await states();
      expect(after).toHaveLength(30);
      const done = after.filter(([state]) => state === '已评分');
      expect(done.length).toBeGreaterThan(0);
      expect(done.length).toBeLessThan(30);
      for (const [state, total] of after) expect([state, total]).toEqual(state === '已评分' ? ['已评分', '99.25'] : ['已取消', '']);
      await expect(page.getByTestId('cancel').count()).resolves.toBe(0);
      // Nothing goes on in the background: a second later the list is as it was.
      await page.waitForTimeout(1000);
      expect(await states()).toEqual(after);
      const zip = unzipSync((await download(page, 'download-all')).bytes);
      expect(Object.keys(zip).filter((n) => n.endsWith('.scored.xlsx'))).toHaveLength(done.length);
      expect(Object.keys(zip)).toContain('汇总.xlsx');
      expect(outside(requests)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a folder of 50 workbooks, two of them hostile: progress shown, the hostile ones refused and said, the 48 others scored; in English, dark', async () => {
    const folder = join(dir, '各部门');
    await fs.mkdir(folder);
    const sample = await fs.readFile(SAMPLE);
    for (let i = 1; i <= 48; i++) await fs.writeFile(join(folder, `部门${String(i).padStart(2, '0')}.xlsx`), sample);
    for (const h of HOSTILE) await fs.copyFile(join(BAD_DIR, h), join(folder, h));
    // Not workbooks of the folder, as the command line reads one: a lock file and an earlier output.
    await fs.writeFile(join(folder, '~$部门01.xlsx'), 'lock');
    await fs.writeFile(join(folder, '部门01.scored.xlsx'), sample);
    const { context, page, requests, errors } = await open('lang=en&theme=dark');
    try {
      await page.evaluate(() => {
        const seen = new Set<string>();
        (window as unknown as { progressSeen: Set<string> }).progressSeen = seen;
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid=progress]')?.textContent;
          if (text) seen.add(text);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const started = Date.now();
      await page.getByTestId('pick-folder').setInputFiles(folder);
      await page.getByTestId('progress').filter({ hasText: '50 of 50 files done' }).waitFor({ timeout: 240_000 });
      printMeasure(`web page: a folder of 50 (48 sample copies, 2 hostile) scored in ${Date.now() - started} ms`);
      const seen = await page.evaluate(() => [...(window as unknown as { progressSeen: Set<string> }).progressSeen]);
      // Progress moved through the run, not only at its end.
      expect(seen.filter((t) => /^\d+ of 50 files done$/.test(t) && t !== '50 of 50 files done').length).toBeGreaterThan(3);
      const states = await page.getByTestId('file-row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-file'), r.querySelector('[data-testid=file-state]')?.textContent, r.querySelector('[data-testid=file-total]')?.textContent]));
      expect(states).toHaveLength(50);
      for (const [file, state, total] of states) {
        if (HOSTILE.some((h) => file!.endsWith(h))) expect([file, state, total]).toEqual([file, 'Not scored', '']);
        else expect([file, state, total]).toEqual([file, 'Scored', '99.25']);
      }
      for (const h of HOSTILE) {
        await page.locator(`[data-testid=file-row][data-file="各部门/${h}"]`).click();
        await expect(page.getByTestId('file-messages').textContent()).resolves.toContain(`各部门/${h}`);
      }
      // Sorted by score, the refused files go last.
      await page.getByTestId('sort').click();
      const order = await page.getByTestId('file-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')));
      expect(order.slice(-2).sort()).toEqual(HOSTILE.map((h) => `各部门/${h}`).sort());
      const zip = unzipSync((await download(page, 'download-all')).bytes);
      expect(Object.keys(zip).filter((n) => n.endsWith('.scored.xlsx'))).toHaveLength(48);
      expect(Object.keys(zip)).toContain('汇总.xlsx');
      expect(outside(requests)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
