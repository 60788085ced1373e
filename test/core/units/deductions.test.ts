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

describe('how a part is named in the explanation', () => {
  test.each([
    ['未申报的 扣0.5分；不规范的 扣1分', '1,1', '扣1.5分：未申报1处×0.5分，不规范1处×1分，共扣1.5分'],
    ['其中： 未申报的扣0.5分；不规范的扣1分', '1,1', '扣1.5分：未申报1处×0.5分，不规范1处×1分，共扣1.5分'],
    ['资金未到位， 影响项目实施的，扣1分；其他问题扣0.5分', '1,0', '扣1分：资金未到位影响项目实施1处×1分，共扣1分'],
    ['每发现一处扣1分；未按时报送的扣0.5分', '1,1', '扣1.5分：发现1个×1分，未按时报送1处×0.5分，共扣1.5分'],
    ['预算执行率相较95%每减少1%扣1分；每发现一项违规支出扣1分', '90%,2', '扣7分：预算执行率90%，较95%低5个百分点，每1个百分点扣1分，计5档，违规支出2处×1分，共扣7分'],
  ])('%p, %p', (rule, actual, explanation) => {
    expect(scoreOne(rule, actual, 20).explanation).toBe(explanation);
  });

  test.each([
    ['未申报扣0.5分；不规范扣0.5分；不匹配扣1分', '未申报 1处，不规范2处', 3.5],
    ['每发现一处扣1分；未按时报送的扣0.5分', '未按时报送1处', 4.5],
    ['项目未申报的扣0.5分；不规范扣1分', '未申报1处', 4.5],
  ])('a count by name finds its part: %p, %p', (rule, actual, score) => {
    expect(read(rule, actual)).toMatchObject({ family: 'composite', score });
  });

  test('a count by name with more beside it is no count', () => {
    expect(read('未申报扣0.5分；不规范扣0.5分；不匹配扣1分', '不规范1处，其他')).toMatchObject({ status: 'error', score: null });
  });
});

describe('limits and budgets', () => {
  test('a cap in a clause of its own limits the whole rule', () => {
    expect(read('每发现一处扣1分。扣满3分为止', 5)).toEqual({ family: 'per-item', status: 'deducted', score: 2, explanation: '扣3分：发现5个×1分，共扣3分（扣分以3分为限）' });
    expect(read('每发现一处扣1分；未按时报送的扣0.5分。扣满2分为止', '3,1')).toMatchObject({ score: 3, explanation: '扣2分：发现3个×1分，未按时报送1处×0.5分，共扣2分（扣分以2分为限）' });
  });

  test('a limit with a condition of its own is not understood', () => {
    expect(read('每发现一处问题扣1分，未整改的扣完为止', 2)).toMatchObject({ status: 'manual', score: null });
  });

  test('full marks stated before parts that cost the same take one count', () => {
    expect(read('未发现问题的不扣分；未申报扣0.5分；不规范扣0.5分', 2)).toMatchObject({ family: 'composite', score: 4 });
  });

  test('parts with caps of their own take a count each, even at the same rate', () => {
    expect(read('每发现一处扣1分，最多扣2分；未按时报送的每次扣1分，最多扣1分', 3)).toMatchObject({ status: 'error', explanation: '评分标准有2种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。' });
  });

  test('a typed score the cap cannot leave is told', () => {
    expect(scoreOne('每发现一处问题扣1分，最多扣3分', null, 5, { score: 0 }).explanation).toContain('只能得2分、3分、4分或5分');
  });

  test('a row on the “三公” whose rule does not speak of 决算 and 预算 asks for its count', () => {
    const basic: [string, CellValue, string?][] = [
      ['因公出国（境）费预算数', 6, '万元'], ['因公出国（境）费决算数', 8, '万元'],
      ['公务接待费预算数', 3, '万元'], ['公务接待费决算数', 2, '万元'],
      ['公务用车购置及运行维护费预算数', 10, '万元'], ['公务用车购置及运行维护费决算数', 12, '万元'],
    ];
    expect(briefly(scoreOne('每发现一处问题扣0.5分', null, 2, { basic, name: '“三公”经费控制情况' }))).toMatchObject({ status: 'error', explanation: '缺少输入：请在G2填写实际完成值。' });
  });
});

