// The row's inputs (src/core/rules/inputs.ts): counts (and lists of counts, one per kind of deduction),
// rates with their ranges, and each bad value an error on the cell, saying what to enter.
import type { CellValue } from '../../../src/core';
import { definitionsIn, findDefinitions } from '../../../src/core/rules/inputs';
import { n, scoreOne } from '../../support/table';

const read = (rule: string, actual: CellValue, name?: string) => {
  const r = scoreOne(rule, actual, 5, { name });
  const issues = r.result.issues.filter((i) => i.code !== 'total-not-100').map((i) => i.code);
  return { status: r.status, score: n(r.score), explanation: r.explanation, issues };
};

describe('a list of counts, one per kind of deduction', () => {
  const RULE = '未申报扣0.5分；不规范扣0.5分；不匹配扣1分';
  test.each(['1,0,2', '1、0、2', '1 0  2', '1;;0;2', '1，0，2'])('%p: each count to its kind', (actual) => {
    expect(read(RULE, actual)).toEqual({ status: 'deducted', score: 2.5, explanation: '扣2.5分：未申报1处×0.5分，不匹配2处×1分，共扣2.5分', issues: [] });
  });

  test('无 in a list is 0; 无 alone is no problem found', () => {
    expect(read(RULE, '无,1,0')).toMatchObject({ score: 4.5, explanation: '扣0.5分：不规范1处×0.5分，共扣0.5分' });
    expect(read(RULE, '无')).toMatchObject({ status: 'full', score: 5, explanation: '满分：未发现问题' });
  });

  test.each([
    ['1,a,0', 'not-a-number', 'G2应填写实际完成值，现为“1,a,0”，请改为数字。'],
    ['1,-1,0', 'negative-value', 'G2的值“-1”为负数，个数不能为负，请更正。'],
    ['1,0.5,0', 'not-a-count', 'G2应填写个数（整数），现为“0.5”。'],
    ['2', 'too-few-answers', '评分标准有3种扣分情形且扣分不同，请在G2按顺序分别填写各情形的个数（如“1,0”）。'],
  ])('%p is an error: %s', (actual, code, explanation) => {
    expect(read(RULE, actual)).toEqual({ status: 'error', score: null, explanation, issues: [code] });
  });
});

describe('a count', () => {
  const RULE = '每发现一个问题扣1分';
  test('with its unit, or said in words', () => {
    expect(read(RULE, '2个')).toMatchObject({ score: 3, explanation: '扣2分：发现2个×1分，共扣2分' });
    expect(read(RULE, '未发现')).toMatchObject({ status: 'full', score: 5, explanation: '满分：未发现问题' });
  });

  test.each([
    ['-1', 'negative-value', 'G2的值“-1”为负数，个数不能为负，请更正。'],
    ['50%', 'not-a-count', 'G2应填写个数（整数），现为“50%”。'],
    [{ error: '#N/A' }, 'cell-error', 'G2的值是错误值#N/A，请先修正该单元格或其公式。'],
  ] as [CellValue, string, string][])('%p is an error: %s', (actual, code, explanation) => {
    expect(read(RULE, actual)).toEqual({ status: 'error', score: null, explanation, issues: [code] });
  });
});

describe('a rate', () => {
  const RULE = '满意度≥90%得满分，每降低1个百分点扣0.5分';
  test('negative is an error, unless the indicator measures a change', () => {
    expect(read(RULE, '-5%')).toMatchObject({ status: 'error', explanation: 'G2的值“-5%”为负数，该比率不能为负，请更正。', issues: ['negative-value'] });
    expect(read('“三公经费”变动率≦0，计5分；>0，每超过一个百分点扣0.5分', '-12.5%')).toMatchObject({ status: 'full', score: 5, explanation: '满分：-12.5%，以0%为标准，不扣分' });
  });

  test('above 100% is an error where the indicator cannot exceed it', () => {
    expect(read(RULE, '120%', '满意度')).toMatchObject({ status: 'error', explanation: 'G2的“满意度”为120%，该比率不能超过100%，请核对。', issues: ['rate-above-100'] });
  });

  test('an amount with a unit is not a rate', () => {
    expect(read(RULE, '85万元', '满意度')).toMatchObject({ status: 'error', explanation: 'G2应填写满意度，现为“85万元”，请改为数字。', issues: ['not-a-number'] });
  });
});

