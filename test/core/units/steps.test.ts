// Family «steps» (src/core/rules/steps.ts): where the steps start (the rule's own figure, the row's
// target, else 100%), which way they count, a cut-off band, a cap, and what else a clause may say.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const read = (rule: string, actual: CellValue, more: Parameters<typeof scoreOne>[3] = {}) => {
  const r = scoreOne(rule, actual, 10, more);
  return briefly(r);
};

describe('where the steps start', () => {
  test.each([
    ['以100%为标准，每降低1个百分点扣1分', '97%', 7, '扣3分：97%，较100%低3个百分点，每1个百分点扣1分，计3档'],
    ['以95%为基准，每降低1个百分点扣1分', '97%', 10, '满分：97%，以95%为标准，不扣分'],
    ['达到95%以上得满分，每降低1个百分点扣1分', '92%', 7, '扣3分：92%，较95%低3个百分点，每1个百分点扣1分，计3档'],
    ['≤100%，计5分；每超过1个百分点扣1分', '103%', 7, '扣3分：103%，较100%高3个百分点，每1个百分点扣1分，计3档'],
    ['每降低1个百分点扣1分', '97%', 7, '扣3分：97%，较100%低3个百分点，每1个百分点扣1分，计3档'],
  ])('%p, actual %p', (rule, actual, score, explanation) => {
    expect(read(rule, actual)).toEqual({ family: 'steps', status: score === 10 ? 'full' : 'deducted', score, explanation });
  });

  test.each([
    ['90%计满分；每低于5%扣2分', '84%', 8, '扣2分：84%，较90%低6个百分点，每5个百分点扣2分，计1档'],
    ['≥95%，5分；每降低1个百分点扣1分', '92%', 7, '扣3分：92%，较95%低3个百分点，每1个百分点扣1分，计3档'],
    ['低于95%的，每降低1个百分点扣1分', '92%', 7, '扣3分：92%，较95%低3个百分点，每1个百分点扣1分，计3档'],
    ['低于95%的， 每降低1个百分点扣1分', '92%', 7, '扣3分：92%，较95%低3个百分点，每1个百分点扣1分，计3档'],
    ['以95%为基准进行扣分；每降低1个百分点扣1分', '92%', 7, '扣3分：92%，较95%低3个百分点，每1个百分点扣1分，计3档'],
  ])('a figure in a clause or piece of its own: %p, actual %p', (rule, actual, score, explanation) => {
    expect(read(rule, actual)).toEqual({ family: 'steps', status: 'deducted', score, explanation });
  });

  test('a case with nothing to deduct (按时完成的得满分) leaves the steps to start from the target', () => {
    expect(read('按时完成的得满分；每超过1天扣0.5分', '7天', { target: '≤5天' })).toEqual({
      family: 'steps',
      status: 'deducted',
      score: 9,
      explanation: '扣1分：7天，较5天高2天，每1天扣0.5分，计2档',
    });
  });

  test('steps in a unit of their own need the row’s target; without one the row asks for it', () => {
    expect(read('每超过1天扣0.5分', '7天')).toEqual({
      family: 'steps',
      status: 'error',
      score: null,
      explanation: '缺少输入：评分标准按年度指标值计算，但H2所在行没有指标值，请填写。',
    });
  });

  test('with no figure of its own, from the row’s target, whichever way the target points', () => {
    expect(read('每超过1个百分点扣1分', '5%', { target: '≤3%' })).toMatchObject({ score: 8, explanation: '扣2分：5%，较3%高2个百分点，每1个百分点扣1分，计2档' });
    expect(read('每降低1个百分点扣1分', '92%', { target: '≥90%' })).toMatchObject({ status: 'full', score: 10, explanation: '满分：92%，以90%为标准，不扣分' });
    expect(read('每超过1天扣0.5分', '7天', { target: '≤5天' })).toMatchObject({ score: 9, explanation: '扣1分：7天，较5天高2天，每1天扣0.5分，计2档' });
  });
});

