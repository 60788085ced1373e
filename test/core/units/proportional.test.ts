// Family «proportional» (src/core/rules/proportional.ts): against a target it scores as the target does;
// without one, the actual value (or the rate the rule defines over 基础数据) is the completion rate.
import { briefly, n, scoreOne } from '../../support/table';

const RULE = '按完成比例计算得分，满分为止';
const read = (rule: string, actual: string | number | null, more: Parameters<typeof scoreOne>[3] = {}) => {
  const r = scoreOne(rule, actual, 10, more);
  return briefly(r);
};

describe('against the row’s target', () => {
  test('points × actual ÷ target below it', () => {
    expect(read(RULE, '80人次', { target: '≥100人次' })).toEqual({ family: 'proportional', status: 'deducted', score: 8, explanation: '扣2分：实际80人次，未达到目标≥100人次，10×80/100=8' });
  });

  test('a target of 1 against a percentage is 100%', () => {
    expect(read(RULE, '95%', { target: '1' })).toEqual({ family: 'proportional', status: 'deducted', score: 9.5, explanation: '扣0.5分：目标100%为下限；实际95%，未达到目标≥100%，10×95/100=9.5' });
  });

  test('a fraction stays a fraction when the actual is not a percentage; a target above 1 is not a fraction', () => {
    expect(read(RULE, 0.8, { target: '0.9' })).toMatchObject({ score: 8.89, explanation: '扣1.11分：目标0.9为下限；实际0.8，未达到目标≥0.9，10×0.8/0.9=8.89' });
    expect(read(RULE, '95%', { target: '≥2' })).toMatchObject({ status: 'full', score: 10, explanation: '满分：实际95%，达到目标≥2' });
  });

  test('a target above 1 with no unit is not a fraction, even against a percentage', () => {
    expect(read(RULE, '95%', { target: '90' })).toEqual({ family: 'proportional', status: 'full', score: 10, explanation: '满分：目标90为下限；实际95%，达到目标≥90' });
  });

  test('an actual in words against a target is an error naming the cell', () => {
    expect(read(RULE, '未完成', { target: '100%' })).toEqual({ family: 'proportional', status: 'error', score: null, explanation: 'G2应填写实际完成值，现为“未完成”，请改为数字。' });
  });

  test('with a target and no actual, the rate the rule defines over 基础数据 is scored', () => {
    const basic: [string, number][] = [
      ['全年执行数', 90],
      ['全年预算数', 100],
    ];
    expect(read('预算执行率=全年执行数/全年预算数×100%，按完成比例计算得分', null, { target: '100%', basic })).toEqual({
      family: 'proportional',
      status: 'deducted',
      score: 9,
      explanation: '扣1分：按完成比例：90/100×100%=90%，10×90%=9',
    });
  });

  test.each([['全年实际值(B)/年度指标值(A)*该指标分值'], ['实际值B/目标值A×分值'], ['完成值B / 指标值A × 权重']])('the template’s letters: %p', (rule) => {
    expect(read(rule, 90, { target: '100' })).toEqual({ family: 'proportional', status: 'deducted', score: 9, explanation: '扣1分：目标100为下限；实际90，未达到目标≥100，10×90/100=9' });
  });

  test('a ceiling scores target ÷ actual', () => {
    expect(read(RULE, '95%', { target: '≤5%' })).toMatchObject({ score: 0.53, explanation: '扣9.47分：实际95%，未达到目标≤5%，10×5/95=0.53' });
  });
});

describe('without a target: the actual value is the rate', () => {
  test('points × rate', () => {
    expect(read(RULE, '95%')).toEqual({ family: 'proportional', status: 'deducted', score: 9.5, explanation: '扣0.5分：按完成比例：10×95%=9.5' });
  });

  test('capped at the points, the arithmetic shown', () => {
    expect(read(RULE, '120%')).toEqual({ family: 'proportional', status: 'full', score: 10, explanation: '满分：按完成比例：10×120%=12' });
  });

  test('an empty actual is an error naming the cell, never a zero', () => {
    expect(read('按完成比例计算得分', null)).toEqual({ family: 'proportional', status: 'error', score: null, explanation: '缺少输入：请在G2填写实际完成值。' });
  });

  test('a rate the rule defines is computed from 基础数据 when the actual is empty, and said so', () => {
    const rule = '预算执行率=全年执行数/全年预算数×100%，按完成比例计算得分，满分为止';
    const basic: [string, number][] = [
      ['全年执行数', 90],
      ['全年预算数', 100],
    ];
    expect(read(rule, null, { basic })).toEqual({ family: 'proportional', status: 'deducted', score: 9, explanation: '扣1分：按完成比例：90/100×100%=90%，10×90%=9' });
    // A typed actual is used, and the difference from 基础数据 is a warning on its cell.
    const typed = scoreOne(rule, '95%', 10, { basic });
    expect([n(typed.score), typed.explanation]).toEqual([9.5, '扣0.5分：按完成比例：10×95%=9.5']);
    expect(typed.result.issues).toContainEqual(expect.objectContaining({ code: 'input-disagrees', cell: 'G2', message: 'G2填写的95%与基础数据计算的90%（90/100×100%=90%）不一致，已按G2的值评分，请核对。' }));
  });
});

describe('what it reads whole', () => {
  test.each([
    ['(1)按完成比例计算得分'],
    ['正向指标得分=权重*B/A，反向指标得分=权重*A/B，得分不得突破权重总额'],
    ['完成指标值的记满分，未完成的按完成值与指标值的比例记分'],
    ['按完成比例计算得分（满分10分）'],
    ['按完成比例计算得分(100%以上得满分)'],
    ['按完成比例计算得分，完成率=实际完成数/计划数×100%'],
    ['按完成比例计算得分；以年度决算为准'],
  ])('%p', (rule) => {
    expect(read(rule, '95%')).toMatchObject({ family: 'proportional', status: 'deducted', score: 9.5 });
  });

  test.each([
    ['按完成比例计算得分，另酌情加分', '“按完成比例计算得分,另酌情加分”'],
    ['按完成比例计算得分，低于60%不得分', '“按完成比例计算得分,低于60%不得分”'],
    ['按完成比例计算得分(低于60%的)不得分', '“按完成比例计算得分(低于60%的)不得分”'],
    ['按完成比例计算得分，完成率=实际完成数/计划数×100%，低于60%不得分', '“按完成比例计算得分,完成率=实际完成数/计划数×100%,低于60%不得分”'],
  ])('%p is not scored: the clause it cannot read is quoted', (rule, quote) => {
    expect(read(rule, '95%')).toEqual({ family: 'proportional', status: 'manual', score: null, explanation: `F2的评分标准有未能识别的部分：${quote}，需人工评分。` });
  });
});

describe('a target of 1 against a percentage', () => {
  test('is 100%, shown so', () => {
    expect(read('按完成比例得分', '95%', { target: '1' })).toEqual({ family: 'proportional', status: 'deducted', score: 9.5, explanation: '扣0.5分：目标100%为下限；实际95%，未达到目标≥100%，10×95/100=9.5' });
  });
  test('1项 is a count, not a fraction: a percentage against it is an error', () => {
    expect(read('按完成比例得分', '95%', { target: '1项' })).toEqual({ family: 'proportional', status: 'error', score: null, explanation: 'G2的实际值“95%”与目标值“≥1项”单位不同，请统一单位。' });
  });
});
