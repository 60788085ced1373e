// The page's work (src/web/jobs), run in node, against the command line run on the same folder with
// the same flags and clock: every file it gives back — scored workbooks, Word reports, 汇总.xlsx, a
// restored workbook — is the command line's, byte for byte. The page's primitives are held to node's
// by test/xlsx/units/platform.test.ts, and the built page in chromium by test/browser/web.browser.test.ts.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/run';
import type { CliIO } from '../../src/cli/io';
import { SAMPLE } from '../fixtures/xlsx';
import { TABLES, writeTable } from '../fixtures/real';
import { restoreWorkbook, scoreWorkbook, summaryFile, type PageOptions, type PageResult } from '../../src/web/jobs';

const EPOCH = 1_765_000_000;
let dir: string;
let inputs: string[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'web-jobs-'));
  await fs.mkdir(path.join(dir, 'in'));
  await fs.copyFile(SAMPLE, path.join(dir, 'in', '2019-shezhiwei.xlsx'));
  // Two tables of the corpus beside the sample: a project table and a department's.
  for (const t of [TABLES[0], TABLES[TABLES.length - 1]]) await writeTable(t, path.join(dir, 'in'));
  inputs = (await fs.readdir(path.join(dir, 'in'))).sort((a, b) => a.localeCompare(b, 'zh-CN'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<number> {
  const io: CliIO = { stdout: { write: () => true, isTTY: false }, stderr: { write: () => true, isTTY: false }, env: { SOURCE_DATE_EPOCH: String(EPOCH) } };
  return runCli(args, io);
}

test.each([
  ['as the command line scores by default', { explainColumn: false, docx: false, lang: 'zh' as const }, []],
  ['with --explain-column --report docx --lang en', { explainColumn: true, docx: true, lang: 'en' as const }, ['--explain-column', '--report', 'docx', '--lang', 'en']],
])('%s: every scored file, Word report and 汇总.xlsx the same bytes', async (_, flags, args) => {
  const out = path.join(dir, `out-${flags.lang}-${flags.docx}`);
  await cli([path.join(dir, 'in'), '--out', out, '--json', ...args]);
  const options: PageOptions = { ...flags, overwriteFormulas: false, at: EPOCH * 1000 };
  const results: PageResult[] = [];
  for (const name of inputs) {
    const result = await scoreWorkbook(`in/${name}`, new Uint8Array(await fs.readFile(path.join(dir, 'in', name))), options);
    results.push(result!);
  }
  const given = results.flatMap((r) => [r.scored, r.docx].flatMap((f) => (f ? [f] : [])));
  given.push(summaryFile(results.flatMap((r) => r.rows), flags.lang, options.at));
  expect(given.map((f) => f.name).sort()).toEqual((await fs.readdir(out)).sort());
  expect(given.length).toBe(inputs.length * (flags.docx ? 2 : 1) + 1);
  for (const f of given) expect([f.name, Buffer.from(f.bytes).equals(await fs.readFile(path.join(out, f.name)))]).toEqual([f.name, true]);
  // What the page shows: the sample's total, as the pane shows it.
  expect(results.find((r) => r.shown.endsWith('2019-shezhiwei.xlsx'))!.views[0]).toMatchObject({ total: '99.25', grade: '优' });
});

test('a restored file: the command line’s restore, byte for byte; a file never scored has nothing to restore', async () => {
  const out = path.join(dir, 'out-restore');
  await cli([path.join(dir, 'in', '2019-shezhiwei.xlsx'), '--out', out]);
  const scored = path.join(out, '2019-shezhiwei.scored.xlsx');
  await cli(['restore', scored]);
  const page = restoreWorkbook('2019-shezhiwei.scored.xlsx', new Uint8Array(await fs.readFile(scored)), 'zh');
  expect(page.kind).toBe('restored');
  if (page.kind !== 'restored') return;
  expect(page.file.name).toBe('2019-shezhiwei.restored.xlsx');
  expect(Buffer.from(page.file.bytes).equals(await fs.readFile(path.join(out, '2019-shezhiwei.restored.xlsx')))).toBe(true);
  expect(restoreWorkbook('x.xlsx', new Uint8Array(await fs.readFile(SAMPLE)), 'zh')).toMatchObject({ kind: 'nothing' });
});

test('a folder’s 汇总.xlsx that we wrote is left out; a person’s own of that name is scored', async () => {
  const ours = summaryFile([], 'zh', EPOCH * 1000);
  expect(await scoreWorkbook('in/汇总.xlsx', ours.bytes, { lang: 'zh', overwriteFormulas: false, explainColumn: false, docx: false, at: 0 }, undefined, true)).toBeNull();
  const theirs = new Uint8Array(await fs.readFile(SAMPLE));
  expect((await scoreWorkbook('in/汇总.xlsx', theirs, { lang: 'zh', overwriteFormulas: false, explainColumn: false, docx: false, at: 0 }, undefined, true))!.scored).not.toBeNull();
});
