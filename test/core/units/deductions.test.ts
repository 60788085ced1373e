// Deductions for named situations and per item (src/core/rules/deductions.ts, behind «composite» and
// «per-item»): one count, counts in order, counts by name; caps per part and for the rule.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const read = (rule: string, actual: CellValue) => {
  const r = scoreOne(rule, actual, 5);
  return briefly(r);
};

describe('situations that cost different amounts', () => {
  const RULE = '未申报扣0.5分；不规范扣0.5分；不匹配扣1分';
  test.each([
    ['不规范1处，未申报2个', 3.5, '扣1.5分：未申报2处×0.5分，不规范1处×0.5分，共扣1.5分'],
    ['不匹配2处', 3, '扣2分：不匹配2处×1分，共扣2分'],
    ['不规范1处,不规范1处', 4, '扣1分：不规范2处×0.5分，共扣1分'],
    ['未申报1处 不匹配1处', 3.5, '扣1.5分：未申报1处×0.5分，不匹配1处×1分，共扣1.5分'],
  ])('counts by name: %p', (actual, score, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'composite', status: 'deducted', score, explanation });
  });

  test.each([
    ['超时1处', 'G2填写的“超时”不是评分标准所列的情形，请填写其中之一：“未申报”、“不规范”、“不匹配”。'],
    ['不规范1.5处', 'G2应填写个数（整数），现为“1.5”。'],
    ['1,0,2,3', 'G2填写了4个个数，但评分标准只有3种扣分情形，请按顺序分别填写各情形的个数。'],
    ['1,0', '评分标准有3种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。'],
    [2, '评分标准有3种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。'],
  ] as [CellValue, string][])('%p is an error saying what to enter', (actual, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'composite', status: 'error', score: null, explanation });
  });

  test('numbered situations, counts in order', () => {
    expect(read('(1)未申报扣0.5分；(2)不规范扣0.5分', '0,1')).toEqual({ family: 'composite', status: 'deducted', score: 4.5, explanation: '扣0.5分：不规范1处×0.5分，共扣0.5分' });
  });
});

describe('caps', () => {
  test('each part within its own cap', () => {
    const rule = '每发现一处问题扣1分，每项最多扣2分；未按时报送的每次扣0.5分，最多扣1分';
    expect(read(rule, '3,4')).toEqual({
      family: 'per-item',
      status: 'deducted',
      score: 2,
      explanation: '扣3分：问题3处×1分（扣分以2分为限），未按时报送4处×0.5分（扣分以1分为限），共扣3分',
    });
    expect(read(rule, '0,1')).toMatchObject({ score: 4.5, explanation: '扣0.5分：未按时报送1处×0.5分，共扣0.5分' });
  });

  test('the rule’s cap, reached or not', () => {
    expect(read('每发现一处问题扣1分，最多扣3分', 5)).toMatchObject({ score: 2, explanation: '扣3分：发现5个×1分（扣分以3分为限），共扣3分' });
    expect(read('每发现一处问题扣1分，最多扣3分', 2)).toMatchObject({ score: 3, explanation: '扣2分：发现2个×1分，共扣2分' });
  });
});

describe('a part counted in steps of difference beside parts counted in occurrences', () => {
  const RULE = '预算执行率每减少1%扣1分；每发现一项违规支出扣1分，最多扣6分';
  const read = (actual: CellValue, points = 20) => briefly(scoreOne(RULE, actual, points));
  test.each([
    ['95%,2', 13, '扣7分：预算执行率95%，较100%低5个百分点，每1个百分点扣1分，计5档，违规支出2处×1分，共扣7分'],
    ['95%，8', 9, '扣11分：预算执行率95%，较100%低5个百分点，每1个百分点扣1分，计5档，违规支出8处×1分（扣分以6分为限），共扣11分'],
    ['99.5%,0', 20, '满分：未发现问题'],
    ['100%,无', 20, '满分：未发现问题'],
  ])('%p: each part by its own measure, the cap on its own part', (actual, score, explanation) => {
    expect(read(actual)).toEqual({ family: 'composite', status: score === 20 ? 'full' : 'deducted', score, explanation });
  });

  test.each([
    [null, '缺少输入：请在G2填写预算执行率（如95%）、违规支出的个数（按顺序，用逗号隔开）。'],
    ['95%', '评分标准分2部分扣分，请在G2按顺序填写预算执行率（如95%）、违规支出的个数，用逗号隔开。'],
    ['95%,1,2', '评分标准分2部分扣分，请在G2按顺序填写预算执行率（如95%）、违规支出的个数，用逗号隔开。'],
    ['很好,2', 'G2应填写预算执行率（如95%），现为“很好”，请改为数字。'],
    ['95%,1.5', 'G2应填写个数（整数），现为“1.5”。'],
  ])('%p is an error saying what to enter', (actual, explanation) => {
    expect(read(actual)).toEqual({ family: 'composite', status: 'error', score: null, explanation });
  });

  test('steps alone are the steps family’s, not a deduction', () => {
    expect(briefly(scoreOne('每降低5个百分点扣1分', '80%', 5)).family).toBe('steps');
  });
});

describe('what counts items and what does not', () => {
  test('`一个月内`, `3个月内` are spans of time, not items counted', () => {
    expect(read('党委、政府在一个月内未落实传达、贯彻措施的，扣10分', 1)).toMatchObject({ family: 'composite', score: 0 });
    expect(read('党委、政府分管领导不明确的，扣5分；因人事变动，分管领导3个月内未明确的，扣2分', '0,1')).toMatchObject({ family: 'composite', score: 3 });
  });

  test('加扣 is a deduction too', () => {
    expect(read('再次发生同类事故的，每起加扣2分', 2)).toMatchObject({ family: 'per-item', score: 1, explanation: '扣4分：发现2个×2分，共扣4分' });
  });
});
