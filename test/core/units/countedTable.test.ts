// Family «counted-table» (src/core/rules/countedTable.ts): the deduction set by how many items fail —
// for “三公”, each of its three items checked in 基础数据; otherwise the row's count.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const RULE = '部门“三公”经费决算数一项超预算扣0.5分，两项扣1分，三项扣1.5分';
const read = (rule: string, actual: CellValue, basic?: [string, CellValue, string?][]) => {
  const r = scoreOne(rule, actual, 2, { basic });
  return briefly(r);
};
const THREE = (abroad: CellValue): [string, CellValue, string?][] => [
  ['因公出国（境）费预算数', 6, '万元'],
  ['因公出国（境）费决算数', abroad, '万元'],
  ['公务接待费预算数', 3, '万元'],
  ['公务接待费决算数', 2, '万元'],
  ['公务用车购置及运行维护费预算数', 10, '万元'],
  ['公务用车购置及运行维护费决算数', 12, '万元'],
];

test('each item of “三公” checked in 基础数据, the ones over budget named', () => {
  expect(read(RULE, null, THREE(8.68))).toEqual({
    family: 'counted-table',
    status: 'deducted',
    score: 1,
    explanation: '扣1分：因公出国（境）费决算8.68万元超预算6万元；公务用车购置及运行维护费决算12万元超预算10万元（2项超预算）',
  });
});

test('none over budget: full marks, each item said', () => {
  const within: [string, number][] = [
    ['因公出国（境）费预算数', 6],
    ['因公出国（境）费决算数', 5],
    ['公务接待费预算数', 3],
    ['公务接待费决算数', 2],
    ['公务用车预算', 10],
    ['公务用车决算', 9],
  ];
  expect(read(RULE, null, within)).toEqual({
    family: 'counted-table',
    status: 'full',
    score: 2,
    explanation: '满分：因公出国（境）费决算5未超预算6；公务接待费决算2未超预算3；公务用车决算9未超预算10（均未超预算）',
  });
});

test('the row’s count, when given, is used; more items than the rule lists take its last figure', () => {
  expect(read(RULE, 1)).toMatchObject({ score: 1.5, explanation: '扣0.5分：填报1项' });
  expect(read(RULE, 0)).toMatchObject({ status: 'full', score: 2, explanation: '满分：填报0项' });
  expect(read(RULE, 5)).toMatchObject({ score: 0.5, explanation: '扣1.5分：填报5项' });
  expect(read('一项不合格扣1分，两项扣2分', '2')).toMatchObject({ family: 'counted-table', score: 0, explanation: '扣2分：填报2项' });
});

test('missing items and bad figures are errors naming what to add or fix', () => {
  expect(read(RULE, null, [['因公出国（境）费预算数', 6], ['因公出国（境）费决算数', 5]])).toMatchObject({
    status: 'error',
    explanation: '缺少输入：基础数据中没有“公务接待…预算数”、“公务接待…决算数”、“公务用车…预算数”、“公务用车…决算数”，请在基础数据表补充，或在G2填写实际完成值。',
  });
  expect(read(RULE, null, THREE('很多'))).toMatchObject({ status: 'error', explanation: '基础数据!B3应填写因公出国（境）费决算数，现为“很多”，请改为数字。' });
  expect(read(RULE, null, THREE({ error: '#REF!' }))).toMatchObject({ status: 'error', explanation: expect.stringContaining('基础数据!B3') });
});

test('one count given twice is not a counted table; a clause it cannot read is quoted', () => {
  expect(read('一项不合格扣1分，一项扣2分', '1').family).not.toBe('counted-table');
  expect(read('一项不合格扣1分，两项扣2分，另酌情', '1')).toEqual({
    family: 'counted-table',
    status: 'manual',
    score: null,
    explanation: 'F2的评分标准有未能识别的部分：“1项不合格扣1分,2项扣2分,另酌情”，需人工评分。',
  });
});

test('steps written from the most items down are read by their counts', () => {
  expect(read('三项超预算扣1.5分，两项扣1分，一项扣0.5分', 1)).toMatchObject({ family: 'counted-table', score: 1.5, explanation: '扣0.5分：填报1项' });
  expect(read('三项超预算扣1.5分，两项扣1分，一项扣0.5分', 2)).toMatchObject({ family: 'counted-table', score: 1, explanation: '扣1分：填报2项' });
});

