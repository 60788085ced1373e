// Issue 13 on the command line: every indicator sheet of a workbook (or the one named), what the
// table says about kept and differing typed scores, 汇总.xlsx with its 扣分明细 sheet formatted to
// print, where outputs go and what they are called, and English grades.
import { promises as fs } from 'fs';
import path from 'path';
import { runInProcess } from '../hard/support/cli';
import { OTHER_LAYOUT_BASIC_DATA, OTHER_LAYOUT_SHEET } from '../fixtures/layouts';
import type { Cell } from '../fixtures/xlsx';
import { buildXlsx, openXlsx, SAMPLE, sampleCopy, tempDir } from '../fixtures/xlsx';
import { readSummary } from '../support/summary';


/** Two indicator sheets: 自评表 (15.75 of 20) and 项目表, the same with 目标填报 finding three problems (0.5 of 2: 14.75). */
async function twoSheets(dir: string, name = '两表.xlsx'): Promise<string> {
  const project = OTHER_LAYOUT_SHEET.rows.map((r) => [...r]) as Cell[][];
  project[2][4] = 3;
  return buildXlsx(path.join(dir, name), [OTHER_LAYOUT_SHEET, { name: '项目表', rows: project }, OTHER_LAYOUT_BASIC_DATA]);
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('jixiao-sheets-');
});

jest.setTimeout(60_000);

describe('a workbook with several indicator sheets', () => {
  it('scores each: a table for each, a JSON entry for each, and one scored file', async () => {
    const input = await twoSheets(dir);
    const text = await runInProcess([input]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('两表.xlsx（工作表：自评表）');
    expect(text.stdout).toContain('两表.xlsx（工作表：项目表）');
    expect(text.stdout).toMatch(/合计 15\.75 \/ 20/);
    expect(text.stdout).toMatch(/合计 14\.75 \/ 20/);

    const r = await runInProcess([input, '--json', '--out', path.join(dir, 'json')]);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { sheet: string; total: number }) => [f.sheet, f.total])).toEqual([
      ['自评表', 15.75],
      ['项目表', 14.75],
    ]);
    expect(new Set(doc.files.map((f: { output: string }) => f.output))).toEqual(new Set([path.join(dir, 'json', '两表.scored.xlsx')]));

    // The backup keeps one record per sheet: both come back with restore.
    const scored = await openXlsx(path.join(dir, 'json', '两表.scored.xlsx'));
    expect(scored.getWorksheet('自评表')!.getCell('F3').value).toBe(1.5);
    expect(scored.getWorksheet('项目表')!.getCell('F3').value).toBe(0.5);
    const back = await runInProcess(['restore', path.join(dir, 'json', '两表.scored.xlsx')]);
    expect(back.code).toBe(0);
    const restored = await openXlsx(path.join(dir, 'json', '两表.restored.xlsx'));
    expect(restored.getWorksheet('自评表')!.getCell('F3').value).toBe(2);
    expect(restored.getWorksheet('项目表')!.getCell('F3').value).toBe(2);
  });

  it('scores only the sheet named with --sheet, and says which sheets there are when the name is wrong', async () => {
    const input = await twoSheets(dir, 'one.xlsx');
    const r = await runInProcess([input, '--sheet', '项目表', '--json', '--out', path.join(dir, 'only')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { sheet: string }) => f.sheet)).toEqual(['项目表']);
    const scored = await openXlsx(path.join(dir, 'only', 'one.scored.xlsx'));
    expect(scored.getWorksheet('自评表')!.getCell('F3').value).toBe(2);

    const wrong = await runInProcess([input, '--sheet', '没有', '--out', path.join(dir, 'only')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('没有名为“没有”的工作表');
    expect(wrong.stderr).toContain('“自评表”、“项目表”');
  });

  it('lists each sheet in 汇总.xlsx, and every deduction of every file in its 扣分明细 sheet', async () => {
    const folder = path.join(dir, 'folder');
    await fs.mkdir(folder);
    await twoSheets(folder, '两表.xlsx');
    await sampleCopy(folder, '社治委.xlsx');
    const r = await runInProcess([folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/两表\.xlsx\s+自评表/);
    expect(r.stdout).toMatch(/两表\.xlsx\s+项目表/);
    const wb = await openXlsx(path.join(folder, '汇总.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '扣分明细']);
    const summary = await readSummary(path.join(folder, '汇总.xlsx'));
    // Highest 复核得分 first, ranked.
    expect(summary.lines.map((l) => [l['文件'], l['工作表'], l['单位/部门'], l['复核得分'], l['名次']])).toEqual([
      ['社治委.xlsx', '指标体系', '中共成都市委城乡社区发展治理委员会', 99.25, 1],
      ['两表.xlsx', '自评表', '两表', 15.75, 2],
      ['两表.xlsx', '项目表', '两表', 14.75, 3],
    ]);
    const details = await readSummary(path.join(folder, '汇总.xlsx'), 1);
    expect(details.header).toEqual(['文件', '工作表', '单元格', '指标', '类别', '分值', '自评得分', '复核得分', '扣分', '原因']);
    const sample = details.lines.filter((d) => d['文件'] === '社治委.xlsx');
    expect(sample.map((d) => [d['工作表'], d['单元格'], d['指标'], d['类别'], d['分值'], d['自评得分'], d['复核得分'], d['扣分']])).toEqual([
      ['指标体系', 'H4', '预算安排准确性', '扣分', 5, 4.75, 4.75, 0.25],
      ['指标体系', 'H12', '“三公”经费控制', '扣分、自评得分改动', 1, 1, 0.5, 0.5],
    ]);
    expect(String(sample[1]['原因'])).toContain('因公出国（境）经费决算8.68万元超预算6万元');
    expect(details.lines.filter((d) => d['工作表'] === '项目表').map((d) => [d['指标'], d['扣分']])).toContainEqual(['目标填报', 1.5]);
    expect(details.lines.filter((d) => d['工作表'] === '自评表').map((d) => [d['指标'], d['扣分']])).toContainEqual(['目标填报', 0.5]);

    // Both sheets print on A4 landscape, the header on every page, every cell bordered, the header frozen and filtered.
    const [first, second] = wb.worksheets;
    for (const [ws, head] of [[first, 2], [second, 1]] as const) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: `${head}:${head}` });
      expect(ws.getRow(head + 1).getCell(1).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
      expect(ws.getRow(head).getCell(1).font).toMatchObject({ bold: true, name: '宋体', size: 11 });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: head });
      expect(ws.autoFilter).toBeTruthy();
    }
    // 扣分明细's columns (136 digits, 718 points) fit one A4 page wide at 100%; 汇总's do not at 9-point type: 82%, 序号 and 单位 repeated.
    expect(second.pageSetup).toMatchObject({ fitToPage: false, scale: 100 });
    expect(first.pageSetup).toMatchObject({ fitToPage: false, scale: 82, printTitlesColumn: 'A:B' });
    expect(second.getRow(2).getCell(6).numFmt).toBe('0.00');
  });
});