describe('rates a rule defines (findDefinitions)', () => {
  test('each name = expression, where it stands; a score formula is not a rate', () => {
    const text = '得分=分值×执行率；部门总体执行进度=财政拨款执行数÷财政拨款调整预算数，按比例计分';
    expect(findDefinitions(text)).toEqual([{ name: '部门总体执行进度', body: '财政拨款执行数÷财政拨款调整预算数，按比例计分', start: 10, end: text.length }]);
  });
  test('names of two to 24 characters, spaces around the sign allowed', () => {
    expect(findDefinitions('执行率 = 执行数/预算数').map((d) => [d.name, d.body])).toEqual([['执行率', '执行数/预算数']]);
    expect(findDefinitions('A=1').map((d) => d.name)).toEqual([]);
  });
});

describe('each error under its code', () => {
  test.each([
    ['预算执行率每减少1%扣1分；每发现一项违规支出扣1分', '95%', 'too-few-answers'],
    ['', '下个月', 'not-a-number'],
  ])('%p, %p: %s', (rule, actual, code) => {
    const r = scoreOne(rule, actual, 5, { target: rule ? undefined : '2023年12月31日前', name: rule ? undefined : '项目完工时限' });
    expect([r.status, r.result.issues.filter((i) => i.code !== 'total-not-100').map((i) => i.code)]).toEqual(['error', [code]]);
  });
});

describe('figures from 基础数据, each fault at its cell', () => {
  const RULE = '得分=实际到位资金/计划投入资金×分值';
  const at = (basic: [string, CellValue][], actual: CellValue = null) => {
    const r = scoreOne(RULE, actual, 10, { basic });
    return { status: r.status, explanation: r.explanation, issues: r.result.issues.filter((i) => i.code !== 'total-not-100').map((i) => `${i.code} ${i.sheet ?? ''}!${i.cell}`) };
  };
  test.each([
    [[['实际到位资金', '很多'], ['计划投入资金', 100]], '基础数据!B2应填写实际到位资金，现为“很多”，请改为数字。', 'not-a-number 基础数据!B2'],
    [[['实际到位资金', { error: '#DIV/0!' }], ['计划投入资金', 100]], '基础数据!B2的值是错误值#DIV/0!，请先修正该单元格或其公式。', 'cell-error 基础数据!B2'],
    [[['实际到位资金', 50], ['计划投入资金', 0]], '除数为0：实际到位资金/计划投入资金×分值中的计划投入资金（基础数据!B3）为0，无法计算，请核对该数。', 'division-by-zero 基础数据!B3'],
  ] as [[string, CellValue][], string, string][])('%p', (basic, explanation, issue) => {
    expect(at(basic)).toEqual({ status: 'error', explanation, issues: [issue] });
  });

  test('a label with no figure beside it is missing, not zero', () => {
    expect(at([['实际到位资金', null], ['计划投入资金', 100]]).explanation).toBe('缺少输入：基础数据中没有“实际到位资金”，请在基础数据表补充，或在G2填写实际完成值。');
  });

  test('a zero among counts typed in the row is said at the rule, though 基础数据 exists', () => {
    const r = scoreOne('得分=达到预期值的数量指标个数/全部数量指标个数×分值', '3/0', 10, { basic: [['其他', 1]] });
    expect([r.status, r.result.issues.filter((i) => i.code !== 'total-not-100').map((i) => `${i.code} ${i.cell}`)]).toEqual(['error', ['division-by-zero F2']]);
  });
});

describe('which definitions a rule gives', () => {
  test('a rate named 得分率 is a definition; 得分 itself is the score', () => {
    expect(findDefinitions('得分率=实际完成数/计划数，得分=得分率×分值').map((d) => d.name)).toEqual(['得分率']);
  });
  test('a figure is no definition: `结转结余率=0`', () => {
    expect([...definitionsIn('结转结余率=0的得3分', []).keys()]).toEqual([]);
    expect([...definitionsIn('资金到位率=实际到位资金/计划投入资金', []).keys()]).toEqual(['资金到位率']);
  });
});