test('an empty figure in 基础数据 is a missing input at its cell; an error value names its cell', () => {
  expect(read(RULE, null, THREE(null))).toMatchObject({ status: 'error', explanation: '缺少输入：基础数据中没有“因公出国（境）费决算数”，请在基础数据表补充，或在G2填写实际完成值。' });
  const budgetError = THREE(5);
  budgetError[0] = ['因公出国（境）费预算数', { error: '#DIV/0!' }, '万元'];
  expect(read(RULE, null, budgetError)).toMatchObject({ status: 'error', explanation: '基础数据!B2的值是错误值#DIV/0!，请先修正该单元格或其公式。' });
});

test('an item with only its budget is missing its 决算数, and the others are still checked for what they lack', () => {
  expect(read(RULE, null, [['因公出国（境）费预算数', 6], ['公务接待费预算数', 3], ['公务接待费决算数', 2], ['公务用车预算', 10], ['公务用车决算', 9]])).toMatchObject({
    status: 'error',
    explanation: '缺少输入：基础数据中没有“因公出国…决算数”，请在基础数据表补充，或在G2填写实际完成值。',
  });
});

describe('a deduction per item over budget, on a “三公” row', () => {
  const PER_ITEM = '决算数未超过预算数的得满分，每超一项扣0.5分';
  const onThree = (actual: CellValue, basic?: [string, CellValue, string?][], name = '“三公”经费控制情况') => briefly(scoreOne(PER_ITEM, actual, 2, { basic, name }));

  test('counts the items over budget in 基础数据', () => {
    expect(onThree(null, THREE(8.68))).toEqual({
      family: 'per-item',
      status: 'deducted',
      score: 1,
      explanation: '扣1分：因公出国（境）费决算8.68万元超预算6万元；公务用车购置及运行维护费决算12万元超预算10万元（2项超预算），发现2个×0.5分，共扣1分',
    });
  });

  test('none over budget is full marks, each item named', () => {
    const within: [string, CellValue, string?][] = THREE(5).map(([l, v, u]) => [l, l.startsWith('公务用车') && l.endsWith('决算数') ? 9 : v, u]);
    expect(onThree(null, within)).toMatchObject({ status: 'full', score: 2, explanation: expect.stringContaining('（均未超预算）') });
  });

  test('the row’s own count wins; without it and without the figures, the figures are asked for', () => {
    expect(onThree(3, THREE(8.68))).toMatchObject({ score: 0.5, explanation: '扣1.5分：发现3个×0.5分，共扣1.5分' });
    expect(onThree(null).explanation).toContain('基础数据中没有“因公出国…预算数”');
  });

  test('a row that is not about the “三公” asks for the count', () => {
    expect(onThree(null, THREE(8.68), '会议费控制')).toMatchObject({ status: 'error', explanation: '缺少输入：请在G2填写实际完成值。' });
  });
});

describe('a count of any kind of item, and “no points” for the last (`发现一次的，扣0.5分；发现有两次及以上的，此项不得分`)', () => {
  const ONCE_TWICE = '发现一次的，扣0.5分；发现有两次及以上的，此项不得分';
  test.each([
    [0, 'full', 2],
    [1, 'deducted', 1.5],
    [2, 'deducted', 0],
    [5, 'deducted', 0],
  ])('%p found', (count, status, score) => {
    expect(read(ONCE_TWICE, count)).toMatchObject({ family: 'counted-table', status, score });
  });
  test('a typed score without the count is checked against what the table gives', () => {
    expect(scoreOne(ONCE_TWICE, null, 2, { score: 1.5 }).explanation).toContain('按评分标准可得此分');
    expect(scoreOne(ONCE_TWICE, null, 2, { score: 1 }).explanation).toContain('只能得0分、1.5分或2分');
  });
  test('a count before a comma that is not the outcome is no step', () => {
    expect(read('发现1处问题，另行通报；发现2处扣1分', 1).family).not.toBe('counted-table');
  });
});

describe('what the table counts, said in its own word', () => {
  test.each([
    ['发现一次的，扣0.5分；发现有两次及以上的，此项不得分', '扣0.5分：填报1次'],
    ['“三公”经费决算数一项超预算扣0.5分,两项扣1分。', '扣0.5分：填报1项'],
  ])('%p', (rule, explanation) => {
    expect(read(rule, 1).explanation).toBe(explanation);
  });
});

test('a count after 每 is a step, not a row of the table: `每减少100人次扣1分` beside a deduction per item', () => {
  expect(briefly(scoreOne('服务人次每减少100人次扣1分；每发现一项违规支出扣1分', '1800人次,1', 10, { target: '2000人次' }))).toEqual({
    family: 'composite',
    status: 'deducted',
    score: 7,
    explanation: '扣3分：服务人次1800人次，较2000人次低200人次，每100人次扣1分，计2档，违规支出1处×1分，共扣3分',
  });
});