describe('which way the steps count', () => {
  test('每相差 counts either way from the target', () => {
    expect(read('与目标值相比，每相差1个百分点扣1分', '97%', { target: '95%' })).toMatchObject({ score: 8, explanation: '扣2分：97%，与95%相差2个百分点，每1个百分点扣1分，计2档' });
    expect(read('与目标值相比，每相差1个百分点扣1分', '93%', { target: '95%' })).toMatchObject({ score: 8, explanation: '扣2分：93%，与95%相差2个百分点，每1个百分点扣1分，计2档' });
  });

  test('每超过 counts an excess over the target, whatever the indicator measures', () => {
    expect(read('每超过1万元扣0.5分', '53万元', { target: '50万元', name: '项目支出' })).toMatchObject({ score: 8.5, explanation: '扣1.5分：53万元，较50万元高3万元，每1万元扣0.5分，计3档' });
    expect(read('每超过1万元扣0.5分', '49万元', { target: '50万元', name: '项目支出' })).toMatchObject({ status: 'full', score: 10 });
  });

  test('未完成年度目标的…每相差 with no target counts a shortfall from 100%', () => {
    expect(read('未完成年度目标的，每相差1个百分点扣1分', '97%')).toMatchObject({ family: 'steps', score: 7, explanation: '扣3分：97%，较100%低3个百分点，每1个百分点扣1分，计3档' });
  });

  test('未完成任务的…每相差 in a unit counts only a shortfall from the target', () => {
    const more = { target: '≥100公里', name: '道路建设里程' };
    expect(read('未完成任务的，每相差1公里扣0.5分', '105公里', more)).toEqual({ family: 'steps', status: 'full', score: 10, explanation: '满分：105公里，以100公里为标准，不扣分' });
    expect(read('未完成任务的，每相差1公里扣0.5分', '95公里', more)).toMatchObject({ score: 7.5, explanation: '扣2.5分：95公里，较100公里低5公里，每1公里扣0.5分，计5档' });
  });

  test('未完成目标的…每相差 counts only a shortfall, on the side the target points to', () => {
    expect(read('未完成年度目标的，每相差1个百分点扣1分', '97%', { target: '95%' })).toMatchObject({ status: 'full', score: 10 });
    expect(read('未完成年度目标的，每相差1个百分点扣1分', '93%', { target: '95%' })).toMatchObject({ score: 8, explanation: '扣2分：93%，较95%低2个百分点，每1个百分点扣1分，计2档' });
    expect(read('未完成年度目标的，每相差1个百分点扣1分', '5%', { target: '3%', name: '预算调整率' })).toMatchObject({ score: 8, explanation: '扣2分：5%，较3%高2个百分点，每1个百分点扣1分，计2档' });
  });
});

describe('a shortfall is a shortfall whichever word sets the figure below', () => {
  test.each(['未达到95%的', '低于95%的', '不足95%的', '未达95%的', '<95%的', '达不到95%的', '少于95%的'])('%s，每相差1个百分点扣0.5分', (lead) => {
    const rule = `${lead}，每相差1个百分点扣0.5分`;
    expect(read(rule, '98%')).toEqual({ family: 'steps', status: 'full', score: 10, explanation: '满分：98%，以95%为标准，不扣分' });
    expect(read(rule, '93%')).toMatchObject({ score: 9, explanation: '扣1分：93%，较95%低2个百分点，每1个百分点扣0.5分，计2档' });
  });

  test('a comparison before the figure that gives full marks goes with it (`不低于90%得10分`)', () => {
    for (const lead of ['不低于90%得10分', '大于或等于90%得10分', '≥90%得满分', '90%得满分']) {
      expect(read(`${lead},每降5%扣1分,扣完为止`, '84%')).toMatchObject({ family: 'steps', score: 9 });
    }
  });
});

describe('a step counted in items or people, of more than one', () => {
  const RULE = '培训达到2000人次的得满分，每少100人次扣1分';
  test.each([
    ['1800人次', 8, '扣2分：1800人次，较2000人次低200人次，每100人次扣1分，计2档'],
    [1850, 9, '扣1分：1850，较2000人次低150人次，每100人次扣1分，计1档'],
    ['2100人次', 10, '满分：2100人次，以2000人次为标准，不扣分'],
  ])('%p against 2000人次 in steps of 100', (actual, score, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'steps', status: score === 10 ? 'full' : 'deducted', score, explanation });
  });

  test('an actual in another unit is an error, not a count of steps', () => {
    expect(read(RULE, '1800人')).toMatchObject({ family: 'steps', status: 'error' });
  });

  test('a step of one item is still a deduction per item', () => {
    expect(read('每少一项扣0.4分', 2)).toMatchObject({ family: 'per-item', score: 9.2 });
  });
});

