// Family «target» (src/core/rules/target.ts): what is one target figure and what is not, the direction
// of a bare one, 万/亿 as multipliers, and an actual written as a bound.
import type { CellValue } from '../../../src/core';
import { lowerIsBetter, parseTarget } from '../../../src/core/rules/targetFigure';
import { briefly, scoreOne } from '../../support/table';

const read = (target: string, actual: CellValue, name = '测试指标') => {
  const r = scoreOne('', actual, 10, { target, name });
  return briefly(r);
};

describe('one target figure', () => {
  const parsed = (text: string) => {
    const t = parseTarget(text);
    return t && { figure: t.figure, shown: t.shown, stated: t.stated, unit: t.condition.unit, text: t.condition.text };
  };
  test.each([
    ['≥95%', { figure: '95%', shown: '≥95%', stated: true, unit: null, text: '≥95%' }],
    [' 100% ', { figure: '100%', shown: '≥100%', stated: false, unit: null, text: '100%' }],
    ['=100%', { figure: '100%', shown: '≥100%', stated: false, unit: null, text: '100%' }],
    ['5‰', { figure: '0.5%', shown: '≥0.5%', stated: false, unit: null, text: '5‰' }],
    ['10个以上', { figure: '10个', shown: '≥10个', stated: true, unit: '个', text: '10个以上' }],
    ['0起', { figure: '0起', shown: '≤0起', stated: true, unit: '起', text: '0起' }],
    // A unit the condition model does not list still takes its direction from the tail word.
    ['100家次以上', { figure: '100家次', shown: '≥100家次', stated: true, unit: '家次', text: '100家次以上' }],
    ['50名学员以上', { figure: '50名学员', shown: '≥50名学员', stated: true, unit: '名学员', text: '50名学员以上' }],
    ['30户次及以下', { figure: '30户次', shown: '≤30户次', stated: true, unit: '户次', text: '30户次及以下' }],
    ['本年度按照计划要求完成全部建设任务并通过验收达到100%', { figure: '100%', shown: '≥100%', stated: true, unit: null, text: '达到100%' }],
  ])('%p', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  test.each([[''], ['1、完成培训 2、完成验收'], ['完成80项和90项'], ['3分'], ['≥3 分'], ['达100%的标准要求和其他']])('%p is not one target figure', (text) => {
    expect(parseTarget(text)).toBeNull();
  });
});

test.each([
  ['预算调整率', true],
  ['结余 率', true],
  ['差错率', true],
  ['办理时限', true],
  ['单位成本', true],
  ['项目完成率', false],
  ['满意度', false],
  ['公众知晓度', false],
  ['投诉数量', false],
])('lower is better for %p: %p', (name, lower) => {
  expect(lowerIsBetter(name)).toBe(lower);
});

describe('万 and 亿 before a unit multiply', () => {
  test.each([
    ['≥200万人次', '1500000人次', 7.5, '扣2.5分：实际1500000人次，未达到目标≥200万人次，10×1500000/2000000=7.5'],
    ['≥200万人次', '2500000人次', 10, '满分：实际2500000人次，达到目标≥200万人次'],
    ['≥2亿元', '3亿元', 10, '满分：实际3亿元，达到目标≥2亿元'],
    ['≥30万元', '28万元', 9.33, '扣0.67分：实际28万元，未达到目标≥30万元，10×280000/300000=9.33'],
    ['≥30万', 32, 10, '满分：实际32，达到目标≥30万'],
  ])('%p against %p', (target, actual, score, explanation) => {
    expect(read(target, actual)).toMatchObject({ family: 'target', score, explanation });
  });
});

describe('an actual written as a bound', () => {
  test.each([
    ['≥266米', '≥300米', '满分：实际≥300米，达到目标≥266米'],
    ['≤3天', '2天以内', '满分：实际2天以内，达到目标≤3天'],
    ['≥100米', '≥120', '满分：实际≥120，达到目标≥100米'],
    // Thousands separators in the actual are not repeated in the explanation.
    ['≥1000人', '≥1,200人', '满分：实际≥1200人，达到目标≥1000人'],
  ])('%p met by %p', (target, actual, explanation) => {
    expect(read(target, actual)).toEqual({ family: 'target', status: 'full', score: 10, explanation });
  });

  test.each([
    ['≥266米', '≥200米'],
    ['≤3天', '5天以内'],
  ])('%p not shown met by %p: a person must give the figure', (target, actual) => {
    expect(read(target, actual)).toEqual({
      family: 'target',
      status: 'manual',
      score: null,
      explanation: `G2的实际完成值“${actual}”只给出范围，不能判断是否达到目标：请填写实际数值，或人工评分。`,
    });
  });

  test.each([
    ['≥90%', '80%-95%', 'G2应填写实际完成值，现为“80%-95%”，请改为数字。'],
    ['≥100', '≥95%', 'G2应填写实际完成值，现为“≥95%”，请改为数字。'],
    ['≥90%', '95个', 'G2的实际值“95个”与目标值“≥90%”单位不同，请统一单位。'],
    ['≤5', '-1', 'G2的值“-1”为负数，个数不能为负，请更正。'],
  ])('%p against %p is an error saying what to fix', (target, actual, explanation) => {
    expect(read(target, actual)).toEqual({ family: 'target', status: 'error', score: null, explanation });
  });
});

test('a bare target on a lower-is-better indicator is a ceiling, said so; an actual of 0 against a floor scores 0', () => {
  expect(read('3%', '5%', '预算调整率')).toMatchObject({ score: 6, explanation: '扣4分：目标3%为上限；实际5%，未达到目标≤3%，10×3/5=6' });
  expect(read('100', 0)).toMatchObject({ score: 0, explanation: '扣10分：目标100为下限；实际0，未达到目标≥100，10×0/100=0' });
});

describe('how much text may surround the one figure', () => {
  test.each([
    // 24 characters of prose before the figure are still a target …
    ['本年度按照计划要求完成全部建设任务并通过竣工验收达到100%', '100%', { family: 'target', status: 'full', score: 10, explanation: '满分：实际100%，达到目标≥100%' }],
    // … a comparison sign is not prose: `=` does not count toward the 24.
    ['年度预算资金支付率=100%', '95%', { family: 'target', status: 'deducted', score: 9.5, explanation: '扣0.5分：目标100%为下限；实际95%，未达到目标≥100%，10×95/100=9.5' }],
    // 以上 after the figure is part of the bound, not prose after it.
    ['≥90%(含以上)', '92%', { family: 'target', status: 'full', score: 10, explanation: '满分：实际92%，达到目标≥90%' }],
    // 分 later in the note is not points.
    ['≥95%(分季度)', '90%', { family: 'target', status: 'deducted', score: 9.47, explanation: '扣0.53分：实际90%，未达到目标≥95%，10×90/95=9.47' }],
    // A zero target with a note after it: at most 0 accidents.
    ['安全事故0起(全年累计)', 1, { family: 'target', status: 'deducted', score: 0, explanation: '扣10分：实际1，未达到目标≤0起，10×0/1=0' }],
  ])('%p against %p', (target, actual, expected) => {
    expect(read(target, actual)).toEqual(expected);
  });

  test('a longer sentence (26 characters before the figure) only mentions a number: judged, not scored as a target', () => {
    expect(read('本年度按照计划要求完成全部建设任务并全部通过竣工验收达到100%', '100%')).toMatchObject({ family: 'qualitative', status: 'manual', score: null });
  });

  test('a circled list states several targets, even with one figure: judged, not scored as a target', () => {
    expect(read('①培训合格率达100%②完成验收', '100%')).toMatchObject({ family: 'qualitative', status: 'manual', score: null });
  });

  test.each([['≥3分'], ['不少于2分']])('%p is what a criterion is worth, not a target', (text) => {
    expect(parseTarget(text)).toBeNull();
  });

  test.each([
    ['≥95%(全年平均) ', '95%', '≥95%', '≥95%'],
    ['100% (调整后)', '100%', '≥100%', '100%'],
    ['0 (全年)', '0', '≤0', '0'],
  ])('%p: spaces around the figure are not part of it', (text, figure, shown, written) => {
    expect(parseTarget(text)).toMatchObject({ figure, shown, condition: { text: written } });
  });
});

test.each([
  ['年度运维成本', true],
  ['年度办结时限', true],
])('率/度 inside a name (年度…) does not make it a rate: lower is better for %p: %p', (name, lower) => {
  expect(lowerIsBetter(name)).toBe(lower);
});

describe('units of the actual against the target', () => {
  test.each([
    ['≥1亿元', '5000万元', 5, '扣5分：实际5000万元，未达到目标≥1亿元，10×50000000/100000000=5'],
    ['≥2亿元', '1.5亿元', 7.5, '扣2.5分：实际1.5亿元，未达到目标≥2亿元，10×150000000/200000000=7.5'],
    // 30万 with no unit after 万 is 300000 of whatever the actual counts.
    ['≥30万', '28万元', 9.33, '扣0.67分：实际28万元，未达到目标≥30万，10×280000/300000=9.33'],
    // A bare target figure is in the actual's own units (the table's amounts are in 万元).
    ['≥30', '28万元', 9.33, '扣0.67分：实际28万元，未达到目标≥30，10×28/30=9.33'],
    ['≥150', '160项', 10, '满分：实际160项，达到目标≥150'],
    // 万 inside a unit (人/万人) is not a multiplier.
    ['5人/万人', '4人/万人', 8, '扣2分：目标5人/万人为下限；实际4人/万人，未达到目标≥5人/万人，10×4/5=8'],
  ])('%p against %p', (target, actual, score, explanation) => {
    expect(read(target, actual)).toMatchObject({ family: 'target', score, explanation });
  });

  test('万元 against 万人次 is a unit mismatch, not a comparison', () => {
    expect(read('≥2万元', '3万人次')).toEqual({
      family: 'target',
      status: 'error',
      score: null,
      explanation: 'G2的实际值“3万人次”与目标值“≥2万元”单位不同，请统一单位。',
    });
  });
});

describe('an actual written as a bound, more', () => {
  test('a bare target met by a bound still says which reading was taken', () => {
    expect(read('3天', '2天以内', '办理时限')).toEqual({ family: 'target', status: 'full', score: 10, explanation: '满分：目标3天为上限；实际2天以内，达到目标≤3天' });
  });

  test.each([
    ['≤3天', '2个月以内'],
    ['≤3天', '≥2天'],
    ['≥266米', '≤300米'],
  ])('%p is not shown met by %p (another unit, or the wrong side): a person must give the figure', (target, actual) => {
    expect(read(target, actual)).toEqual({
      family: 'target',
      status: 'manual',
      score: null,
      explanation: `G2的实际完成值“${actual}”只给出范围，不能判断是否达到目标：请填写实际数值，或人工评分。`,
    });
  });
});

test('a growth rate below a floor of 0% scores 0, without dividing by the zero target', () => {
  expect(read('≥0%', '-3%', '收入增长率')).toEqual({ family: 'target', status: 'deducted', score: 0, explanation: '扣10分：实际-3%，未达到目标≥0%，0' });
});

describe('a unit the condition model does not list, with a tail word', () => {
  test.each([
    ['100家次以上', '120家次', '服务企业数', { family: 'target', status: 'full', score: 10, explanation: '满分：实际120家次，达到目标≥100家次' }],
    // 以上 says at least, whatever the indicator's name would say of a bare figure.
    ['100家次以上', '120家次', '投诉办结时限', { family: 'target', status: 'full', score: 10, explanation: '满分：实际120家次，达到目标≥100家次' }],
    ['50名学员以上', '40名学员', '培训人数', { family: 'target', status: 'deducted', score: 8, explanation: '扣2分：实际40名学员，未达到目标≥50名学员，10×40/50=8' }],
    ['30户次以内', '40户次', '投诉数量', { family: 'target', status: 'deducted', score: 7.5, explanation: '扣2.5分：实际40户次，未达到目标≤30户次，10×30/40=7.5' }],
  ])('%p with %p (%s)', (target, actual, name, expected) => {
    expect(briefly(scoreOne('', actual, 10, { target, name }))).toEqual(expected);
  });
});

describe('a target reached, said in words', () => {
  test.each(['完成', '已完成', '全部完成', '已实现', '达标'])('%p beside a figure is a verdict of 达成: qualitative, full', (actual) => {
    expect(briefly(scoreOne('', actual, 10, { target: '100%', name: '任务完成率' }))).toEqual({
      family: 'qualitative',
      status: 'full',
      score: 10,
      explanation: `满分：定性评价，实际完成情况为“${actual}”`,
    });
  });

  test.each(['按时完成', '按期完成', '如期完成'])('%p, the deadline’s word, meets a figure too', (actual) => {
    expect(briefly(scoreOne('', actual, 10, { target: '≥95%', name: '任务完成率' }))).toEqual({ family: 'target', status: 'full', score: 10, explanation: `满分：实际${actual}，达到目标≥95%` });
  });

  test('未完成 beside a figure says too little: the figure is asked for', () => {
    expect(briefly(scoreOne('', '未完成', 10, { target: '100%', name: '任务完成率' }))).toMatchObject({ family: 'target', status: 'error' });
  });
});

describe('a percentage against a count, or a count against a percentage', () => {
  test.each([
    ['≥100项', '95%', 'G2的实际值“95%”与目标值“≥100项”单位不同，请统一单位。'],
    ['≥95%', '20项', 'G2的实际值“20项”与目标值“≥95%”单位不同，请统一单位。'],
  ])('%p against %p is an error, not a comparison', (target, actual, explanation) => {
    expect(read(target, actual)).toEqual({ family: 'target', status: 'error', score: null, explanation });
  });
});

describe('a bare target met exactly, and the target said met in words', () => {
  test('95% against a bare 95% reaches it: the bound is included', () => {
    expect(read('95%', '95%')).toEqual({ family: 'target', status: 'full', score: 10, explanation: '满分：目标95%为下限；实际95%，达到目标≥95%' });
  });
  test('`按时 完成`, spaced as typed, is the target met', () => {
    expect(read('95%', '按时 完成')).toEqual({ family: 'target', status: 'full', score: 10, explanation: '满分：目标95%为下限；实际按时完成，达到目标≥95%' });
  });
});

describe('a range written as the target (`3-5天`)', () => {
  // Both ends are reached as written; what the indicator measures says which end the actual is held to:
  // a time or a cost may not exceed the far end, anything else must reach the near end (README).
  test('is one target, its direction left to the indicator', () => {
    const t = parseTarget('3-5天')!;
    expect({ figure: t.figure, shown: t.shown, stated: t.stated, unit: t.condition.unit }).toEqual({ figure: '3-5天', shown: '3-5天', stated: false, unit: '天' });
  });

  test.each([
    ['办理时限', '3-5天', '4天', 10, '满分：目标3-5天按上限5天计；实际4天，达到目标≤5天'],
    ['办理时限', '3-5天', '5天', 10, '满分：目标3-5天按上限5天计；实际5天，达到目标≤5天'],
    ['办理时限', '3-5天', '6天', 8.33, '扣1.67分：目标3-5天按上限5天计；实际6天，未达到目标≤5天，10×5/6=8.33'],
    ['培训次数', '3-5次', '2次', 6.67, '扣3.33分：目标3-5次按下限3次计；实际2次，未达到目标≥3次，10×2/3=6.67'],
    ['培训次数', '3-5次', '4次', 10, '满分：目标3-5次按下限3次计；实际4次，达到目标≥3次'],
    ['满意度', '90%-95%', '92%', 10, '满分：目标90%-95%按下限90%计；实际92%，达到目标≥90%'],
    ['满意度', '90%~95%', '85%', 9.44, '扣0.56分：目标90%~95%按下限90%计；实际85%，未达到目标≥90%，10×85/90=9.44'],
  ])('%p %p against %p', (name, target, actual, score, explanation) => {
    expect(read(target, actual, name)).toEqual({ family: 'target', status: score === 10 ? 'full' : 'deducted', score, explanation });
  });

  test('is said in English too', () => {
    expect(scoreOne('', '6天', 10, { target: '3-5天', name: '办理时限', lang: 'en' }).explanation).toContain('target 3-5天 read as a ceiling of 5天; ');
  });

  test('is where steps in its unit start, at the same end', () => {
    expect(briefly(scoreOne('每超过1天扣1分', '7天', 10, { target: '3-5天', name: '办理时限' }))).toEqual({ family: 'steps', status: 'deducted', score: 8, explanation: '扣2分：7天，较5天高2天，每1天扣1分，计2档' });
  });

  test.each([['10-15%以内'], ['完成3-5项和6项'], ['5-3天']])('%p is not a range target', (text) => {
    expect(parseTarget(text)).toBeNull();
  });
});
