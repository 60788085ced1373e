// The one condition model (src/core/rules/condition.ts): every way a rule writes a bound on a figure,
// where its ends stand, and which figures it holds.
import { D } from '../../../src/core/numbers';
import { boundFor, holds, isCeiling, parseCondition, signed } from '../../../src/core/rules/condition';

/** The condition as `[low, high]` with `[`/`(` for closed/open ends, its unit, and whether it is worded. */
function shape(text: string) {
  const c = parseCondition(text);
  if (!c) return null;
  const low = c.low ? `${c.low.inclusive ? '[' : '('}${c.low.value.toString()}` : '(-∞';
  const high = c.high ? `${c.high.value.toString()}${c.high.inclusive ? ']' : ')'}` : '∞)';
  return { range: `${low},${high}`, percent: c.percent, unit: c.unit, worded: c.worded, text: c.text, absolute: c.absolute === true };
}

test.each([
  ['≥90%', '[90,∞)', true, null, false],
  ['>=90%', '[90,∞)', true, null, false],
  ['>0', '(0,∞)', false, null, false],
  ['≤5天', '(-∞,5]', false, '天', false],
  ['<=5', '(-∞,5]', false, null, false],
  ['<60%', '(-∞,60)', true, null, false],
  ['=0', '[0,0]', false, null, false],
  ['达96%以上', '[96,∞)', true, null, true],
  ['达到95%(含)以上', '[95,∞)', true, null, true],
  ['未达到88%', '(-∞,88)', true, null, true],
  ['低于60%', '(-∞,60)', true, null, true],
  ['不足50%', '(-∞,50)', true, null, true],
  ['不低于90%', '[90,∞)', true, null, true],
  ['不少于150项', '[150,∞)', false, '项', true],
  ['不得少于7天', '[7,∞)', false, '天', true],
  ['不超过10次', '(-∞,10]', false, '次', true],
  ['大于30%', '(30,∞)', true, null, true],
  ['超过30%', '(30,∞)', true, null, true],
  ['小于或等于5.2', '(-∞,5.2]', false, null, true],
  ['95%以上', '[95,∞)', true, null, true],
  ['95%或以上', '[95,∞)', true, null, true],
  ['60%以下', '(-∞,60]', true, null, true],
  ['60%以下(不含)', '(-∞,60)', true, null, true],
  ['5天以内', '(-∞,5]', false, '天', true],
  ['20%以外', '(20,∞)', true, null, true],
  ['0.9‰以下', '(-∞,0.09]', true, null, true],
  ['≥100百分比', '[100,∞)', true, null, false],
  ['≥266米', '[266,∞)', false, '米', false],
  ['≥50厘米', '[50,∞)', false, '厘米', false],
  ['≥200平方米', '[200,∞)', false, '平方米', false],
  ['≤-5%', '(-∞,-5]', true, null, false],
])('%s is %s', (text, range, percent, unit, worded) => {
  expect(shape(text)).toMatchObject({ range, percent, unit, worded });
});

test.each([
  ['80%-90%', '[80,90)'],
  ['80%~90%', '[80,90)'],
  ['80%至90%', '[80,90)'],
  ['80%(含)-90%', '[80,90)'],
  ['80%-90%(含)', '(80,90]'],
  ['80%(不含)-90%(含)', '(80,90]'],
  ['80%(含)-90%(含)', '[80,90]'],
  ['0-10%(含)', '(0,10]'],
  ['10-15%以内', '(10,15]'],
  ['10-15%以上', '[10,15)'],
  ['80%≤X<90%', '[80,90)'],
  ['80%<完成率≤90%', '(80,90]'],
])('range %s is %s', (text, range) => {
  expect(shape(text)?.range).toBe(range);
  expect(shape(text)?.percent).toBe(true);
});

test('a symbol right before a range is not a range', () => {
  expect(shape('≥80-90')?.range).toBe('[80,∞)');
});