describe('a measured part in a unit, from the row’s target', () => {
  const RULE = '处理时长每超过1天扣1分；每发现一项违规支出扣1分';
  const read = (rule: string, actual: CellValue, target?: string) => briefly(scoreOne(rule, actual, 10, { target }));
  test.each([
    [RULE, '5天,1', '3天', 7, '扣3分：处理时长5天，较3天高2天，每1天扣1分，计2档，违规支出1处×1分，共扣3分'],
    [RULE, '5天,1', '≤3天', 7, '扣3分：处理时长5天，较3天高2天，每1天扣1分，计2档，违规支出1处×1分，共扣3分'],
    [RULE, '5,1', '3天', 7, '扣3分：处理时长5，较3天高2天，每1天扣1分，计2档，违规支出1处×1分，共扣3分'],
    ['处理时长每偏离1天扣1分；每发现一项违规支出扣1分', '1天,1', '3天', 7, '扣3分：处理时长1天，与3天相差2天，每1天扣1分，计2档，违规支出1处×1分，共扣3分'],
    ['处理时长每减少1天扣1分；每发现一项违规支出扣1分', '1天,1', '3天', 7, '扣3分：处理时长1天，较3天低2天，每1天扣1分，计2档，违规支出1处×1分，共扣3分'],
    ['处理时长每减少1天扣1分，最多扣1分；每发现一项违规支出扣1分', '1天,1', '3天', 8, '扣2分：处理时长1天，较3天低2天，每1天扣1分，计2档（扣分以1分为限），违规支出1处×1分，共扣2分'],
  ])('%p: %p against %p', (rule, actual, target, score, explanation) => {
    expect(read(rule, actual, target)).toEqual({ family: 'composite', status: 'deducted', score, explanation });
  });

  test.each([
    [null, '3天', '缺少输入：请在G2填写处理时长、违规支出的个数（按顺序，用逗号隔开）。'],
    ['很好,1', '3天', 'G2应填写处理时长，现为“很好”，请改为数字。'],
    ['5元,1', '3天', 'G2的实际值“5元”与评分标准按“1天”计扣的单位不同，请统一单位。'],
    ['5天,1', undefined, '缺少输入：评分标准按年度指标值计算，但H2所在行没有指标值，请填写。'],
    [{ error: '#N/A' }, '3天', 'G2的值是错误值#N/A，请先修正该单元格或其公式。'],
  ] as [CellValue, string | undefined, string][])('%p is an error saying what to enter', (actual, target, explanation) => {
    expect(read(RULE, actual, target)).toEqual({ family: 'composite', status: 'error', score: null, explanation });
  });
});

describe('a part counted in percentage points, however the step is written', () => {
  const read = (rule: string, actual: CellValue) => briefly(scoreOne(rule, actual, 20));
  test.each([
    ['预算执行率每减少1个百分点扣1分；每发现一项违规支出扣1分', '95%,2'],
    ['预算执行率每减少1%扣1分，扣完为止；每发现一项违规支出扣1分', '95%,2'],
    ['预算执行率每减少1%扣1分；每发现一项违规支出扣1分', '95%,2，'],
  ])('%p, %p', (rule, actual) => {
    expect(read(rule, actual)).toEqual({ family: 'composite', status: 'deducted', score: 13, explanation: '扣7分：预算执行率95%，较100%低5个百分点，每1个百分点扣1分，计5档，违规支出2处×1分，共扣7分' });
  });

  test.each(['预算执行率每减少1%扣1分，另按比例得分；每发现一项违规支出扣1分', '与上年相比，每减少1%扣1分；每发现一项违规支出扣1分'])('%p says more than its steps: manual', (rule) => {
    expect(read(rule, '95%,2')).toMatchObject({ status: 'manual', score: null });
  });
});