describe('a step of one from a figure in that unit (`少于2次的，每少1次扣5分`)', () => {
  test.each([
    [1, 5, '扣5分：1，较2次低1次，每1次扣5分，计1档'],
    [0, 0, '扣10分：0，较2次低2次，每1次扣5分，计2档'],
    ['3次', 10, '满分：3次，以2次为标准，不扣分'],
  ])('the meetings held, %p, counted from 2', (actual, score, explanation) => {
    expect(read('党委、政府研究综治工作少于2次的每少一次扣5分', actual)).toEqual({ family: 'steps', status: score === 10 ? 'full' : 'deducted', score, explanation });
  });

  test('without a figure before it, a step of one item is a deduction per item', () => {
    expect(read('每少一项扣0.4分', 2)).toMatchObject({ family: 'per-item', score: 9.2 });
  });
});

describe('steps from a figure the rule names and does not give', () => {
  test.each([
    '七类案件总量占全部刑事案件的比例与全省三年平均比例数相比，每超过0.1个百分点扣2分',
    '抢劫、抢夺案件总量与本地上年相比，每上升一个百分点扣2分',
    '各类事故经济损失与上年按同口径相比，每增加20万元扣1分',
    '各类事故起数与上年相比，每增加1起扣2分',
  ])('%s is not guessed at: manual, quoted', (rule) => {
    expect(read(rule, '5%')).toMatchObject({ status: 'manual', score: null });
  });

  test('the row’s own target named so (`与计划`, `与目标值`) is read', () => {
    expect(read('与目标值相比，每相差1个百分点扣1分', '93%', { target: '95%' })).toMatchObject({ family: 'steps', score: 8 });
  });
});

describe('a cut-off, a cap, to zero', () => {
  test.each([
    ['达到95%以上得满分，每降低1个百分点扣1分，低于80%不得分', '75%', 0, '扣10分：75%，低于80%，不得分'],
    ['每降低1个百分点扣1分，最多扣5分', '90%', 5, '扣5分：90%，较100%低10个百分点，每1个百分点扣1分，计10档（扣分以5分为限）'],
    ['每降低1个百分点扣1分，扣完为止', '80%', 0, '扣10分：80%，较100%低20个百分点，每1个百分点扣1分，计20档'],
    ['每降低1个百分点扣1分；最多扣5分', '90%', 5, '扣5分：90%，较100%低10个百分点，每1个百分点扣1分，计10档（扣分以5分为限）'],
    ['达到95%以上得满分；低于80%不得分；每降低5个百分点扣1分，最多扣3分', '75%', 0, '扣10分：75%，低于80%，不得分'],
    ['达到95%以上得满分；低于80%不得分；每降低5个百分点扣1分，最多扣3分', '85%', 8, '扣2分：85%，较95%低10个百分点，每5个百分点扣1分，计2档'],
    ['达到100%得满分；60%以上的，每降低1个百分点扣0.2分；低于60%不得分', '90%', 8, '扣2分：90%，较100%低10个百分点，每1个百分点扣0.2分，计10档'],
    ['达到100%得满分；60%以上的，每降低1个百分点扣0.2分；低于60%不得分', '50%', 0, '扣10分：50%，低于60%，不得分'],
  ])('%p, actual %p', (rule, actual, score, explanation) => {
    expect(read(rule, actual)).toMatchObject({ family: 'steps', score, explanation });
  });
});

describe('what else a clause may say', () => {
  test('a description of the deduction is read with it', () => {
    expect(read('每降低1个百分点扣1分，应根据差距百分比扣分', '97%')).toMatchObject({ family: 'steps', score: 7 });
    expect(read('每降低1个百分点扣1分。按差距扣分', '97%')).toEqual({ family: 'steps', status: 'deducted', score: 7, explanation: '扣3分：97%，较100%低3个百分点，每1个百分点扣1分，计3档' });
  });

  test.each([
    ['每降低1个百分点扣1分，酌情扣分', '“每降低1个百分点扣1分,酌情扣分”'],
    ['每降低0个百分点扣1分', '“每降低0个百分点扣1分”'],
    ['每降低1个百分点扣1分，低于60%的再扣5分', '“每降低1个百分点扣1分,低于60%的再扣5分”'],
  ])('%p is not scored', (rule, quote) => {
    expect(read(rule, '97%')).toMatchObject({ status: 'manual', explanation: `F2的评分标准有未能识别的部分：${quote}，需人工评分。` });
  });
});

