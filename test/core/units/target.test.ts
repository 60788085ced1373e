// Family «target» (src/core/rules/target.ts): what is one target figure and what is not, the direction
// of a bare one, 万/亿 as multipliers, and an actual written as a bound.
import type { CellValue } from '../../../src/core';
import { lowerIsBetter, parseTarget } from '../../../src/core/rules/target';
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
