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

  test('未完成目标的…每相差 counts only a shortfall, on the side the target points to', () => {
    expect(read('未完成年度目标的，每相差1个百分点扣1分', '97%', { target: '95%' })).toMatchObject({ status: 'full', score: 10 });
    expect(read('未完成年度目标的，每相差1个百分点扣1分', '93%', { target: '95%' })).toMatchObject({ score: 8, explanation: '扣2分：93%，较95%低2个百分点，每1个百分点扣1分，计2档' });
    expect(read('未完成年度目标的，每相差1个百分点扣1分', '5%', { target: '3%', name: '预算调整率' })).toMatchObject({ score: 8, explanation: '扣2分：5%，较3%高2个百分点，每1个百分点扣1分，计2档' });
  });
});

describe('a cut-off, a cap, to zero', () => {
  test.each([
    ['达到95%以上得满分，每降低1个百分点扣1分，低于80%不得分', '75%', 0, '扣10分：75%，低于80%，不得分'],
    ['每降低1个百分点扣1分，最多扣5分', '90%', 5, '扣5分：90%，较100%低10个百分点，每1个百分点扣1分，计10档（扣分以5分为限）'],
    ['每降低1个百分点扣1分，扣完为止', '80%', 0, '扣10分：80%，较100%低20个百分点，每1个百分点扣1分，计20档'],
  ])('%p, actual %p', (rule, actual, score, explanation) => {
    expect(read(rule, actual)).toMatchObject({ family: 'steps', score, explanation });
  });
});

describe('what else a clause may say', () => {
  test('a description of the deduction is read with it', () => {
    expect(read('每降低1个百分点扣1分，应根据差距百分比扣分', '97%')).toMatchObject({ family: 'steps', score: 7 });
  });

  test.each([
    ['每降低1个百分点扣1分，酌情扣分', '“每降低1个百分点扣1分,酌情扣分”'],
    ['每降低0个百分点扣1分', '“每降低0个百分点扣1分”'],
  ])('%p is not scored', (rule, quote) => {
    expect(read(rule, '97%')).toMatchObject({ status: 'manual', explanation: `F2的评分标准有未能识别的部分：${quote}，需人工评分。` });
  });
});