describe('a condition before the steps, read whole', () => {
  // Each was misread: the cut-off taken for the base, the base dropped by a cap after it, an excess
  // deducted where only a shortfall costs, a floor band ignored.
  test.each([
    ['每降低1个百分点扣0.5分，低于80%的扣至0分', '90%', '', { family: 'steps', status: 'deducted', score: 5, explanation: '扣5分：90%，较100%低10个百分点，每1个百分点扣0.5分，计10档' }],
    ['每降低1个百分点扣0.5分，低于80%的扣至0分', '75%', '', { family: 'steps', status: 'deducted', score: 0, explanation: '扣10分：75%，低于80%，不得分' }],
    ['低于95%的，每降低1个百分点扣1分，扣完为止', '92%', '', { family: 'steps', status: 'deducted', score: 7, explanation: '扣3分：92%，较95%低3个百分点，每1个百分点扣1分，计3档' }],
    ['未达到95%的，每相差1个百分点扣1分', '97%', '', { family: 'steps', status: 'full', score: 10, explanation: '满分：97%，以95%为标准，不扣分' }],
    ['未达到95%的，每相差1个百分点扣1分', '93%', '', { family: 'steps', status: 'deducted', score: 8, explanation: '扣2分：93%，较95%低2个百分点，每1个百分点扣1分，计2档' }],
    ['未完成任务的，每相差1个百分点扣1分', '97%', '≥95%', { family: 'steps', status: 'full', score: 10, explanation: '满分：97%，以95%为标准，不扣分' }],
  ])('%s, actual %s', (rule, actual, target, expected) => {
    expect(briefly(scoreOne(rule, actual, 10, target ? { target } : {}))).toEqual(expected);
  });

  test('a second band that gives points (`低于60%计2分`) is not read by the steps: manual, quoted', () => {
    expect(briefly(scoreOne('100%计满分，每低于5%扣2分，低于60%计2分', '50%', 10))).toEqual({
      family: 'steps',
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“100%计满分,每低于5%扣2分,低于60%计2分”，需人工评分。',
    });
  });
});

describe('a cut-off in a clause of its own, and what the steps can give', () => {
  const RULE = '每降低1个百分点扣1分；低于60%的扣至0分';
  test.each([
    ['50%', 0, '扣10分：50%，低于60%，不得分'],
    ['98%', 8, '扣2分：98%，较100%低2个百分点，每1个百分点扣1分，计2档'],
  ])('%p', (actual, score, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'steps', status: 'deducted', score, explanation });
  });

  test.each([
    ['每降低1个百分点扣1分，最多扣3分；低于60%的不得分', 0, '按评分标准可得此分'],
    ['每降低1个百分点扣1分，最多扣3分', 0, '按评分标准只能得7分、8分、9分或10分，填写0分'],
    ['每降低1个百分点扣1分，最多扣3分', 8, '按评分标准可得此分'],
  ])('a typed score without the figure, against %p: %p', (rule, score, said) => {
    expect(scoreOne(rule, null, 10, { score }).explanation).toContain(said);
  });
});

describe('a step of one item from a bound in another unit is a deduction per item', () => {
  test('`低于95%的，每少1次扣1分`', () => {
    expect(read('低于95%的，每少1次扣1分', 2)).toMatchObject({ family: 'per-item', score: 8 });
  });
});

describe('a figure in a unit', () => {
  test.each([
    ['很多', 'G2应填写实际完成值，现为“很多”，请改为数字。'],
    ['5元', 'G2的实际值“5元”与评分标准按“1天”计扣的单位不同，请统一单位。'],
  ])('%p is an error', (actual, explanation) => {
    expect(read('每超过1天扣1分', actual, { target: '3天' })).toEqual({ family: 'steps', status: 'error', score: null, explanation });
  });

  test('a figure in another unit than the step is listed with the unit mismatches', () => {
    const r = scoreOne('每超过1天扣1分', '5元', 10, { target: '3天' });
    expect(r.result.issues.filter((i) => i.cell === 'G2').map((i) => [i.severity, i.code])).toEqual([['error', 'unit-mismatch']]);
  });

  test.each([
    ['5天', 8, '扣2分：5天，较3天高2天，每1天扣1分，计2档'],
    ['1天', 10, '满分：1天，以3天为标准，不扣分'],
  ])('a shortfall against a ceiling (≤3天) is a figure above it: %p', (actual, score, explanation) => {
    expect(read('未达到目标的，每相差1天扣1分', actual, { target: '≤3天' })).toMatchObject({ family: 'steps', score, explanation });
  });
});

