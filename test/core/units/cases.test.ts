// Cases in words (src/core/rules/cases.ts, categorical.ts, yesNo.ts): which case the 实际完成值 names, and
// cases that deny each other read as one answer among them — never as criteria that add up.
import type { CellValue } from '../../../src/core';
import { caseKey, opposed, readCases } from '../../../src/core/rules/cases';
import { ruleText } from '../../../src/core/rules/ruleText';
import { briefly, scoreOne } from '../../support/table';

const read = (rule: string, actual: CellValue, points = 3) => {
  const r = scoreOne(rule, actual, points);
  return briefly(r);
};

describe('categories: 无结余 / 有结余但不超过上年结转 / 超过', () => {
  const RULE = '无结余的得3分；有结余但不超过上年结转的得2分；超过的不得分';
  test.each([
    ['无结余', 'full', 3, '满分：属“无结余”，计3分'],
    [' 无结余 ', 'full', 3, '满分：属“无结余”，计3分'],
    ['有结余但不超过上年结转', 'deducted', 2, '扣1分：属“有结余但不超过上年结转”，计2分'],
    ['有结余但不超过上年结转的', 'deducted', 2, '扣1分：属“有结余但不超过上年结转”，计2分'],
    ['超过', 'deducted', 0, '扣3分：属“超过”，不得分'],
    ['结余超过上年结转', 'deducted', 0, '扣3分：属“超过”，不得分'],
  ])('%p names its case', (actual, status, score, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'categorical', status, score, explanation });
  });

  const CASES = '“无结余”、“有结余但不超过上年结转”、“超过”';
  test.each([
    [null, `缺少输入：请在G2填写所属情形（${CASES}）。`],
    [{ error: '#N/A' }, 'G2的值是错误值#N/A，请先修正该单元格或其公式。'],
    [5, `G2填写的“5”不是评分标准所列的情形，请填写其中之一：${CASES}。`],
    ['不清楚', `G2填写的“不清楚”不是评分标准所列的情形，请填写其中之一：${CASES}。`],
  ] as [CellValue, string][])('%p is an error saying which cases there are', (actual, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'categorical', status: 'error', score: null, explanation });
  });
});

describe('cases that deny each other are not a checklist', () => {
  const RULE = '制度健全的得3分；基本健全的得2分；不健全的不得分';
  test.each([
    ['健全', 'full', 3, '满分：属“制度健全”，计3分'],
    ['制度健全', 'full', 3, '满分：属“制度健全”，计3分'],
    ['基本健全', 'deducted', 2, '扣1分：属“基本健全”，计2分'],
    ['不健全', 'deducted', 0, '扣3分：属“不健全”，不得分'],
  ])('健全 / 基本健全 / 不健全: %p', (actual, status, score, explanation) => {
    expect(read(RULE, actual)).toEqual({ family: 'categorical', status, score, explanation });
  });

  test.each([
    ['按时报送得2分；未按时报送得1分', '未按时报送', 1, '扣1分：按“按时报送/未按时报送”评分：未按时报送，计1分'],
    ['按时报送得2分；未按时报送得1分', '按时报送', 2, '满分：按“按时报送/未按时报送”评分：按时报送，计2分'],
    ['建立了制度的得2分；没有建立制度的得1分', '没有建立制度', 1, '扣1分：按“建立了制度/没有建立制度”评分：没有建立制度，计1分'],
    ['建立了制度的得2分；没有建立制度的得1分', '建立了制度', 2, '满分：按“建立了制度/没有建立制度”评分：建立了制度，计2分'],
  ])('%p, answered %p, is yes or no', (rule, actual, score, explanation) => {
    expect(read(rule, actual, 2)).toMatchObject({ family: 'yes-no', score, explanation });
  });

  test('a criterion paired with its own 未完成不得分 is still a criterion', () => {
    const r = read('全部完成发放补贴面积得5分,未完成不得分;全部完成补贴资金下发得5分,未完成不得分。', '是,否', 10);
    expect(r).toMatchObject({ family: 'checklist', score: 5 });
  });
});

describe('a case reduced to what an answer repeats (caseKey)', () => {
  test.each([
    ['如无结余的', '无结余'],
    ['对于未按时报送的', '未按时报送'],
    ['对超支的', '超支'],
    ['未建立的情况', '未建立'],
    ['发生安全事故时则', '发生安全事故'],
    ['其中，有结余者', '有结余'],
    ['若 “未按时” 报送的', '未按时报送'],
  ])('%p → %p', (text, key) => {
    expect(caseKey(text)).toBe(key);
  });
});

describe('cases that deny each other (opposed), whichever is written first', () => {
  test.each([
    ['无结余', '有结余', true],
    ['不超过', '超过', true],
    ['未建立', '已建立', true],
    ['没有建立制度', '建立了制度', true],
    ['按时报送', '未按时报送', true],
    ['不及时', '及时', true],
    ['健全', '基本健全', false],
    ['无', '有', false],
    ['超过', '不足', false],
    ['有结余', '有结余但不超过上年结转', false],
    ['不超', '超', false],
    ['未按时报送', '未按时完成', false],
  ])('%p / %p → %p', (a, b, expected) => {
    expect(opposed(a, b)).toBe(expected);
    expect(opposed(b, a)).toBe(expected);
  });
});

