// Bad workbooks (test/fixtures/bad, made by scripts/make-bad-fixtures.ts) through the command line:
// each gives a clear message that names the cell to fix, no exception, and the exit status of SPEC
// §5 (0 all scored, 1 some row or the table in error, 2 unreadable).
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { BAD_DIR, BAD_FIXTURES, baseBasicData, baseRows, fixturesReadme, makeBadFixtures } from '../../scripts/make-bad-fixtures';
import type { JsonFile, JsonIssue } from '../../src/cli/json';
import { cpuMsSince, json, runInProcess } from './support/cli';
import { tempDir } from '../fixtures/xlsx';

jest.setTimeout(120000);

let out: string;
let big: Map<string, string>;
beforeAll(async () => {
  out = await tempDir('jixiao-bad-');
  big = await makeBadFixtures(path.join(out, 'big'), { big: true, only: ['xfd-used-range.xlsx'] });
});

const fixture = (name: string) => big.get(name) ?? path.join(BAD_DIR, name);

async function score(name: string, lang: 'zh' | 'en' = 'zh') {
  const started = process.cpuUsage();
  const run = await runInProcess([fixture(name), '--out', out, '--json', '--lang', lang]);
  // Processor time, not wall time: what the file costs, however busy the machine is.
  const cpuMs = cpuMsSince(started);
  const file: JsonFile = json(run).files[0];
  return { ...run, cpuMs, file, issue: (code: string, cell?: string) => findIssue(file.issues, code, cell) };
}

function findIssue(issues: readonly JsonIssue[], code: string, cell?: string): JsonIssue {
  const found = issues.find((i) => i.code === code && (cell === undefined || i.cell === cell));
  if (!found) throw new Error(`no ${code}${cell ? ` at ${cell}` : ''} among ${JSON.stringify(issues.map((i) => `${i.code}@${i.cell}`))}`);
  return found;
}

const SHEET_LEVEL = ['no-header', 'no-indicators'];

/** The line the text report (not --json) prints for an issue: its cell, then its message. */
async function textLine(name: string, cell: string): Promise<string> {
  const run = await runInProcess([fixture(name), '--out', out]);
  const line = (run.stdout + run.stderr).split('\n').find((l) => l.trim().startsWith(`${cell} `) || l.includes(` ${cell} `));
  if (!line) throw new Error(`no line names ${cell}:\n${run.stdout}${run.stderr}`);
  return line;
}

/** What every bad workbook must give, whatever it is: messages that name their cell, in the sheet's language. */
function expectClearMessages(file: JsonFile, stderr: string, lang: 'zh' | 'en') {
  expect(stderr).not.toMatch(/\n\s+at |TypeError|RangeError|ReferenceError/); // no stack trace
  for (const i of file.issues) {
    expect(i.message.length).toBeLessThan(400);
    if (i.code === 'total-not-100' || i.code === 'points-mismatch') continue; // about the sheet's sums, not one cell
    expect(i.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    // A row's message names the cell to fix (for a missing label, the 实际完成值 cell that could
    // take the figure instead); a sheet-level one is shown after its cell (see textLine).
    if (!SHEET_LEVEL.includes(i.code)) expect(i.message).toMatch(/[A-Z]{1,3}\d+/);
    if (lang === 'zh') expect(i.message).toMatch(/[\u4e00-\u9fff]/);
  }
  for (const r of file.rows) {
    if (r.score !== null) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.points).not.toBeNull();
      expect(r.score).toBeLessThanOrEqual(r.points ?? 0);
    }
  }
}

describe('the corpus', () => {
  it('holds every small file the script makes, and the README says what each attacks', async () => {
    const committed = (await fs.readdir(BAD_DIR)).filter((f) => f.endsWith('.xlsx')).sort();
    expect(committed).toEqual(BAD_FIXTURES.filter((f) => !f.big).map((f) => f.file).sort());
    const readme = await fs.readFile(path.join(BAD_DIR, 'README.md'), 'utf8');
    expect(readme).toBe(fixturesReadme());
    for (const f of BAD_FIXTURES) expect(readme).toContain(`\`${f.file}\``);
    for (const f of committed) expect((await fs.stat(path.join(BAD_DIR, f))).size).toBeLessThan(64 * 1024);
  });

  it('starts from a valid table that scores 18.25 of 20', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of [['指标体系', baseRows()], ['基础数据', baseBasicData()]] as const) {
      const ws = wb.addWorksheet(name);
      rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    }
    const file = path.join(out, 'base.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await runInProcess([file, '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(json(run).files[0]).toMatchObject({ total: 18.25, maxTotal: 20, complete: true });
  });
});

