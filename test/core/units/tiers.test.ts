// Bands (src/core/rules/tiers.ts, «range-tiers» and «rate-tiers»): the band the figure falls in, bands
// against the row's target, an otherwise band, a figure in no band, units and inputs.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const read = (rule: string, actual: CellValue, target?: string) => {
  const r = scoreOne(rule, actual, 5, { target });
  return briefly(r);
};

describe('bands on a count', () => {
  const RULE = '100个以上得5分；80-100个得3分；80个以下不得分';
  test.each([
    ['120个', 'full', 5, '满分：120个，100个以上，计5分'],
    ['90个', 'deducted', 3, '扣2分：90个，80-100个，计3分'],
    [90, 'deducted', 3, '扣2分：90，80-100个，计3分'],
    ['70个', 'deducted', 0, '扣5分：70个，80个以下，不得分'],
  ] as [CellValue, string, number, string][])('%p', (actual, status, score, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'range-tiers', status, score, explanation });
  });

  test.each([
    ['90项', 'G2的实际值“90项”与评分标准的档次“100个以上”单位不同，请统一单位。'],
    ['很多', 'G2应填写实际完成值，现为“很多”，请改为数字。'],
    [null, '缺少输入：请在G2填写实际完成值。'],
  ] as [CellValue, string][])('%p is an error saying what to fix', (actual, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'range-tiers', status: 'error', score: null, explanation });
  });
});

describe('bands against the row’s target', () => {
  const RULE = '达到目标值得5分；未达到目标值的得2分';
  test('the target’s figure stands in the band, and is shown', () => {
    expect(read(RULE, '95%', '≥90%')).toEqual({ family: 'rate-tiers', status: 'full', score: 5, explanation: '满分：95%，达到目标值(90%)，计5分' });
    expect(read(RULE, '85%', '≥90%')).toEqual({ family: 'rate-tiers', status: 'deducted', score: 2, explanation: '扣3分：85%，未达到目标值(90%)，计2分' });
  });

  test('without a target, an error asking for it', () => {
    expect(read(RULE, '95%')).toEqual({ family: 'rate-tiers', status: 'error', score: null, explanation: '缺少输入：评分标准按年度指标值计算，但H2所在行没有指标值，请填写。' });
  });
});

describe('a figure outside the bands', () => {
  test.each([
    ['完成率90%以上得5分；80%-90%得3分', 0, '扣5分：70%，不在评分标准所列任何区间'],
    ['完成率90%以上得5分；80%-90%得3分；其他不得分', 0, '扣5分：70%，其他，不得分'],
    ['完成率90%以上得5分；其他得1分', 1, '扣4分：70%，其他，计1分'],
  ])('%p', (rule, score, explanation) => {
    expect(read(rule, '70%')).toMatchObject({ status: 'deducted', score, explanation });
  });

  test('a condition with nothing to give is not read', () => {
    expect(read('90%以上得5分，80%以上', '85%')).toMatchObject({ status: 'manual', explanation: 'F2的评分标准有未能识别的部分：“90%以上得5分,80%以上”，需人工评分。' });
  });
});

describe('a band’s points written bare after its condition', () => {
  test.each([
    '≥90%，5分；80%（含）-90%，4分；低于80%不得分',
    '≥90% 5分；80%（含）-90% 4分；低于80%不得分',
    '≥90%：5分；80%（含）-90%：4分；低于80%不得分',
  ])('%p', (rule) => {
    expect(read(rule, '85%')).toEqual({ family: 'range-tiers', status: 'deducted', score: 4, explanation: '扣1分：85%，80%(含)-90%，计4分' });
  });

  test('a figure with 分 before any condition is not a band: the clause is quoted for a person', () => {
    expect(read('指标分值5分，≥90%得5分，80%-90%得3分，低于80%不得分', '85%')).toEqual({
      family: 'range-tiers',
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“指标分值5分,≥90%得5分,80%-90%得3分,低于80%不得分”，需人工评分。',
    });
  });
});