test('a typed score beside steps in a unit without a target is kept, and says the target is what is missing', () => {
  expect(read('每超过1天扣1分', '5天', { score: 8 })).toEqual({ family: 'steps', status: 'deducted', score: 8, explanation: '保留填写得分8分（未核算：填写年度指标值后可核算；按评分标准可得此分）' });
});

test('a shortfall word after the steps does not turn a deviation into a shortfall', () => {
  expect(read('每偏离1个百分点扣1分，低于60%的不得分', '110%', { target: '100%' })).toEqual({
    family: 'steps',
    status: 'deducted',
    score: 0,
    explanation: '扣10分：110%，与100%相差10个百分点，每1个百分点扣1分，计10档',
  });
});

describe('a bound on who is counted is part of the subject (`35岁及以下的不低于20%`)', () => {
  test.each([
    ['35岁及以下的不低于20%，每降低1个百分点扣0.5分', '15%', 'deducted', 7.5, '扣2.5分：15%，较20%低5个百分点，每1个百分点扣0.5分，计5档'],
    ['35岁及以下干部占比不低于20%，每降低1个百分点扣0.5分', '25%', 'full', 10, '满分：25%，以20%为标准，不扣分'],
    ['40周岁(含)以下人员占比不低于30%，每降低1个百分点扣1分', '28%', 'deducted', 8, '扣2分：28%，较30%低2个百分点，每1个百分点扣1分，计2档'],
  ])('%p, %p', (rule, actual, status, score, explanation) => {
    expect(read(rule, actual)).toEqual({ family: 'steps', status, score, explanation });
  });
});

describe('what is measured between the step word and the step (`每超平均年龄1岁扣0.5分`): whole steps', () => {
  const RULE = '每超平均年龄1岁扣0.5分';
  test.each([
    ['34.6', '扣1分：34.6，较32岁高2.6岁，每1岁扣0.5分，计2档', 9],
    ['34.6岁', '扣1分：34.6岁，较32岁高2.6岁，每1岁扣0.5分，计2档', 9],
    ['32.9', '满分：32.9，较32岁高0.9岁，每1岁扣0.5分，计0档', 10],
  ])('%p against 32岁: each whole year over takes 0.5', (actual, explanation, score) => {
    expect(read(RULE, actual, { target: '32岁' })).toMatchObject({ family: 'steps', score, explanation });
  });
  test('without the average it is counted from, the row asks for it', () => {
    expect(read(RULE, '34.6')).toEqual({ family: 'steps', status: 'error', score: null, explanation: '缺少输入：评分标准按年度指标值计算，但H2所在行没有指标值，请填写。' });
  });
  test('an amount over its target in 万元: `每超支1万元扣1分`', () => {
    expect(read('每超支1万元扣1分', '12万元', { target: '10万元' })).toMatchObject({ family: 'steps', score: 8, explanation: '扣2分：12万元，较10万元高2万元，每1万元扣1分，计2档' });
  });
});

describe('an actual in another unit than the step names the step as the rule’s, not as the target', () => {
  // The step (`每超过1天`) is the rule's; the row's target (`3天`) is another figure, which the message must not be taken for.
  test.each([
    ['zh', 'G2的实际值“5元”与评分标准按“1天”计扣的单位不同，请统一单位。'],
    ['en', 'G2: the actual value "5元" and the rule\'s step of "1天" use different units.'],
  ] as const)('%s', (lang, explanation) => {
    const r = scoreOne('每超过1天扣1分', '5元', 10, { target: '3天', lang });
    expect({ status: r.status, explanation: r.explanation }).toEqual({ status: 'error', explanation });
    expect(r.explanation).not.toContain(lang === 'zh' ? '目标值' : 'target');
  });
});
