// The 预算执行率 row of a project table (src/core/rules/executionRate.ts): 执行率 = 全年执行数 ÷ 全年预算数,
// score = points × 执行率, capped; each bad amount is an error on its own cell; a typed 执行率 that
// differs is a warning, the computed one is used.
import { scoreWorkbook } from '../../../src/core';
import type { CellValue } from '../../../src/core';
import { n } from '../../support/table';

function scoreBlock(budget: CellValue, spent: CellValue, rate: CellValue = null, rateFormat: string | null = null, lang: 'zh' | 'en' = 'zh') {
  const result = scoreWorkbook(
    {
      indicatorSheet: {
        name: '自评表',
        values: [
          ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          [null, '年度资金总额', 100, budget, spent, 10, rate, null],
          ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
          ['产出', '培训人次', '≥100', 100, 90, null],
        ],
        numberFormats: [[], [null, null, null, null, null, null, rateFormat]],
      },
    },
    { lang },
  );
  const row = result.rows[0];
  const issues = result.issues.filter((i) => i.code !== 'total-not-100').map((i) => ({ cell: i.cell, code: i.code, message: i.message }));
  return { cell: row.cell, status: row.status, score: n(row.score), explanation: row.explanation, issues };
}

test('points × 执行率, the arithmetic in the explanation', () => {
  expect(scoreBlock(100, 95)).toEqual({ cell: 'H2', status: 'deducted', score: 9.5, explanation: '扣0.5分：执行率=95÷100=95%，10×95%=9.5', issues: [] });
  expect(scoreBlock(1, 0.5)).toMatchObject({ score: 5, explanation: '扣5分：执行率=0.5÷1=50%，10×50%=5' });
});

test('above 100%: full points, said so', () => {
  expect(scoreBlock(100, 120)).toMatchObject({ status: 'full', score: 10, explanation: '满分：执行率=120÷100=120%，10×120%=12，超过分值按满分计' });
});

test.each([
  [null, 95, 'D2', 'missing-input', '缺少输入：请在D2填写全年预算数。'],
  [100, null, 'E2', 'missing-input', '缺少输入：请在E2填写全年执行数。'],
  [{ error: '#REF!' }, 95, 'D2', 'cell-error', 'D2的值是错误值#REF!，请先修正该单元格或其公式。'],
  [100, '95%', 'E2', 'not-a-number', 'E2应填写全年执行数，现为“95%”，请改为数字。'],
  [100, -5, 'E2', 'not-a-number', 'E2应填写全年执行数，现为“-5”，请改为数字。'],
  [100, '约九成', 'E2', 'not-a-number', 'E2应填写全年执行数，现为“约九成”，请改为数字。'],
  [0, 5, 'D2', 'division-by-zero', '除数为0：全年执行数÷全年预算数中的全年预算数（D2）为0，无法计算，请核对该数。'],
] as [CellValue, CellValue, string, string, string][])('budget %p, spent %p: an error on %s', (budget, spent, cell, code, message) => {
  expect(scoreBlock(budget, spent)).toEqual({ cell: 'H2', status: 'error', score: null, explanation: message, issues: [{ cell, code, message }] });
});

test.each([
  [0.95, '0%'],
  [95, null],
  [0.95, null],
  ['95%', null],
  ['九十五', null],
] as [CellValue, string | null][])('a typed 执行率 of %p (format %p) that agrees, or is not a figure, says nothing', (rate, format) => {
  expect(scoreBlock(100, 95, rate, format).issues).toEqual([]);
});

test('a typed 执行率 that differs is a warning on its cell; the computed rate is scored', () => {
  expect(scoreBlock(100, 95, '90%')).toEqual({
    cell: 'H2',
    status: 'deducted',
    score: 9.5,
    explanation: '扣0.5分：执行率=95÷100=95%，10×95%=9.5',
    issues: [{ cell: 'G2', code: 'input-disagrees', message: 'G2填写的执行率90%与全年执行数÷全年预算数计算的95%（95÷100）不一致，已按计算的95%评分，请核对。' }],
  });
  expect(scoreBlock(100, 95, 0.9, null, 'en').issues[0].message).toBe('G2 gives an execution rate of 90% but spending ÷ budget is 95% (95÷100); scored with the computed 95%, please check.');
  // A rate of 1 (100%) over a rate the sheet computes as 0.5%: 1 is taken as 1%, not 100%.
  expect(scoreBlock(1000, 5, 1).issues[0]).toMatchObject({ cell: 'G2', message: expect.stringContaining('执行率1%') });
});