describe('the closing band', () => {
  test('in the same clause as the bands, after a space', () => {
    expect(read('90%以上得5分， 否则不得分', '70%')).toEqual({ family: 'rate-tiers', status: 'deducted', score: 0, explanation: '扣5分：70%，否则，不得分' });
    expect(read('90%以上得5分， 否则不得分', '95%')).toEqual({ family: 'rate-tiers', status: 'full', score: 5, explanation: '满分：95%，90%以上，计5分' });
  });

  test('its words before a comma are its case, and are shown', () => {
    expect(read('90%以上得5分；80%-90%得3分；未达到要求的，不得分', '70%')).toEqual({ family: 'range-tiers', status: 'deducted', score: 0, explanation: '扣5分：70%，未达到要求的，不得分' });
    expect(read('90%以上得5分，80%-90%得3分， 未达到的，不得分', '70%')).toEqual({ family: 'range-tiers', status: 'deducted', score: 0, explanation: '扣5分：70%，未达到的，不得分' });
  });

  test('a case with no figure before the bands is not a closing band: a person scores the row', () => {
    expect(read('按时完成的得满分，90%以上得4分，80%-90%得3分', '85%')).toEqual({
      family: null,
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“按时完成的得满分,90%以上得4分,80%-90%得3分”，需人工评分。',
    });
  });

  test('not last, it is no list of bands: a person scores the row', () => {
    expect(read('90%以上得5分；其他不得分；80%-90%得3分', '85%')).toEqual({
      family: null,
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“90%以上得5分”、“其他不得分”、“80%-90%得3分”，需人工评分。',
    });
  });

  test('after bands against the row’s target', () => {
    expect(read('达到目标值得5分；否则不得分', '95%', '≥90%')).toEqual({ family: 'rate-tiers', status: 'full', score: 5, explanation: '满分：95%，达到目标值(90%)，计5分' });
    expect(read('达到目标值得5分；否则不得分', '85%', '≥90%')).toEqual({ family: 'rate-tiers', status: 'deducted', score: 0, explanation: '扣5分：85%，否则，不得分' });
  });
});

describe('conditions without an outcome', () => {
  test('a condition left at the end of a clause of bands', () => {
    expect(read('90%以上得5分，80%-90%得3分，70%以上', '85%')).toEqual({
      family: 'range-tiers',
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“90%以上得5分,80%-90%得3分,70%以上”，需人工评分。',
    });
  });

  test('two conditions in a row, then one outcome', () => {
    expect(read('90%以上,80%以上,得5分;低于80%不得分', '85%')).toEqual({
      family: null,
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“90%以上,80%以上,得5分”、“低于80%不得分”，需人工评分。',
    });
  });
});

describe('bands on a bare figure', () => {
  const RULE = '≥100得5分；80-100得3分；其他不得分';
  test.each([
    [90, '扣2分：90，80-100，计3分'],
    ['90个', '扣2分：90个，80-100，计3分'],
  ] as [CellValue, string][])('%p: a unit on the actual is no mismatch when the bands have none', (actual, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'range-tiers', status: 'deducted', score: 3, explanation });
  });

  test('a rate the rule defines over 基础数据 is a percentage, with or without % in the bands', () => {
    const r = scoreOne('预算执行率=执行数/预算数×100%；≥90，计5分；80-90，计3分；低于80不得分', null, 5, { basic: [['执行数', 85], ['预算数', 100]] });
    expect(briefly(r)).toEqual({ family: 'range-tiers', status: 'deducted', score: 3, explanation: '扣2分：85/100×100%=85%，80-90，计3分' });
  });
});