describe('which clauses a list of cases reads (readCases)', () => {
  const cases = (rule: string) => {
    const r = readCases(ruleText(rule));
    return r && { cases: r.rule.map((c) => [c.when, c.key, c.then.kind]), read: [...r.read], stumbled: r.stumbled };
  };
  test('two cases, both clauses read', () => {
    expect(cases('无结余的得3分；有结余的不得分')).toEqual({
      cases: [['无结余的', '无结余', 'points'], ['有结余的', '有结余', 'points']],
      read: [0, 1],
      stumbled: [],
    });
  });
  test('a clause that gives nothing is neither read nor stumbled on', () => {
    expect(cases('无结余的得3分；有结余的不得分；以决算数据为准')).toMatchObject({ read: [0, 1], stumbled: [] });
  });
  test('a case followed by another way of scoring is stumbled on, not read', () => {
    expect(cases('无结余的得3分；有结余的得1分，并按超支比例扣分')).toMatchObject({ read: [0], stumbled: ['有结余的得1分,并按超支比例扣分'] });
  });
  test('points with no case before them are stumbled on', () => {
    expect(cases('无结余的得3分；有结余的得1分；2分')).toMatchObject({ read: [0, 1], stumbled: ['2分'] });
  });
  test('a case with a figure is a band, not a case', () => {
    expect(cases('无结余的得3分；有结余的得1分；结余率超过10%的不得分')).toMatchObject({ read: [0, 1], stumbled: ['结余率超过10%的不得分'] });
  });
  test.each([
    ['无结余的得3分'],
    ['未按时报送的扣1分；不规范的扣0.5分'],
    ['发现1处的扣1分；无问题的得3分'],
  ])('%p is not a list of cases', (rule) => {
    expect(cases(rule)).toBeNull();
  });
});

describe('an answer names the most specific case it contains', () => {
  const RULE = '未超过的得3分；超过的得1分；严重超过的不得分';
  test.each([
    ['超过', 1, '扣2分：属“超过”，计1分'],
    ['严重超过', 0, '扣3分：属“严重超过”，不得分'],
    ['属于严重超过', 0, '扣3分：属“严重超过”，不得分'],
    ['未超过', 3, '满分：属“未超过”，计3分'],
  ])('%p', (actual, score, explanation) => {
    expect(read(RULE, actual)).toMatchObject({ family: 'categorical', score, explanation });
  });
});

describe('a case is a whole condition a person can name (readCases)', () => {
  const cases = (rule: string) => readCases(ruleText(rule))?.rule.map((c) => c.shown) ?? null;

  test.each([
    ['无结余的得3分；有结余，但不超过上年结转的，得2分；超过的不得分', ['无结余', '有结余,但不超过上年结转', '超过']],
    ['国家、市、部门三级文件中明确表述的得满分,经分析可以应用的得权重分的50%,不能应用的不得分', ['国家、市、部门三级文件中明确表述', '经分析可以应用', '不能应用']],
    ['是否按时报送决算，是得满分，否不得分', ['是', '否']],
    ['1、无结余的得3分；2、有结余的得1分；3、超支的不得分', ['无结余', '有结余', '超支']],
  ])('%p offers %p', (rule, shown) => {
    expect(cases(rule)).toEqual(shown);
  });

  test.each([
    ['1、设置年度绩效目标2分，其中单位整体绩效目标1分，项目绩效目标1分；2、绩效目标明确1分；3、未设置绩效目标不得分', 'a numbered item holding more than one case'],
    ['1、资料齐全1分；2、按时报送1分。没有不得分', 'a case outside the numbered items'],
  ])('%p has no cases: %s', (rule) => {
    expect(cases(rule)).toBeNull();
  });

  test.each([
    ['设置绩效目标的得2分，其中单位整体绩效目标1分，项目绩效目标1分；未设置的不得分', '其中单位整体绩效目标1分'],
    ['按时完成的得满分，未按时完成的扣2分，至0分为止；排名第1的得1分', '排名第1的得1分'],
    ['按时完成的得满分，未完成的不得分，止0分', '止0分'],
  ])('%p: a breakdown, a figure or a lone word is not a case, and the clause is not read', (rule, clause) => {
    const reading = readCases(ruleText(rule));
    expect(reading?.rule.map((c) => c.shown).some((s) => clause.includes(s))).toBe(false);
    expect(reading?.stumbled.some((s) => s.includes(clause))).toBe(true);
  });
});

describe('cases that deny each other with 非, whichever comes first', () => {
  test.each(['非涉密项目的得3分；涉密项目的得1分', '涉密项目的得1分；非涉密项目的得3分'])('%p: one answer among them', (rule) => {
    expect(read(rule, '涉密项目')).toEqual({ family: 'categorical', status: 'deducted', score: 1, explanation: '扣2分：属“涉密项目”，计1分' });
    expect(read(rule, '非涉密项目')).toMatchObject({ family: 'categorical', status: 'full', score: 3 });
  });
  test('a denied word of two characters is enough', () => {
    expect(read('非涉密的得3分；涉密的得1分', '涉密')).toEqual({ family: 'categorical', status: 'deducted', score: 1, explanation: '扣2分：属“涉密”，计1分' });
  });
});

describe('what an answer names', () => {
  test('an answer that names two cases alike is asked again, with the whole options', () => {
    expect(read('结余的得3分；超过的得1分；其他不得分', '结余超过')).toEqual({
      family: 'categorical',
      status: 'error',
      score: null,
      explanation: 'G2填写的“结余超过”不是评分标准所列的情形，请填写其中之一：“结余”、“超过”、“其他”。',
    });
  });

  test('options are shown without the lead-in, the 的 and the punctuation around them', () => {
    expect(read('如： 无结余的 ，，得3分；有结余的，得1分', '不知道').explanation).toBe('G2填写的“不知道”不是评分标准所列的情形，请填写其中之一：“无结余”、“有结余”。');
  });
});