test('± bands are on the size of the figure', () => {
  expect(shape('±10%以内')).toMatchObject({ range: '(-∞,10]', absolute: true });
  expect(shape('±10-15%以内')).toMatchObject({ range: '(10,15]', absolute: true });
  expect(shape('±20%以外')).toMatchObject({ range: '(20,∞)', absolute: true });
  const within = parseCondition('±10%以内')!;
  expect(holds(within, new D(-10))).toBe(true);
  expect(holds(within, new D(-10.01))).toBe(false);
  expect(holds(within, new D(9))).toBe(true);
});

test('no condition where there is no figure to bound', () => {
  for (const text of ['达成预期', '计5分', '按80%打分', '100%计满分', '无结余', '']) expect(parseCondition(text)).toBeNull();
});

test('holds: closed ends include the bound, open ends exclude it', () => {
  const c = parseCondition('80%(含)-90%')!;
  expect([79.99, 80, 89.99, 90].map((v) => holds(c, new D(v)))).toEqual([false, true, true, false]);
  const above = parseCondition('大于30%')!;
  expect([30, 30.01].map((v) => holds(above, new D(v)))).toEqual([false, true]);
  const below = parseCondition('低于60%')!;
  expect([59.99, 60].map((v) => holds(below, new D(v)))).toEqual([true, false]);
});

test('where the condition stands in its text, and how it is shown', () => {
  const c = parseCondition('部门总体执行进度达96%以上,不扣分')!;
  expect([c.start, c.end, c.text]).toEqual([8, 14, '达96%以上']);
  expect(signed(parseCondition('不少于150项')!)).toBe('≥150项');
  expect(signed(parseCondition('低于60%')!)).toBe('<60%');
  expect(signed(parseCondition('≤5天')!)).toBe('≤5天');
  expect(signed(parseCondition('大于30%')!)).toBe('>30%');
  expect(signed(parseCondition('=0')!)).toBe('=0');
  expect(signed(parseCondition('80%-90%')!)).toBe('80%-90%');
  expect(isCeiling(parseCondition('≤5天')!)).toBe(true);
  expect(isCeiling(parseCondition('≥90%')!)).toBe(false);
});

test('the bounds a comparison sets on a figure', () => {
  const v = new D(5);
  expect(boundFor('min', v)).toEqual({ low: { value: v, inclusive: true }, high: null });
  expect(boundFor('above', v)).toEqual({ low: { value: v, inclusive: false }, high: null });
  expect(boundFor('max', v)).toEqual({ low: null, high: { value: v, inclusive: true } });
  expect(boundFor('below', v)).toEqual({ low: null, high: { value: v, inclusive: false } });
  expect(boundFor('equal', v)).toEqual({ low: { value: v, inclusive: true }, high: { value: v, inclusive: true } });
});

