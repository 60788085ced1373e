// Arithmetic in rule text (src/core/rules/expression.ts): where it starts and ends in a sentence, how
// labels (with brackets, one the start of another) are told apart, and its exact value and rendering.
import { D, type Dec } from '../../../src/core/numbers';
import { evaluate, factors, parseExpression, parseExpressionPrefix, product, render, variables, type Expr } from '../../../src/core/rules/expression';

const parsed = (text: string, labels: string[] = []): Expr => {
  const e = parseExpression(text, labels);
  if (!e) throw new Error(`not parsed: ${text}`);
  return e;
};
const values = (pairs: Record<string, number>) => (name: string): Dec | undefined => (name in pairs ? new D(pairs[name]) : undefined);
const valueOf = (text: string, pairs: Record<string, number>, labels: string[] = []) => {
  const r = evaluate(parsed(text, labels), values(pairs));
  return r.kind === 'value' ? r.value.toString() : r;
};

describe('reading and rendering', () => {
  test.each([
    ['(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源*指标分值', '(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源×指标分值'],
    ['分值×实际完成任务量/绩效目标设定任务量×100%', '分值×实际完成任务量/绩效目标设定任务量×100%'],
    ['执行数÷预算数', '执行数÷预算数'],
    ['1.25×执行率', '1.25×执行率'],
    ['-结余数+12.5%', '-结余数+12.5%'],
    ['((甲+乙)×丙)', '((甲+乙)×丙)'],
    ['20分*执行率', '20×执行率'],
  ])('%p → %p', (text, shown) => {
    expect(render(parsed(text))).toBe(shown);
  });

  test('values in place of the names they have', () => {
    expect(render(parsed('执行数/预算数×分值'), values({ 执行数: 90, 预算数: 100 }))).toBe('90/100×分值');
  });

  test('a figure written in points stands for the points; percent and points are told apart', () => {
    expect(parsed('20分')).toEqual({ kind: 'num', value: new D(20), percent: false, points: true });
    expect(parsed('20%')).toEqual({ kind: 'num', value: new D(20), percent: true });
    expect(parsed('2.5')).toEqual({ kind: 'num', value: new D('2.5'), percent: false });
  });

  test('the names, each once, inside brackets and signs', () => {
    expect(variables(parsed('-(甲+乙)/甲×(丙)'))).toEqual(['甲', '乙', '丙']);
  });
});

describe('where the arithmetic ends in a sentence', () => {
  test.each([
    ['执行数/预算数,按比例计分', ['执行数', '预算数'], 7],
    ['执行数/预算数按比例计分', ['执行数', '预算数'], 7],
    ['执行率100', ['执行率'], 3],
    ['(执行数)100', ['执行数'], 5],
    ['20分*执行率)计算', [], 7],
    ['执行数/预算数;其余', [], 7],
    ['执行数=预算数', [], 3],
    ['执行数)+1', [], 3],
  ])('%p ends after %i characters', (src, labels, length) => {
    expect(parseExpressionPrefix(src, labels)?.length).toBe(length);
  });

  test.each([[''], [',执行数'], ['(执行数+预算数'], ['执行数+'], ['×执行数'], ['执行数/']])('%p is no arithmetic', (src) => {
    expect(parseExpressionPrefix(src, [])).toBeNull();
  });
});

describe('labels', () => {
  test('a label with brackets is one name', () => {
    const labels = ['因公出国(境)经费', '预算数'];
    expect(variables(parsed('因公出国（境）经费/预算数', labels))).toEqual(['因公出国(境)经费', '预算数']);
  });

  test('of two labels one the start of the other, the longer', () => {
    expect(variables(parsed('执行数合计/预算数', ['执行数', '执行数合计', '预算数']))).toEqual(['执行数合计', '预算数']);
    expect(variables(parsed('执行数合计/预算数', ['执行数合计', '执行数', '预算数']))).toEqual(['执行数合计', '预算数']);
  });

  test('an empty label is passed over', () => {
    expect(variables(parsed('执行数/预算数', ['', '执行数', '预算数']))).toEqual(['执行数', '预算数']);
  });
});

describe('exact values', () => {
  test.each([
    ['甲+乙', '3'],
    ['甲-乙', '-1'],
    ['甲*乙', '2'],
    ['甲/乙', '0.5'],
    ['-甲+乙', '1'],
    ['甲/乙×100%', '0.5'],
    ['甲+乙×乙', '5'],
    ['(甲+乙)×乙', '6'],
  ])('%p with 甲=1, 乙=2 is %p', (text, value) => {
    expect(valueOf(text, { 甲: 1, 乙: 2 })).toBe(value);
  });

  test('0.1+0.2 is 0.3 exactly', () => {
    expect(valueOf('甲+乙', { 甲: 0.1, 乙: 0.2 })).toBe('0.3');
  });

  test('missing names are listed; a zero divisor is named as written', () => {
    expect(valueOf('甲/乙+丙', { 甲: 1 })).toEqual({ kind: 'missing', missing: ['乙', '丙'] });
    expect(valueOf('甲/(乙-丙)', { 甲: 1, 乙: 2, 丙: 2 })).toEqual({ kind: 'divide-by-zero', divisor: '(乙-丙)' });
  });
});

describe('a product as its factors, and back', () => {
  test('each factor with whether it divides', () => {
    const parts = factors(parsed('分值×甲/乙'));
    expect(parts.map((p) => [render(p.expr), p.divide])).toEqual([
      ['分值', false],
      ['甲', false],
      ['乙', true],
    ]);
    expect(render(product(parts)!)).toBe('分值×甲/乙');
  });

  test('a sum is one factor', () => {
    expect(factors(parsed('甲+乙×丙')).map((p) => render(p.expr))).toEqual(['甲+乙×丙']);
  });

  test('no factors, or a first that divides, make no product', () => {
    expect(product([])).toBeNull();
    expect(product([{ divide: true, expr: parsed('甲') }])).toBeNull();
  });
});
