// 汇总.xlsx as a reviewer works from it (SPEC §5, issue 23), read back through ExcelJS: a title with the
// run's date; every column SPEC lists, the typed total beside the computed one and their difference,
// the share, both grades, one column per level-1 area, a rank, highest 复核得分 first; 备注 saying what
// keeps a sheet 未完成; 扣分明细 listing every deduction, changed typed score, error and manual row; each
// row tall enough for its wrapped text.
import { promises as fs } from 'fs';
import path from 'path';
import { rowHeight, wrappedLines } from '../../src/core';
import { runCli } from '../../src/cli/run';
import { buildXlsx, openXlsx, sampleCopy, tempDir } from '../fixtures/xlsx';
import { readSummary, type SummarySheet } from '../support/summary';

jest.setTimeout(60_000);

/** 2024-03-01 08:00 UTC: 16:00 in Beijing. */
const EPOCH = 1709280000;

let folder: string;
let summary: SummarySheet;
let details: SummarySheet;
beforeAll(async () => {
  folder = await tempDir('jixiao-summary-sheet-');
  await sampleCopy(folder, '社治委.xlsx');
  // A small office table: a row scored, one whose count is not a number (an error), one whose rule no family reads (to score by hand).
  await buildXlsx(path.join(folder, '某局.xlsx'), [
    {
      name: '自评表',
      rows: [
        ['单位名称：某市某局'],
        ['一级指标', '三级指标', '分值', '评分标准', '实际完成值', '得分'],
        ['产出', '制度建设', 40, '有制度的计40分，没有不得分', '有', 40],
        ['产出', '问题整改', 30, '每发现一处问题扣5分，扣完为止', '若干', 30],
        ['效益', '社会效益', 30, '由评审专家组结合现场察看情况综合打分', '', null],
      ],
    },
  ]);
  let stderr = '';
  const code = await runCli([folder], { stdout: { write: () => true, isTTY: false }, stderr: { write: (t: string) => (stderr += t), isTTY: false }, env: { SOURCE_DATE_EPOCH: String(EPOCH) } });
  expect([code, stderr]).toEqual([1, expect.any(String)]);
  summary = await readSummary(path.join(folder, '汇总.xlsx'));
  details = await readSummary(path.join(folder, '汇总.xlsx'), 1);
});

it('has a title with the run’s date and every column SPEC lists, one per level-1 area, and a rank', () => {
  expect(summary.title).toBe('绩效自评复核汇总（2024-03-01）');
  const areas = ['预算管理', '目标管理', '部门管理', '履职效能', '产出', '效益'];
  expect(summary.header).toEqual(['序号', '单位/部门', '项目', '文件', '工作表', '自评得分', '复核得分', '差异', '满分', '得分率', '等级（自评/复核）', '扣分项', '错误', '需人工', '核算', '保留未核算', '备注', ...areas, '名次']);
});

it('puts the typed total beside the computed one, their difference, share, grades and each area’s score', () => {
  const [sample] = summary.lines;
  expect(sample).toMatchObject({ 序号: 1, '单位/部门': '中共成都市委城乡社区发展治理委员会', 文件: '社治委.xlsx', 自评得分: 99.75, 复核得分: 99.25, 差异: -0.5, 满分: 100, '等级（自评/复核）': '优/优', 名次: 1 });
  expect(sample['得分率']).toBeCloseTo(0.9925, 10);
  expect([sample['预算管理'], sample['目标管理'], sample['部门管理'], sample['履职效能'], sample['产出']]).toEqual([9.75, 10, 9.5, 70, null]);
});

it('says in 备注 what keeps a sheet 未完成, and gives it no grade but its own', () => {
  const office = summary.lines.find((l) => l['文件'] === '某局.xlsx')!;
  expect(office).toMatchObject({ 序号: 2, '单位/部门': '某市某局', 错误: 1, 需人工: 1, '等级（自评/复核）': '—/未完成', 名次: 2 });
  expect(office['备注']).toBe('未完成：需人工评分 F5；输入有误 F4（见批注）');
  expect(office['产出']).toBeNull(); // an area with a row in error has no score
});

it('lists in 扣分明细 every deduction, changed typed score, error and manual row', () => {
  const rows = details.lines.map((d) => [d['文件'], d['单元格'], d['类别']]);
  expect(rows).toEqual([
    ['社治委.xlsx', 'H4', '扣分'],
    ['社治委.xlsx', 'H12', '扣分、自评得分改动'],
    ['某局.xlsx', 'F4', '错误'],
    ['某局.xlsx', 'F5', '需人工评分'],
  ]);
  expect(String(details.lines[2]['原因'])).toContain('若干');
});

it('sets every row tall enough for its wrapped text, in 宋体 11 pt', async () => {
  const wb = await openXlsx(path.join(folder, '汇总.xlsx'));
  for (const ws of wb.worksheets) {
    const widths = ws.columns.map((c) => c.width ?? 8);
    ws.eachRow((row, n) => {
      if (n === 1 && ws.getCell('A1').isMerged) return;
      let lines = 1;
      row.eachCell((cell, col) => {
        if (typeof cell.value === 'string' && (cell.alignment?.wrapText || cell.font?.bold)) lines = Math.max(lines, wrappedLines(cell.value, widths[col - 1], 11));
        expect(cell.font).toMatchObject({ name: '宋体', size: 11 });
      });
      expect([ws.name, n, row.height >= rowHeight(lines, 11)]).toEqual([ws.name, n, true]);
    });
  }
});

it('writes the same bytes again at the same clock', async () => {
  const before = await fs.readFile(path.join(folder, '汇总.xlsx'));
  await runCli([folder], { stdout: { write: () => true, isTTY: false }, stderr: { write: () => true, isTTY: false }, env: { SOURCE_DATE_EPOCH: String(EPOCH) } });
  expect((await fs.readFile(path.join(folder, '汇总.xlsx'))).equals(before)).toBe(true);
});
