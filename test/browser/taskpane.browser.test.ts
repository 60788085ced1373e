// The built task pane in a real browser: the production bundle served on 127.0.0.1, opened in
// Debian's chromium through playwright-core, with the stand-in Excel host (the strict in-memory
// Excel holding the sample workbook) injected before the page loads in place of office.js.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sampleSheets, twoProjectSheet } from '../excel/sample';
import type { SheetSpec } from '../support/fake-excel';
import { bundleSize } from '../../scripts/bundle-size';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, STANDIN, chromiumAvailable, ensureBuilt, serve, type Served } from './harness';
import { printMeasure } from '../support/measure';
import { strFromU8, unzipSync } from 'fflate';
import { elements } from '../support/package-diff';

jest.setTimeout(300_000);

const SCREENSHOTS = join(ROOT, 'test', 'screenshots');
const KB = 1024;

let served: Served;
let sheets: SheetSpec[];

beforeAll(async () => {
  const started = Date.now();
  const { rebuilt } = ensureBuilt();
  printMeasure(`task pane build ${rebuilt ? `rebuilt in ${Date.now() - started} ms` : 'reused (fresh)'}`);
  served = await serve(DIST);
  sheets = await sampleSheets();
});

afterAll(async () => {
  await served?.close();
});

test('the production task pane JavaScript is at most 250 KB gzipped, and the Word export’s own chunks at most 80 KB, loaded only for it', () => {
  const size = bundleSize(DIST);
  printMeasure(
    `task pane JavaScript: first load ${(size.initialGzip / KB).toFixed(1)} KB gz, all chunks ${(size.totalGzip / KB).toFixed(1)} KB gz, the Word export ${(size.wordGzip / KB).toFixed(1)} KB gz of them`,
  );
  expect(size.initialGzip).toBeGreaterThan(0);
  expect(size.totalGzip - size.wordGzip).toBeLessThanOrEqual(250 * KB);
  expect(size.wordGzip).toBeGreaterThan(0);
  expect(size.wordGzip).toBeLessThanOrEqual(80 * KB);
  expect(size.files.filter((f) => f.initial && f.name.startsWith('docx'))).toEqual([]);
});

test('dist/manifest.xml, as built, lists no AppDomain: the pane’s own origin needs none (learn.microsoft.com/javascript/api/manifest/appdomain)', () => {
  const manifest = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
  expect(manifest).not.toMatch(/<AppDomains?>/);
  expect(manifest).toContain('taskpane.html?run=score');
});

const runBrowser = chromiumAvailable() ? describe : describe.skip;

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the local server (all refused). */
  outside: string[];
  /** Console errors and page errors. */
  errors: string[];
  firstRenderMs: number;
  close(): Promise<void>;
}

