// The seed report's own table (examples/2019-shezhiwei.xlsx) scores exactly as samples/README.md says.
import path from 'node:path';
import { scoreWorkbook } from '../../src/core';
import type { ScoreResult, Workbook } from '../../src/core';
import { findSheets, loadXlsx } from '../../src/xlsx';

const SAMPLE = path.join(__dirname, '../../examples/2019-shezhiwei.xlsx');

let workbook: Workbook;
let result: ScoreResult;
beforeAll(async () => {
  const found = findSheets(await loadXlsx(SAMPLE));
  if (!found) throw new Error('the sample has no indicator sheet');
  workbook = found.workbook;
  result = scoreWorkbook(workbook);
});

// row, indicator, hand score, computed score — the table of samples/README.md
const EXPECTED: [number, string, number, number][] = [
  [4, '预算安排准确性', 4.75, 4.75],
  [5, '部门总体执行进度', 5, 5],
  [6, '目标填报', 2, 2],
  [7, '目标量化', 3, 3],
  [8, '目标匹配', 5, 5],
  [9, '管理制度健全性', 1, 1],
  [10, '资金使用合规性', 1, 1],
  [11, '财务监控有效性', 2, 2],
  [12, '“三公”经费控制', 1, 0.5],
  [13, '采购规范性', 1, 1],
  [14, '固定资产在用率', 2, 2],
  [15, '信息公开', 2, 2],
  [16, '任务完成率', 10, 10],
  [17, '服务对象(受益)对象满意度', 10, 10],
  [18, '上线服务数量', 5, 5],
  [19, '社会影响力逐步提升', 5, 5],
  [20, '管理机制', 5, 5],
  [21, '任务完成率', 10, 10],
  [22, '服务对象或受益对象满意度', 10, 10],
  [23, '社会效益指标', 5, 5],
  [24, '可持续影响指标', 5, 5],
  [25, '质量指标', 5, 5],
];

test('every row scores as the samples README says', () => {
  expect(result.rows.map((r) => [r.row + 1, r.indicator, r.previous, r.score === null ? null : Number(r.score.toFixed(2))])).toEqual(EXPECTED);
  expect(result.rows.every((r) => r.cell === `H${r.row + 1}`)).toBe(true);
});

test('total 99.25 of 100, grade 优, complete', () => {
  expect(result.total.toFixed(2)).toBe('99.25');
  expect(result.maxTotal.toFixed()).toBe('100');
  expect(result.grade).toBe('优');
  expect(result.complete).toBe(true);
  expect(result.layout?.totalRow).toBe(25);
});

test('the two deductions, with the arithmetic', () => {
  const deducted = result.rows.filter((r) => r.status === 'deducted');
  expect(deducted.map((r) => [r.cell, r.deduction?.toFixed(2), r.explanation])).toEqual([
    ['H4', '0.25', '扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75'],
    ['H12', '0.50', '扣0.5分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）'],
  ]);
});

test('the rates are read as the report states them', () => {
  expect(result.rows[1].explanation).toContain('3100.75÷3184.21=97.38%');
  expect(result.rows[10].explanation).toContain('100%');
});

test('the rule families the sample exercises', () => {
  expect(result.rows.map((r) => r.family)).toEqual([
    'formula', 'rate-tiers', 'per-item', 'per-item', 'per-item', 'qualitative', 'per-item', 'checklist',
    'counted-table', 'per-item', 'steps', 'per-item',
    'formula', 'target', 'target', 'qualitative', 'qualitative',
    'formula', 'target', 'qualitative', 'qualitative', 'target',
  ]);
});

test('group totals for the 评价结论: 9.75, 10, 9.5, 70', () => {
  expect(result.level1.map((g) => [g.name, g.score.toFixed(2), g.points.toFixed()])).toEqual([
    ['预算管理', '9.75', '10'],
    ['目标管理', '10.00', '10'],
    ['部门管理', '9.50', '10'],
    ['履职效能', '70.00', '70'],
  ]);
});

test('the warnings the table earns: duplicate key task, 57.14% common share in each task, the changed hand score', () => {
  const warnings = result.issues.map((i) => [i.severity, i.cell, i.code]);
  expect(warnings).toEqual(
    expect.arrayContaining([
      ['warning', 'B21', 'duplicate-task'],
      ['warning', 'B16', 'task-share'],
      ['warning', 'B21', 'task-share'],
      ['warning', 'H12', 'score-changed'],
    ]),
  );
  expect(result.issues).toHaveLength(4);
  expect(result.issues.find((i) => i.cell === 'B16')?.message).toContain('57.14%');
  expect(result.issues.some((i) => i.severity === 'error')).toBe(false);
});

test('the same table in English: same scores, English explanations', () => {
  const en = scoreWorkbook(workbook, { lang: 'en' });
  expect(en.total.toFixed(2)).toBe('99.25');
  expect(en.rows[8].explanation).toBe('−0.5: 因公出国（境）经费: spent 8.68万元 over budget 6万元 (1 over budget)');
  expect(en.issues.find((i) => i.code === 'duplicate-task')?.message).toContain('repeats');
});
