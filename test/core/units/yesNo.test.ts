// Family «yes-no» (src/core/rules/yesNo.ts): two cases, one the denial of the other, or one criterion
// with its worth (`…是否完整可行(3分)`); answered 是/否 or by naming the case.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const read = (rule: string, actual: CellValue, points = 2) => {
  const r = scoreOne(rule, actual, points);
  return briefly(r);
};

describe('one criterion with its worth', () => {
  const RULE = '年度工作计划是否完整可行(3分)';
  test.each([
    ['是', 'full', 3, '满分：按“年度工作计划是否完整可行/否”评分：是，计3分'],
    ['否', 'deducted', 0, '扣3分：按“年度工作计划是否完整可行/否”评分：否，不得分'],
    ['完整可行', 'full', 3, '满分：按“年度工作计划是否完整可行/否”评分：完整可行，计3分'],
  ])('%p', (actual, status, score, explanation) => {
    expect(read(RULE, actual, 3)).toEqual({ family: 'yes-no', status, score, explanation });
  });

  test('brackets in the criterion that are not its points stay in it', () => {
    expect(read('计划(含附件)(3分)', '是', 3)).toEqual({ family: 'yes-no', status: 'full', score: 3, explanation: '满分：按“计划含附件/否”评分：是，计3分' });
  });
});

describe('有… / 没有…', () => {
  const RULE = '有年度工作计划的得2分，没有不得分';
  test('是, or the case named, with its spaces as typed', () => {
    expect(read(RULE, '是')).toEqual({ family: 'yes-no', status: 'full', score: 2, explanation: '满分：按“有年度工作计划/没有”评分：是，计2分' });
    expect(read(RULE, ' 有 年度工作计划 ')).toEqual({ family: 'yes-no', status: 'full', score: 2, explanation: '满分：按“有年度工作计划/没有”评分：有 年度工作计划，计2分' });
  });

  const CASES = '“有年度工作计划”、“没有”';
  test.each([
    [null, '缺少输入：请在G2填写“是”或“否”。'],
    [{ error: '#N/A' }, 'G2的值是错误值#N/A，请先修正该单元格或其公式。'],
    [1, `G2填写的“1”不是评分标准所列的情形，请填写其中之一：${CASES}。`],
    ['也许', `G2填写的“也许”不是评分标准所列的情形，请填写其中之一：${CASES}。`],
  ] as [CellValue, string][])('%p is an error', (actual, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'yes-no', status: 'error', score: null, explanation });
  });
});

test('a denial that deducts is read as such; one that gives more than the affirmation is not yes-or-no', () => {
  expect(read('齐全的得2分，不齐全的扣2分', '不齐全')).toEqual({ family: 'yes-no', status: 'deducted', score: 0, explanation: '扣2分：按“齐全/不齐全”评分：不齐全，扣2分' });
  expect(read('齐全的得1分，不齐全的得2分', '齐全')).toMatchObject({ family: 'categorical', score: 1 });
  // When the denial is what scores, 是 says nothing: the answer must name the case.
  expect(read('未建立的得2分；建立的不得分', '是')).toMatchObject({ family: 'categorical', status: 'error' });
});