describe('each bad workbook: a message naming the cell, no exception, the exit status of SPEC §5', () => {
  it('no header row: exit 2 (no indicator table), A1 named, and nothing written', async () => {
    const r = await score('no-header.xlsx');
    expect(r.code).toBe(2);
    expect(r.issue('no-header', 'A1').message).toContain('三级指标');
    expect(r.file.output).toBeNull();
    expect(r.stderr).toContain('no-header.xlsx');
    expect(await textLine('no-header.xlsx', 'A1')).toContain('找不到表头');
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('a header and nothing under it: exit 2 (no indicator table), the header cell named, nothing written', async () => {
    const r = await score('header-only.xlsx');
    expect(r.code).toBe(2);
    expect(r.file.output).toBeNull();
    expect(r.issue('no-indicators', 'C2').message).toContain('没有任何指标行');
    expect(r.file.rows).toHaveLength(0);
    expect(await textLine('header-only.xlsx', 'C2')).toContain('没有任何指标行');
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('分值 as text: “五分” is an error at D3; “5分” and “ 5 ” are read', async () => {
    const r = await score('points-as-text.xlsx');
    expect(r.code).toBe(1);
    expect(r.issue('bad-points', 'D3').message).toContain('五分');
    expect(r.file.rows.map((x) => [x.cell, x.status])).toEqual([
      ['G3', 'error'],
      ['G4', 'full'],
      ['G5', 'deducted'],
      ['G6', 'deducted'],
    ]);
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('a two-row merged header scores as the plain one does (18.25), 得分 in G', async () => {
    const r = await score('merged-header.xlsx');
    expect(r.code).toBe(0);
    expect(r.file).toMatchObject({ total: 18.25, complete: true });
    expect(r.file.rows.map((x) => x.cell)).toEqual(['G4', 'G5', 'G6', 'G7']);
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('the same column twice: exit 2 (the table cannot be read), both header cells named, nothing written', async () => {
    const r = await score('duplicate-column.xlsx');
    expect(r.code).toBe(2);
    const i = r.issue('duplicate-column', 'I2');
    expect(i.message).toContain('G2');
    expect(i.message).toContain('得分');
    expect(r.file.output).toBeNull();
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it.each(['empty-basic-data.xlsx', 'absent-basic-data.xlsx'])('%s: the formula row is an error naming the labels and F3; the others score', async (name) => {
    const r = await score(name);
    expect(r.code).toBe(1);
    const i = r.issue('missing-label', 'E3');
    expect(i.message).toContain('预算资金总来源');
    expect(i.message).toContain('F3');
    expect(r.file.rows.find((x) => x.cell === 'G3')).toMatchObject({ status: 'error', score: null });
    expect(r.file.rows.filter((x) => x.status !== 'error')).toHaveLength(3);
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('a label named by the rule but missing: that label, and only it, is named', async () => {
    const r = await score('missing-label.xlsx');
    expect(r.code).toBe(1);
    const i = r.issue('missing-label', 'E3');
    expect(i.message).toContain('预算结余注销资金');
    expect(i.message).not.toContain('预算资金总来源');
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('#DIV/0! and #REF!: errors at F4 and at 基础数据!B2, with the error value', async () => {
    const r = await score('error-values.xlsx');
    expect(r.code).toBe(1);
    expect(r.issue('cell-error', 'F4').message).toContain('#DIV/0!');
    const ref = r.issue('cell-error', 'B2');
    expect(ref.sheet).toBe('基础数据');
    expect(ref.message).toContain('#REF!');
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('formulas without cached results: named as such at F4 and 基础数据!B2, never read as empty or missing', async () => {
    const r = await score('formula-no-cache.xlsx');
    expect(r.code).toBe(1);
    expect(r.issue('cell-error', 'F4').message).toContain('没有保存它的计算结果');
    expect(r.issue('cell-error', 'B2')).toMatchObject({ sheet: '基础数据' });
    expect(r.file.issues.map((i) => i.code)).not.toContain('missing-label');
    expect(r.file.issues.map((i) => i.code)).not.toContain('missing-input');
    expect(r.stdout + r.stderr).not.toContain('#NO_RESULT');
    const en = await score('formula-no-cache.xlsx', 'en');
    expect(en.issue('cell-error', 'F4').message).toContain('holds a formula whose result the file does not store');
  });

  it('dates where numbers belong: F5 (a count) and D6 (points) named, with the date as shown', async () => {
    const r = await score('dates.xlsx');
    expect(r.code).toBe(1);
    expect(r.issue('not-a-number', 'F5').message).toContain('2019-05-01');
    expect(r.issue('bad-points', 'D6').message).toContain('2020-01-05');
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('huge and negative numbers: −1 problems is an error at F5; 1e308 and 1e300% score within their points', async () => {
    const r = await score('huge-negative.xlsx');
    expect(r.code).toBe(1);
    expect(r.issue('negative-value', 'F5').message).toContain('-1');
    expect(r.file.rows.find((x) => x.cell === 'G3')!.score).not.toBeNull();
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('negative and zero points: D3 and D4 named', async () => {
    const r = await score('negative-points.xlsx');
    expect(r.code).toBe(1);
    expect(r.issue('bad-points', 'D3').message).toContain('-5');
    expect(r.issue('bad-points', 'D4').message).toContain('“0”');
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('10,000-character cells: scored in well under a few seconds, the quoted text cut short', async () => {
    const r = await score('long-cells.xlsx');
    expect(r.code).toBe(1);
    expect(r.cpuMs).toBeLessThan(5000);
    const i = r.issue('not-a-number', 'F4');
    expect(i.message.length).toBeLessThan(150);
    expect(i.message).toContain('…');
    expect(r.file.rows.find((x) => x.cell === 'G5')).toMatchObject({ status: 'deducted', score: 4.5 });
    expect(r.file.rows.find((x) => x.cell === 'G3')).toMatchObject({ status: 'deducted', score: 4.75 });
    expectClearMessages(r.file, r.stderr, 'zh');
  });

  it('a used range reaching XFD1048576 with 100,000 empty rows: scored fast, the untouched tail said', async () => {
    const r = await score('xfd-used-range.xlsx');
    expect(r.code).toBe(0);
    expect(r.cpuMs).toBeLessThan(15000);
    expect(r.file).toMatchObject({ total: 18.25, complete: true });
    const tail = r.issue('empty-rows-not-loaded', 'A1008');
    expect(tail).toMatchObject({ severity: 'warning', sheet: '指标体系' });
    expect(tail.message).toContain('99,001');
    expect(r.stderr).toContain('99,001');
  });

  it('full-width, zero-width and BOM characters read as the plain text (18.25, same rows)', async () => {
    const r = await score('odd-characters.xlsx');
    expect(r.code).toBe(0);
    expect(r.file).toMatchObject({ total: 18.25, complete: true });
    expect(r.file.rows.map((x) => [x.cell, x.score])).toEqual([
      ['G3', 4.75],
      ['G4', 5],
      ['G5', 4.5],
      ['G6', 4],
    ]);
  });

  it('all of them in one folder: every file reported, exit 2 (some hold no readable table), no exception', async () => {
    const folder = path.join(out, 'folder');
    await fs.mkdir(folder);
    const bad = BAD_FIXTURES.filter((f) => f.kind === 'bad' && !f.big);
    for (const f of bad) await fs.copyFile(path.join(BAD_DIR, f.file), path.join(folder, f.file));
    const run = await runInProcess([folder, '--out', path.join(out, 'folder-out'), '--json', '--lang', 'en']);
    expect(run.code).toBe(2);
    const files = json(run).files;
    expect(files).toHaveLength(bad.length);
    for (const f of files) expectClearMessages(f, run.stderr, 'en');
  });
});

describe('a workbook whose table lacks a column (SPEC §5, issue 9)', () => {
  it('exit 2, and the message names the row that looks like the header and the column it lacks', async () => {
    const dir = await tempDir('jixiao-near-');
    const file = path.join(dir, '缺得分列.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '本工作簿为2021年度自评材料';
    const ws = wb.addWorksheet('自评表');
    ws.addRow(['2021年度部门整体支出绩效自评表']);
    ws.addRow(['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际完成值']);
    ws.addRow(['预算管理', '预算执行', '预算执行率', 10, '按完成比例计算得分', '95%']);
    await wb.xlsx.writeFile(file);
    const run = await runInProcess([file, '--json']);
    expect(run.code).toBe(2);
    const issue = json(run).files[0].issues.find((i: { code: string }) => i.code === 'no-header');
    expect(issue!.message).toContain('第2行像表头');
    expect(issue!.message).toContain('缺少“得分”列');
  });
});