describe('where a condition stands in its text, and what it takes of it', () => {
  const at = (text: string) => {
    const c = parseCondition(text);
    return c && { text: c.text, start: c.start, end: c.end, percent: c.percent, unit: c.unit };
  };
  test.each([
    ['满意度 ≥ 90% 得满分', { text: '≥ 90%', start: 4, end: 9, percent: true, unit: null }],
    ['完成 80% - 90% 的得3分', { text: '80% - 90%', start: 3, end: 12, percent: true, unit: null }],
    ['80%≤X<90% 得3分', { text: '80%≤X<90%', start: 0, end: 9, percent: true, unit: null }],
    ['80≤X<90% 得3分', { text: '80≤X<90%', start: 0, end: 8, percent: true, unit: null }],
    ['完成100项以上 得满分', { text: '100项以上', start: 2, end: 8, percent: false, unit: '项' }],
    ['在 5-10 项 之间', { text: '5-10 项', start: 2, end: 8, percent: false, unit: '项' }],
    ['5项-10 之间', { text: '5项-10', start: 0, end: 5, percent: false, unit: '项' }],
    ['提高3个百分点以上', { text: '3个百分点以上', start: 2, end: 9, percent: true, unit: null }],
    ['差距在2百分比以内', { text: '2百分比以内', start: 3, end: 9, percent: true, unit: null }],
    ['2百分点以内', { text: '2百分点以内', start: 0, end: 6, percent: true, unit: null }],
  ])('%p', (text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  test('a comparison word before a tail is read from the word; a tail before it from the tail', () => {
    expect(at('不低于90%，60%以下不得分')).toMatchObject({ text: '不低于90%', start: 0 });
    expect(at('60%以下不得分，不低于90%得满分')).toMatchObject({ text: '60%以下', start: 0 });
  });

  test('a bound excluded after the tail (`以上（不含）`) is open', () => {
    expect(shape('90%以上(不含)')).toMatchObject({ range: '(90,∞)' });
    expect(shape('高于90%(含)')).toMatchObject({ range: '(90,∞)' });
    expect(shape('不低于90%(不含)')).toMatchObject({ range: '(90,∞)' });
  });
});

test('only a ceiling, or a floor or both ends', () => {
  const ceiling = (text: string) => isCeiling(parseCondition(text)!);
  expect(['≥90%', '≤5%', '80%-90%', '=0', '60%以下'].map(ceiling)).toEqual([false, true, false, false, true]);
});

describe('a measure said to be a figure (`结转结余率为0的`) is equality', () => {
  test.each([
    ['结转结余率为0的得3分', '[0,0]', 'bare', '为0'],
    ['预算执行率为100%的得满分', '[100,100]', 'percent', '为100%'],
    ['投诉数为0时', '[0,0]', 'bare', '为0'],
    ['差错率等于0,计2分', '[0,0]', 'bare', '等于0'],
  ])('%p', (text, range, kind, shown) => {
    expect(shape(text)).toMatchObject({ range, percent: kind === 'percent', text: shown, worded: true });
  });

  test.each([
    ['得分为3分', 'points, not a measure'],
    ['分值为5分', 'a figure of points'],
    ['执行率为95%以上的', 'a tail makes it a floor'],
    ['项目为2个', 'no measure before 为'],
  ])('%p is not equality: %s', (text) => {
    const c = parseCondition(text);
    expect(c === null || !(c.low && c.high && c.low.value.equals(c.high.value))).toBe(true);
  });
});

describe('every kind of condition, with its marks, its text and whether it is on the size', () => {
  test.each([
    ['80≤X<90', { range: '[80,90)', percent: false, unit: null, worded: false, absolute: false }],
    ['80≤X<90天', { range: '[80,90)', percent: false, unit: '天', worded: false, absolute: false }],
    ['80%-90%', { range: '[80,90)', percent: true, worded: false, absolute: false }],
    ['≥90%以上', { range: '[90,∞)', worded: true, absolute: false, text: '≥90%以上' }],
    ['≥90% 得满分', { range: '[90,∞)', worded: false, text: '≥90%' }],
    ['超过±5%', { range: '(5,∞)', absolute: true }],
    ['超过5%', { range: '(5,∞)', absolute: false }],
    ['10%以内', { range: '(-∞,10]', absolute: false }],
    ['偏差率为±5%的', { range: '[5,5]', absolute: true }],
    ['偏差率为5%的', { range: '[5,5]', absolute: false }],
  ])('%p', (text, expected) => {
    expect(shape(text)).toMatchObject(expected);
  });

  test('a comparison sign anywhere before a range, but not right before it, leaves it a range', () => {
    expect(shape('合格率=实际/计划，80%-90%')).toMatchObject({ range: '[80,90)', text: '80%-90%' });
    expect(shape('≥ 80-90')?.range).toBe('[80,∞)');
  });

  test('a measure said to be a figure, before or after another condition: the first is read', () => {
    expect(shape('结余率为0，超过5%')).toMatchObject({ range: '[0,0]', text: '为0' });
    expect(shape('超过5%，结余率为0')).toMatchObject({ range: '(5,∞)', text: '超过5%' });
    expect(shape('结余率为0，5%以内')).toMatchObject({ range: '[0,0]', text: '为0' });
    expect(shape('5%以内，结余率为0')).toMatchObject({ range: '(-∞,5]', text: '5%以内' });
  });
});