describe('a closing band with bare points', () => {
  // `其余1分` was read as prose and dropped: 70% fell outside every band and scored 0.
  test.each([
    ['≥90%，5分；80%-90%，3分；其余1分', '70%', { family: 'range-tiers', status: 'deducted', score: 1, explanation: '扣4分：70%，其余，计1分' }],
    ['≥90%，5分；80%-90%，3分；其余，1分', '70%', { family: 'range-tiers', status: 'deducted', score: 1, explanation: '扣4分：70%，其余，计1分' }],
    ['≥90%，5分；80%-90%，3分；其余的1分', '70%', { family: 'range-tiers', status: 'deducted', score: 1, explanation: '扣4分：70%，其余的，计1分' }],
    ['≥90%，5分；80%-90%，3分；其余1分', '85%', { family: 'range-tiers', status: 'deducted', score: 3, explanation: '扣2分：85%，80%-90%，计3分' }],
    ['90%以上得5分，其余1分', '70%', { family: 'rate-tiers', status: 'deducted', score: 1, explanation: '扣4分：70%，其余，计1分' }],
  ])('%s with %s', (rule, actual, expected) => {
    expect(briefly(scoreOne(rule, actual, 5))).toEqual(expected);
  });
});

describe('bands written as fractions against a percentage', () => {
  // `≥0.9` against 85% scored full marks (85 ≥ 0.9): now an error asking for one way of writing both.
  const rule = '≥0.9得5分，0.8-0.9得3分，低于0.8不得分';
  test.each([
    [`预算执行率=执行数/预算数，${rule}`, '', [['执行数', 85], ['预算数', 100]] as [string, number][], 'G2的实际值“85/100=85%”与评分标准的档次“≥0.9”单位不同，请统一单位。'],
    [`预算执行率=执行数/预算数，${rule}`, '85%', undefined, 'G2的实际值“85%”与评分标准的档次“≥0.9”单位不同，请统一单位。'],
    [rule, '85%', undefined, 'G2的实际值“85%”与评分标准的档次“≥0.9”单位不同，请统一单位。'],
  ])('%s, actual %p: an error, not a score', (text, actual, basic, explanation) => {
    const r = scoreOne(text, actual, 5, { basic });
    expect(briefly(r)).toEqual({ family: 'range-tiers', status: 'error', score: null, explanation });
    // Listed with the unit mismatches, whatever it mismatched (a target, a step or a band).
    expect(r.result.issues.filter((i) => i.cell === 'G2').map((i) => [i.severity, i.code])).toEqual([['error', 'unit-mismatch']]);
  });

  test('the same bands against a fraction typed as such score', () => {
    expect(briefly(scoreOne(rule, 0.85, 5))).toEqual({ family: 'range-tiers', status: 'deducted', score: 3, explanation: '扣2分：0.85，0.8-0.9，计3分' });
  });

  test('whole-number bands are not fractions', () => {
    expect(briefly(scoreOne('≥100得5分；80-100得3分；其他不得分', 90, 5))).toEqual({ family: 'range-tiers', status: 'deducted', score: 3, explanation: '扣2分：90，80-100，计3分' });
  });
});

describe('a percentage against bands in a unit', () => {
  test.each(['≥0.5万元得5分；0.2-0.5万元得3分', '≥50万元得5分；20-50万元得3分'])('%p: 30% is an error, not a band', (rule) => {
    expect(read(rule, '30%')).toMatchObject({ family: 'range-tiers', status: 'error', score: null, explanation: expect.stringContaining('单位不同') });
  });
});

describe('fractions, and fractions of a percent', () => {
  test.each(['≥0.9得5分；0.8-0.9得3分；其他不得分', '≥1得5分；0.5-1得3分'])('%p against 85%: an error', (rule) => {
    expect(read(rule, '85%')).toMatchObject({ status: 'error', explanation: expect.stringContaining('单位不同') });
  });
  test('bands in fractions of a percent take a percentage', () => {
    expect(read('≥0.9%得5分；0.5%-0.9%得3分', '0.85%')).toEqual({ family: 'range-tiers', status: 'deducted', score: 3, explanation: '扣2分：0.85%，0.5%-0.9%，计3分' });
  });
});

describe('what bands can give, for a typed score kept', () => {
  test('a closing band with points: nothing else', () => {
    expect(scoreOne('≥90%得5分；其他得2分', null, 5, { score: 0 }).explanation).toContain('按评分标准只能得2分或5分，填写0分');
  });
  test('no closing band: a figure in no band gets 0', () => {
    expect(scoreOne('≥90%得5分；80%-90%得3分', null, 5, { score: 0 }).explanation).toContain('按评分标准可得此分');
  });
});