async function open(options: {
  displayLanguage?: string;
  dark?: boolean;
  query?: string;
  sheets?: SheetSpec[];
  /** The host's ExcelApi level (the stand-in's apiVersion): 1.18 unless given. */
  apiVersion?: string;
}): Promise<Opened> {
  const profile = mkdtempSync(join(tmpdir(), 'jixiao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 380, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${served.url}/`)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const config = {
    excel: { sheets: options.sheets ?? sheets, active: '指标体系', ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}) },
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    officeTheme: options.dark
      ? { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' }
      : { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' },
  };
  await page.addInitScript({ content: `window.__STANDIN__ = ${JSON.stringify(config)};` });
  await page.addInitScript({ path: STANDIN });
  await page.goto(`${served.url}/taskpane.html${options.query ?? ''}`);
  await page.getByTestId('score').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('jixiao:first-render').length > 0);
  // Milliseconds from navigation start to the pane's first render, as the page measured it.
  const inPage = await page.evaluate(() => performance.getEntriesByName('jixiao:first-render')[0].startTime);
  const firstRenderMs = Math.round(inPage);
  return {
    context,
    page,
    outside,
    errors,
    firstRenderMs,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A cell of the stand-in workbook, as Excel holds it now. */
function cell(page: Page, address: string, sheet = '指标体系') {
  return page.evaluate(
    ([s, a]) => (window as unknown as { __standin: { xl: { cell(s: string, a: string): unknown } } }).__standin.xl.cell(s, a),
    [sheet, address] as const,
  ) as Promise<{ value: unknown; formula: string | null; numberFormat: string; fill: string | null; note: string | null }>;
}

function dump(page: Page, sheet = '指标体系') {
  return page.evaluate((s) => (window as unknown as { __standin: { xl: { dump(s: string): unknown } } }).__standin.xl.dump(s), sheet);
}

function selection(page: Page) {
  return page.evaluate(() => (window as unknown as { __standin: { xl: { selection: string | null } } }).__standin.xl.selection);
}

function sheetNames(page: Page) {
  return page.evaluate(() => (window as unknown as { __standin: { xl: { sheetNames(): string[] } } }).__standin.xl.sheetNames());
}

/** A Word document's paragraphs as Word reads them: each w:p's text runs joined. */
function docxParagraphs(xml: string): string[] {
  const all = elements(xml, ['t']);
  return all
    .filter((el) => el.name === 'w:p')
    .map((p) => all.filter((el) => el.name === 'w:t' && el.start > p.start && el.end <= p.end).map((el) => el.text ?? '').join(''));
}

/** Waits until fn's value satisfies ok (or time runs out), and gives the last value. */
async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await fn();
  }
  return v;
}

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Only office.js may be asked for, and it is refused: the stand-in replaced it. */
function expectNothingLeftTheMachine(o: Opened) {
  expect(o.outside.length).toBeGreaterThan(0);
  expect([...new Set(o.outside)]).toEqual([OFFICE_JS]);
  // The refused office.js is the one error the console may show (no CSP violation, no script error).
  expect(o.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
}

runBrowser('the task pane in chromium with the stand-in Excel host', () => {
  test('on Office 2019 (ExcelApi 1.8) 扣分明细 is written without its print setup, and the pane says what was left out', async () => {
    const o = await open({ apiVersion: '1.8' });
    const { page } = o;
    try {
      await page.getByRole('button', { name: '评分', exact: true }).click();
      await page.getByTestId('total').waitFor();
      await page.getByTestId('export-details').click();
      const status = () => page.getByTestId('status').innerText();
      expect(await eventually(status, (v) => v.startsWith('已写入'))).toBe(
        '已写入新工作表“扣分明细”。此版本 Excel 不能通过加载项设置打印：如需打印，请在“页面布局”中设为横向、调整为一页宽，并设置打印标题。',
      );
      expect((await cell(page, 'A1', '扣分明细')).value).toBe('一级指标');
      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });

  test('a person typing in a cell holds 评分 (delayForCellEdit): the pane says it is waiting and what ends the wait, then scores once the edit ends', async () => {
    const o = await open({});
    const { page } = o;
    const editing = (on: boolean) =>
      page.evaluate((v) => (window as unknown as { __standin: { xl: { setWorkbookState(s: { cellEditMode: boolean }): void } } }).__standin.xl.setWorkbookState({ cellEditMode: v }), on);
    try {
      await editing(true);
      await page.getByRole('button', { name: '评分', exact: true }).click();
      const status = () => page.getByTestId('status').innerText();
      expect(await eventually(status, (v) => v.includes('正在等待 Excel'))).toBe('正在评分… 正在等待 Excel：如有单元格正在编辑，请按 Enter 或 Esc 退出编辑，随后自动继续。');
      expect(await page.getByTestId('total').count()).toBe(0);
      expect((await cell(page, 'H12')).value).toBe(1);
      await editing(false);
      await page.getByTestId('total').waitFor();
      expect(await page.getByTestId('total').innerText()).toBe('99.25 / 100');
      expect(await status()).toContain('评分完成：总分99.25分');
      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });

  test('评分 scores the sample: total, grade, bars, deductions; a click selects the cell; 恢复 puts everything back', async () => {
    const o = await open({});
    const { page } = o;
    try {
      printMeasure(`first render (navigation start to the pane's first render, in the page): ${o.firstRenderMs} ms`);
      const before = await dump(page);
      await expect(page.getByRole('heading', { name: '绩效评分助手' }).isVisible()).resolves.toBe(true);

      // Keyboard first: Tab reaches 评分 first, Enter scores.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('评分');
      const t0 = Date.now();
      await page.keyboard.press('Enter');
      await page.getByTestId('total').waitFor();
      printMeasure(`评分 click to result shown: ${Date.now() - t0} ms`);

      expect(await page.getByTestId('total').innerText()).toBe('99.25 / 100');
      expect(await page.getByTestId('grade').innerText()).toContain('优');
      expect(await page.getByTestId('status').innerText()).toContain('评分完成：总分99.25分，等级“优”。');
      expect(await page.getByTestId('status').innerText()).toContain('已设置打印：A4 横向，按列宽缩放（字号不小于 9 磅，放不下的列另起一页），每页重复标题行（第1–3行）。');
      expect(await page.getByTestId('scored-sheet').innerText()).toBe('已评分工作表：指标体系');
      // Counts that say what they count.
      expect(await page.getByTestId('count-deductions').innerText()).toBe('2');
      expect(await page.getByTestId('count-errors').innerText()).toBe('0');
      expect(await page.getByTestId('count-manual').innerText()).toBe('0');
      expect(await page.getByTestId('count-changed').innerText()).toBe('1');
      expect(await page.getByText('扣分项', { exact: true }).count()).toBeGreaterThan(0);

      // One bar per level-1 indicator, its 得分 (two decimals) against its 分值, for screen readers too.
      const bars = page.getByRole('progressbar');
      expect(await bars.count()).toBe(4);
      expect(await bars.nth(0).getAttribute('aria-label')).toBe('预算管理：9.75 / 10 分');
      expect(await bars.nth(2).getAttribute('aria-label')).toBe('部门管理：9.50 / 10 分');
      expect(await bars.nth(3).getAttribute('aria-valuenow')).toBe('70');

      // The typed 1 of the “三公” row, changed to 0.5 (why 99.75 became 99.25): a visible list of its own.
      const changed = page.getByTestId('changed').getByRole('button');
      expect(await changed.count()).toBe(1);
      expect(await changed.nth(0).innerText()).toContain('填写1.00 → 计算0.50');
      expect(await page.getByTestId('changed-section').isVisible()).toBe(true);
      // The typed scores kept as typed are said to be kept, not shown as checked.
      expect(await page.getByTestId('kept').getByRole('button').count()).toBe(5);
      expect(await page.getByTestId('kept-section').innerText()).toContain('保留填写得分（未核算）');

      // The deductions: indicator, points lost, explanation.
      const items = page.getByTestId('deductions').getByRole('button');
      expect(await items.count()).toBe(2);
      const first = await items.nth(0).innerText();
      expect(first).toContain('H4');
      expect(first).toContain('预算安排准确性');
      expect(first).toContain('−0.25分');
      expect(first).toContain('(3184.21-73.69-83.46)/3184.21×5=4.75');
      const second = await items.nth(1).innerText();
      expect(second).toContain('H12');
      expect(second).toContain('−0.50分');
      expect(second).toContain('因公出国（境）经费决算8.68万元超预算6万元');

      // What scoring wrote into the workbook.
      const h12 = await cell(page, 'H12');
      expect(h12.value).toBe(0.5);
      expect(h12.fill).toBe('#FFEB9C');
      expect(h12.note).toContain('因公出国（境）经费决算8.68万元超预算6万元');
      expect((await cell(page, 'H26')).value).toBe(99.25);

      // Click a deduction: Excel selects its cell. By keyboard too.
      await items.nth(1).click();
      expect(await eventually(() => selection(page), (v) => /!H12$/.test(v ?? ''))).toMatch(/!H12$/);
      await items.nth(0).focus();
      await page.keyboard.press('Enter');
      expect(await eventually(() => selection(page), (v) => /!H4$/.test(v ?? ''))).toMatch(/!H4$/);

      // The 评价结论 for the report, and its copy button.
      const conclusion = await page.getByTestId('conclusion').innerText();
      expect(conclusion.split('\n').slice(0, 2)).toEqual([
        '（一）评价结论',
        '根据评分标准，中共成都市委城乡社区发展治理委员会2019年度部门整体支出绩效自评得分为99.25分，评价等级为“优”。具体情况如下：',
      ]);
      expect(conclusion).toContain('(3184.21-73.69-83.46)/3184.21×5=4.75，扣0.25分');
      expect(conclusion).toContain('部门总体执行进度为97.38%（3100.75÷3184.21）');
      expect(conclusion).toContain('（三）改进措施');
      await page.getByRole('button', { name: '复制' }).click();
      const copied = () => page.getByTestId('copy-status').innerText();
      expect(await eventually(copied, (v) => v !== '')).toBe('已复制评价结论');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(conclusion);

      // 保存为 Word 文档: the command line's --report docx document, downloaded under the workbook's
      // name; read back, its headings are the document's own and its text is the pane's draft.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-docx').click()]);
      expect(download.suggestedFilename()).toBe('2019-shezhiwei.自评报告.docx');
      const saved = readFileSync((await download.path())!);
      printMeasure(`the pane's Word document: ${saved.length} bytes`);
      const docx = unzipSync(saved);
      const paras = docxParagraphs(strFromU8(docx['word/document.xml']));
      const body = paras.indexOf('一、评价结论');
      expect(paras[0]).toBe('2019年度部门整体支出绩效自评报告');
      expect(paras.filter((p) => /^[一二三]、/.test(p))).toEqual(['一、评价结论', '二、存在问题', '三、改进措施']);
      const unnumbered = (lines: readonly string[]) => lines.map((l) => l.replace(/^(?:[一二三]、|（[一二三]）)/, ''));
      expect(unnumbered(paras.slice(body))).toEqual(unnumbered(conclusion.split('\n')));
      expect(await eventually(() => page.getByTestId('status').innerText(), (v) => v.startsWith('已生成'))).toMatch(/^已生成“2019-shezhiwei\.自评报告\.docx”（\d+\.\d KB）/);

      mkdirSync(SCREENSHOTS, { recursive: true });
      // The sample's typed-score disagreement (H12), as a person sees it.
      await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-zh.png'), fullPage: true });

      // 恢复: every cell back as it was, the backup sheet gone; the print title rows stay, and it says so.
      expect(await sheetNames(page)).toContain('绩效评分助手_备份');
      await page.getByRole('button', { name: '恢复' }).click();
      const status = () => page.getByTestId('status').innerText();
      expect(await eventually(status, (v) => v.startsWith('已恢复'))).toMatch(/^已恢复 \d+ 个单元格的原内容打印方向和缩放已还原；每页重复的标题行（第1–3行）无法由加载项删除/);
      expect(await page.getByTestId('result').count()).toBe(0);
      const h12After = await cell(page, 'H12');
      expect(h12After.value).toBe(1);
      expect(h12After.fill).toBeNull();
      expect(h12After.note).toBeNull();
      expect(await dump(page)).toEqual(before);
      expect(await sheetNames(page)).not.toContain('绩效评分助手_备份');

      // The pane says that 恢复, not Ctrl+Z, undoes scoring.
      expect(await page.getByTestId('undo-hint').innerText()).toContain('Ctrl+Z');

      // Excel reports no theme change: the pane reads the theme again when it is shown, and asks for no
      // Outlook-only event.
      expect(await page.evaluate(() => (window as unknown as { __standin: { handlers: string[] } }).__standin.handlers)).not.toContain('officeThemeChanged');
      await page.evaluate(() => {
        (window as unknown as { Office: { context: { officeTheme: unknown } } }).Office.context.officeTheme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' };
        document.dispatchEvent(new Event('visibilitychange'));
      });
      const background = () => page.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor);
      expect(await eventually(background, (c) => c.match(/\d+/g)!.slice(0, 3).map(Number).every((v) => v < 80))).toMatch(/rgb/);
      expect((await background()).match(/\d+/g)!.slice(0, 3).map(Number).every((v) => v < 80)).toBe(true);

      // A second 恢复 has nothing left to restore.
      await page.getByRole('button', { name: '恢复' }).click();
      expect(await eventually(status, (v) => v.startsWith('没有'))).toBe('没有需要恢复的内容：此表尚未由本助手评分。');

      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });

  test('English and dark when Office is; the ribbon’s 评分 scores on open; 查看结果 shows the last result', async () => {
    const o = await open({ displayLanguage: 'en-US', dark: true, query: '?run=score' });
    const { page } = o;
    try {
      await page.getByTestId('total').waitFor();
      expect(await page.getByTestId('total').innerText()).toBe('99.25 / 100');
      expect(await page.getByRole('heading', { name: 'Deductions' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Score sheet' }).count()).toBe(1);
      const conclusion = await page.getByTestId('conclusion').innerText();
      expect(conclusion.split('\n')[1]).toBe(
        'Under the scoring standard, the 2019 overall expenditure of 中共成都市委城乡社区发展治理委员会 scores 99.25 out of 100, grade “优”. In detail:',
      );
      // The note written into the sheet is English too.
      expect((await cell(page, 'H12')).note).toContain('over budget');
      // Dark: light text on a dark background.
      const colors = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('main')!);
        return [s.backgroundColor, s.color];
      });
      const lum = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      expect(lum(colors[0])).toBeLessThan(80);
      expect(lum(colors[1])).toBeGreaterThan(180);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-en-dark.png'), fullPage: true });

      // The run flag is consumed: reloading the pane shows the last result and does not score again.
      expect(page.url()).not.toContain('run=score');
      await page.reload();
      await page.getByTestId('total').waitFor();
      expect(await page.evaluate(() => (window as unknown as { __standin: { runs: number } }).__standin.runs)).toBe(0);

      // 查看结果 opens the pane without scoring: the last result of this workbook is shown again.
      await page.goto(`${served.url}/taskpane.html`);
      await page.getByTestId('total').waitFor();
      expect(await page.getByTestId('total').innerText()).toBe('99.25 / 100');
      expect(await page.getByText(/^Last scoring \(/).count()).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { __standin: { runs: number } }).__standin.runs)).toBe(0);
      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });

  test('a sheet holding two tables: each table’s result under its own heading with its total and grade, its cells selected where they are; shown again on reopening', async () => {
    const o = await open({ sheets: [twoProjectSheet('指标体系')] });
    const { page } = o;
    try {
      await page.getByRole('button', { name: '评分', exact: true }).click();
      const tables = page.getByTestId('table');
      await tables.nth(1).getByTestId('total').waitFor();
      expect(await tables.count()).toBe(2);
      const shown = async () =>
        Promise.all(
          [0, 1].map(async (i) => [await tables.nth(i).getByRole('heading', { level: 2 }).first().innerText(), await tables.nth(i).getByTestId('total').innerText(), await tables.nth(i).getByTestId('grade').innerText()]),
        );
      expect(await shown()).toEqual([
        ['甲培训项目', '20.00 / 20', '评价等级 优'],
        ['乙宣传项目', '18.00 / 20', '评价等级 优'],
      ]);
      const status = await page.getByTestId('status').innerText();
      expect(status).toContain('甲培训项目评分完成：总分20.00分');
      expect(status).toContain('乙宣传项目评分完成：总分18.00分');
      // The second table's deduction is its own cell, and a click selects it.
      const deduction = tables.nth(1).getByTestId('deductions').getByRole('button');
      expect(await deduction.count()).toBe(1);
      expect(await deduction.innerText()).toContain('E11');
      expect(await tables.nth(0).getByTestId('deductions').getByRole('button').count()).toBe(0);
      await deduction.click();
      expect(await eventually(() => selection(page), (v) => /!E11$/.test(v ?? ''))).toMatch(/!E11$/);
      expect((await cell(page, 'E11')).value).toBe(8);

      // 查看结果: both tables again, without scoring.
      await page.goto(`${served.url}/taskpane.html`);
      await page.getByTestId('table').nth(1).getByTestId('total').waitFor();
      expect(await shown()).toEqual([
        ['甲培训项目', '20.00 / 20', '评价等级 优'],
        ['乙宣传项目', '18.00 / 20', '评价等级 优'],
      ]);
      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });

  test('a 得分 formula is overwritten only with consent, asked in a dialog', async () => {
    // The sample with H5 (部门总体执行进度) holding a formula.
    const withFormula = sheets.map((s) =>
      s.name !== '指标体系'
        ? s
        : { ...s, rows: s.rows!.map((r, i) => (i === 4 ? r.map((c, j) => (j === 7 ? { formula: '=2+3', value: 5 } : c)) : r)) },
    );
    const o = await open({ sheets: withFormula });
    const { page } = o;
    try {
      await page.getByRole('button', { name: '评分', exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('H5');
      await dialog.getByRole('button', { name: '保留公式' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect((await cell(page, 'H5')).formula).toBe('=2+3');
      // The modal is gone for screen readers too: the pane is no longer hidden from them.
      expect(await eventually(() => page.locator('#root').getAttribute('aria-hidden'), (v) => v === null)).toBeNull();

      await page.getByRole('button', { name: '评分', exact: true }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: '覆盖并评分' }).click();
      expect(await eventually(async () => (await cell(page, 'H5')).formula, (f) => f === null)).toBeNull();
      expect((await cell(page, 'H5')).value).toBe(5);
      expect(await eventually(() => page.getByRole('alertdialog').count(), (n) => n === 0)).toBe(0);

      // 恢复 brings the formula back.
      await page.getByRole('button', { name: '恢复' }).click();
      expect(await eventually(async () => (await cell(page, 'H5')).formula, (f) => f !== null)).toBe('=2+3');
      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });

  test('errors and a contradiction come first and are shown as such; 扣分明细, 评价结论 and a 扣分原因 column reach sheets; another indicator sheet is offered and scored', async () => {
    // The sample with 资金使用合规性's count typed as 若干 (an error) and 社会影响力逐步提升 answered 部分达成
    // beside its typed full marks (to review), and a second indicator sheet in the workbook.
    const edited = sheets.map((sh) =>
      sh.name !== '指标体系'
        ? sh
        : { ...sh, rows: sh.rows!.map((r, i) => (i === 9 ? r.map((c, j) => (j === 6 ? '若干' : c)) : i === 18 ? r.map((c, j) => (j === 6 ? '部分达成' : c)) : r)) },
    );
    const o = await open({ sheets: [...edited, { ...sheets.find((sh) => sh.name === '指标体系')!, name: '自评表2' }] });
    const { page } = o;
    try {
      await page.getByRole('button', { name: '评分', exact: true }).click();
      await page.getByTestId('total').waitFor();
      expect(await page.getByTestId('count-errors').innerText()).toBe('1');
      expect(await page.getByTestId('count-manual').innerText()).toBe('1');
      expect(await page.getByTestId('grade').innerText()).toBe('尚有指标未评分，暂不评定等级');
      // Errors before deductions, on screen too.
      const top = async (id: string) => (await page.getByTestId(id).boundingBox())!.y;
      expect(await top('errors-section')).toBeLessThan(await top('changed-section'));
      expect(await top('changed-section')).toBeLessThan(await top('deductions-section'));
      const error = await page.getByTestId('errors').getByRole('button').nth(0).innerText();
      expect(error).toContain('G10');
      expect(error).not.toMatch(/G10[：:]\s*G10/);
      const review = await page.getByTestId('manual').getByRole('button').nth(0).innerText();
      expect(review).toContain('需复核：完成情况与填写得分矛盾');
      expect(review).toContain('H19');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-errors.png'), fullPage: true });

      // 扣分明细 as a new sheet: the error first, then the deductions, each with a link to its cell.
      await page.getByTestId('export-details').click();
      const status = () => page.getByTestId('status').innerText();
      expect(await eventually(status, (v) => v.startsWith('已写入'))).toBe('已写入新工作表“扣分明细”。');
      expect((await cell(page, 'C2', '扣分明细')).value).toBe('错误');
      expect((await cell(page, 'H2', '扣分明细')).value).toBe('G10');
      expect((await cell(page, 'F3', '扣分明细')).value).toBe(0.25);
      // The 评价结论 as a new sheet, a paragraph a row; a second export never overwrites the first.
      await page.getByTestId('write-conclusion').click();
      expect(await eventually(status, (v) => v.includes('评价结论'))).toBe('已写入新工作表“评价结论”。');
      expect((await cell(page, 'A1', '评价结论')).value).toBe('（一）评价结论');
      await page.getByTestId('export-details').click();
      expect(await eventually(status, (v) => v.includes('(2)'))).toBe('已写入新工作表“扣分明细(2)”。');

      // Explanations on paper: the sheet has no 扣分原因 column, so one is appended on request.
      await page.getByTestId('append-reason').click();
      expect(await eventually(async () => (await cell(page, 'I3')).value, (v) => v === '扣分原因')).toBe('扣分原因');
      expect(String((await cell(page, 'I12')).value)).toContain('因公出国（境）经费决算8.68万元超预算6万元');

      // The other indicator sheet: offered, and scoring it switches to it.
      await page.getByRole('button', { name: '评分“自评表2”' }).click();
      expect(await eventually(() => page.getByTestId('scored-sheet').innerText(), (v) => v.endsWith('自评表2'))).toBe('已评分工作表：自评表2');
      expect(await page.getByTestId('total').innerText()).toBe('99.25 / 100');
      expect((await cell(page, 'H12', '自评表2')).value).toBe(0.5);
      expect(await page.evaluate(() => (window as unknown as { __standin: { xl: { model: { active: string } } } }).__standin.xl.model.active)).toBe('自评表2');
      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });

  test('a protected sheet or a sheet without an indicator table: the pane says so and writes nothing', async () => {
    const locked = sheets.map((sh) => (sh.name === '指标体系' ? { ...sh, protected: true } : sh));
    const o = await open({ sheets: locked });
    const { page } = o;
    try {
      const before = await dump(page);
      await page.getByRole('button', { name: '评分', exact: true }).click();
      const problem = page.getByTestId('problem');
      await problem.waitFor();
      expect(await problem.innerText()).toContain('工作表“指标体系”受保护，未写入任何内容');
      expect(await dump(page)).toEqual(before);
      expect(await sheetNames(page)).not.toContain('绩效评分助手_备份');

      await page.evaluate(() => (window as unknown as { __standin: { xl: { setActive(s: string): void } } }).__standin.xl.setActive('基础数据'));
      await page.getByRole('button', { name: '评分', exact: true }).click();
      expect(await eventually(() => problem.innerText(), (t) => !t.includes('受保护'))).toMatch(/基础数据/);
      expect(await dump(page)).toEqual(before);
      expectNothingLeftTheMachine(o);
    } finally {
      await o.close();
    }
  });
});