describe('a sheet holding two projects, one below the other', () => {
  it('scores each table on its own: a JSON entry for each, both written, both restored', async () => {
    const project = (name: string, actual: number): Cell[][] => [
      [`${name}项目支出绩效自评表`],
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['培训人次', '≥100', actual, 10, null],
      ['满意度', '≥90%', '95%', 10, null],
      ['总分', null, null, 20, null],
    ];
    const input = await buildXlsx(path.join(dir, '两个项目.xlsx'), [{ name: '自评表', rows: [...project('甲', 100), [], ...project('乙', 80)] }]);
    const r = await runInProcess([input, '--json', '--out', path.join(dir, 'stacked')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { sheet: string; total: number; rows: { cell: string }[] }) => [f.sheet, f.total, f.rows.map((x) => x.cell)])).toEqual([
      ['自评表', 20, ['E3', 'E4']],
      ['自评表', 18, ['E9', 'E10']],
    ]);
    const out = path.join(dir, 'stacked', '两个项目.scored.xlsx');
    const scored = (await openXlsx(out)).getWorksheet('自评表')!;
    expect(['E3', 'E5', 'E9', 'E11'].map((a) => scored.getCell(a).value)).toEqual([10, 20, 8, 18]);
    expect((await runInProcess(['restore', out])).code).toBe(0);
    const restored = (await openXlsx(path.join(dir, 'stacked', '两个项目.restored.xlsx'))).getWorksheet('自评表')!;
    expect(['E3', 'E5', 'E9', 'E11'].map((a) => restored.getCell(a).value)).toEqual([null, null, null, null]);
  });
});

