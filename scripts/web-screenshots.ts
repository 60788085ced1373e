// The web page's screenshots in docs/ (README, 网页版): the sample scored in Chinese, a project table
// in English and dark, and a folder of department tables listed by score. From the built page
// (npm run build) opened from file:// in Debian's chromium: `npx tsx scripts/web-screenshots.ts`.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, WEB, ensureWebBuilt } from '../test/browser/harness';
import { SAMPLE } from '../test/fixtures/xlsx';
import { TABLES, writeTable } from '../test/fixtures/real';

const DOCS = path.resolve(__dirname, '..', 'docs');
const INDEX = pathToFileURL(path.join(WEB, 'index.html')).href;

async function main(): Promise<void> {
  ensureWebBuilt();
  const dir = await fs.mkdtemp(path.join(tmpdir(), 'web-shots-'));
  const folder = path.join(dir, '2023年各部门');
  await fs.mkdir(folder);
  for (const t of TABLES.slice(0, 8)) await writeTable(t, folder);
  await fs.copyFile(SAMPLE, path.join(folder, '2019-shezhiwei.xlsx'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const shot = async (hash: string, name: string, act: (page: import('playwright-core').Page) => Promise<void>) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN', deviceScaleFactor: 1 });
      await context.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${INDEX}#${hash}`);
      await act(page);
      await page.screenshot({ path: path.join(DOCS, name) });
      await context.close();
    };
    await shot('lang=zh', 'web-zh.png', async (page) => {
      await page.getByTestId('pick-files').setInputFiles(SAMPLE);
      await page.getByTestId('file-total').filter({ hasText: '99.25' }).waitFor();
    });
    await shot('lang=en&theme=dark', 'web-en-dark.png', async (page) => {
      await page.getByTestId('pick-files').setInputFiles(path.join(folder, '2019-shezhiwei.xlsx'));
      await page.getByTestId('file-total').filter({ hasText: '99.25' }).waitFor();
    });
    await shot('lang=zh', 'web-folder.png', async (page) => {
      await page.getByTestId('pick-folder').setInputFiles(folder);
      await page.getByTestId('progress').filter({ hasText: '已完成 9 / 9' }).waitFor();
      await page.getByTestId('sort').click();
      await page.getByTestId('file-row').first().click();
    });
  } finally {
    await browser.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