describe('what the table says', () => {
  it('shows a typed score kept as such, never as a full mark, and counts what it counts', async () => {
    const r = await runInProcess([SAMPLE, '--out', path.join(dir, 'kept')]);
    const kept = r.stdout.split('\n').find((l) => l.startsWith('社会效益指标'))!;
    expect(kept).toMatch(/5\s+5\.00\s+保留填写得分5分/);
    expect(kept).not.toContain('满分');
    expect(r.stdout).toContain('核算 17 项，保留填写得分 5 项；扣分项 2，错误 0，需人工评分 0，与填写得分不一致 1');
    const en = await runInProcess([SAMPLE, '--out', path.join(dir, 'kept-en'), '--lang', 'en']);
    expect(en.stdout.split('\n').find((l) => l.startsWith('社会效益指标'))).toContain('Typed score 5 kept');
    const json = JSON.parse((await runInProcess([SAMPLE, '--out', path.join(dir, 'kept-json'), '--json'])).stdout);
    expect(json.files[0].rows.filter((x: { kept: boolean }) => x.kept)).toHaveLength(5);
    expect(json.files[0]).toMatchObject({ rowsComputed: 17, rowsKept: 5 });
  });

  it('lists a typed score that differs with two decimals, once, and no message repeats its cell', async () => {
    const r = await runInProcess([SAMPLE, '--out', path.join(dir, 'differ')]);
    expect(r.stdout).toContain('与填写得分不一致：\n  H12 “三公”经费控制：填写 1.00，计算 0.50');
    expect(r.stdout.match(/原得分1/g)).toBeNull();
    for (const line of r.stdout.split('\n')) {
      const cell = /\b([A-Z]{1,2}\d+)\b/.exec(line)?.[1];
      if (cell) expect(line.split(cell).length - 1).toBeLessThanOrEqual(1);
    }
    // Every score and deduction in the table has two decimals.
    for (const line of r.stdout.split('\n').slice(3, 25)) expect(line).toMatch(/\s\d+\.\d{2}(\s|$)/);
  });

  it('puts errors before warnings', async () => {
    const input = await sampleCopy(dir, 'bad-row.xlsx', (wb) => {
      wb.getWorksheet('指标体系')!.getCell('G6').value = '若干';
    });
    const r = await runInProcess([input, '--out', path.join(dir, 'bad')]);
    const issues = r.stdout.slice(r.stdout.indexOf('提示：')).split('\n').slice(1).filter((l) => /^\s+(错误|警告)/.test(l));
    expect(issues[0]).toMatch(/^\s+错误/);
    const kinds = issues.map((l) => (/^\s+错误/.test(l) ? 'error' : 'warning'));
    expect(kinds).toEqual([...kinds].sort());
  });

  it('gives the grade in English beside the Chinese one, with ASCII colons', async () => {
    const r = await runInProcess([SAMPLE, '--out', path.join(dir, 'english'), '--lang', 'en']);
    expect(r.stdout).toMatch(/Grade 优 \(Excellent\)/);
    expect(r.stdout).toContain('H12 “三公”经费控制: typed 1.00, computed 0.50');
    expect(r.stdout).not.toContain('：');
  });
});

describe('where outputs go and what they are called', () => {
  it('writes 汇总.xlsx beside the inputs, never in the folder the command was typed in', async () => {
    const here = path.join(dir, 'here');
    const there = path.join(dir, 'there');
    await fs.mkdir(here);
    await fs.mkdir(there);
    await sampleCopy(there, 'a.xlsx');
    await sampleCopy(there, 'b.xlsx');
    const r = await runInProcess([path.join(there, 'a.xlsx'), path.join(there, 'b.xlsx'), '--json'], here);
    expect(r.code).toBe(0);
    expect(await fs.readdir(here)).toEqual([]);
    expect(JSON.parse(r.stdout).summary).toBe(path.join(there, '汇总.xlsx'));
  });

  it('names the summary absolutely in --json, with --out given relative', async () => {
    const r = await runInProcess([SAMPLE, SAMPLE.replace('2019-shezhiwei', '2019-shezhiwei'), '--out', 'rel-out', '--json'], dir);
    const doc = JSON.parse(r.stdout);
    expect(path.isAbsolute(doc.summary)).toBe(true);
    expect(doc.summary).toBe(path.join(dir, 'rel-out', '汇总.xlsx'));
    expect(doc.files[0].output).toBe(path.join(dir, 'rel-out', '2019-shezhiwei.scored.xlsx'));
  });

  it('scores a .scored.xlsx again under the same name, never .scored.scored.xlsx, and never over the input', async () => {
    const folder = path.join(dir, 'again');
    await fs.mkdir(folder);
    const input = await sampleCopy(folder, '社治委.xlsx');
    await runInProcess([input]);
    const scored = path.join(folder, '社治委.scored.xlsx');
    const before = await fs.readFile(scored);
    const elsewhere = path.join(dir, 'again-out');
    expect((await runInProcess([scored, '--out', elsewhere])).code).toBe(0);
    expect(await fs.readdir(elsewhere)).toEqual(['社治委.scored.xlsx']);
    const beside = await runInProcess([scored]);
    expect(beside.stdout).toContain('已写出：' + path.join(folder, '社治委-2.scored.xlsx') + '（社治委.scored.xlsx 是本次评分的输入文件，不会被覆盖）');
    expect(await fs.readFile(scored)).toEqual(before);
    expect((await fs.readdir(folder)).filter((n) => n.includes('scored.scored'))).toEqual([]);
  });

  it('refuses --out naming an existing file, clearly, and writes nothing', async () => {
    const file = path.join(dir, 'not-a-folder.txt');
    await fs.writeFile(file, 'x');
    const r = await runInProcess([SAMPLE, '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是一个已有的文件，不是文件夹');
    expect(await fs.readFile(file, 'utf8')).toBe('x');
    const en = await runInProcess([SAMPLE, '--out', file, '--lang', 'en']);
    expect(en.stderr).toContain('is an existing file, not a folder');
  });
});
