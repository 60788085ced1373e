// Family «formula» (src/core/rules/formula.ts): `得分=…` evaluated over 基础数据 and the points, capped at
// the points; a typed rate beside a formula that has one is scored, and a difference is a warning.
import { briefly, scoreOne } from '../../support/table';

const FUNDS: [string, number][] = [
  ['支出使用资金', 90],
  ['到位资金', 100],
];
const RULE = '得分=支出使用资金/到位资金×分值';
const read = (rule: string, actual: string | null, basic?: [string, number][]) => {
  const r = scoreOne(rule, actual, 10, { basic });
  const issues = r.result.issues.filter((i) => i.code !== 'total-not-100').map((i) => `${i.code} ${i.cell}：${i.message}`);
  return { ...briefly(r), issues };
};

test('evaluated over 基础数据, the figures in the explanation', () => {
  expect(read(RULE, null, FUNDS)).toEqual({ family: 'formula', status: 'deducted', score: 9, explanation: '扣1分：90/100×10=9', issues: [] });
  expect(read('得分=分值/2', null)).toMatchObject({ score: 5, explanation: '扣5分：10/2=5' });
  expect(read('得分=10×实际完成率', null, [['实际完成率', 0.8]])).toMatchObject({ score: 8, explanation: '扣2分：10×0.8=8' });
});

test('“A占B的比例” and “…的比值” are quotients', () => {
  expect(read('得分=分值×支出使用资金占到位资金的比例', null, FUNDS)).toMatchObject({ score: 9, explanation: '扣1分：10×(90/100)=9' });
  expect(read('得分=实际完成量/目标任务的比值×分值', null, [['实际完成量', 8], ['目标任务', 10]])).toMatchObject({ score: 8, explanation: '扣2分：8/10×10=8' });
});

test('above the points: full marks, said so, with or without a cap in the text', () => {
  const over: [string, number][] = [
    ['支出使用资金', 120],
    ['到位资金', 100],
  ];
  for (const rule of [RULE, `${RULE}，最高不超过分值`]) {
    expect(read(rule, null, over)).toMatchObject({ status: 'full', score: 10, explanation: '满分：120/100×10=12，超过分值按满分计' });
  }
});

test('a typed rate is scored; one that differs from 基础数据 is a warning on its cell', () => {
  expect(read(RULE, '90%', FUNDS)).toEqual({ family: 'formula', status: 'deducted', score: 9, explanation: '扣1分：实际完成率90%，10×90%=9', issues: [] });
  expect(read(RULE, '95%', FUNDS)).toEqual({
    family: 'formula',
    status: 'deducted',
    score: 9.5,
    explanation: '扣0.5分：实际完成率95%，10×95%=9.5',
    issues: ['input-disagrees G2：G2填写的95%与基础数据计算的90%（90/100）不一致，已按G2的值评分，请核对。'],
  });
  // With the points written as a figure, the typed rate still counts; without 基础数据 there is nothing to compare.
  expect(read('得分=10分×实际完成率', '80%')).toMatchObject({ score: 8, explanation: '扣2分：实际完成率80%，10×80%=8', issues: [] });
  // The points first and divided: the rate compared is what remains, 1/目标×实际.
  expect(read('得分=分值/目标任务量×实际完成任务量', '95%', [['目标任务量', 100], ['实际完成任务量', 90]])).toMatchObject({
    score: 9.5,
    issues: ['input-disagrees G2：G2填写的95%与基础数据计算的90%（1/100×90）不一致，已按G2的值评分，请核对。'],
  });
  expect(read(RULE, 'abc', FUNDS)).toMatchObject({ status: 'error', explanation: 'G2应填写实际完成值，现为“abc”，请改为数字。' });
});

test('a divisor of 0 and a missing label are errors naming where to fix them', () => {
  expect(read(RULE, null, [['支出使用资金', 90], ['到位资金', 0]])).toMatchObject({
    status: 'error',
    explanation: '除数为0：支出使用资金/到位资金×分值中的到位资金（基础数据!B3）为0，无法计算，请核对该数。',
  });
  expect(read(RULE, null, [['支出使用资金', 90]])).toMatchObject({
    status: 'error',
    explanation: '缺少输入：基础数据中没有“到位资金”，请在基础数据表补充，或在G2填写实际完成值。',
  });
});

test.each([
  ['得分=5', '“得分=5”'],
  ['得分=分值', '“得分=分值”'],
  ['得分=分值×实际完成率，另有加分', '“得分=分值×实际完成率,另有加分”'],
])('%p is not a formula to score: the text is quoted', (rule, quote) => {
  expect(read(rule, null, [['实际完成率', 0.8]])).toMatchObject({ status: 'manual', score: null, explanation: `F2的评分标准有未能识别的部分：${quote}，需人工评分。` });
});

describe('a name the rule defines before the score', () => {
  const RULE = '资金到位率=实际到位资金/计划投入资金×100%，得分=资金到位率×分值';
  test('is computed by its definition from 基础数据', () => {
    const r = scoreOne(RULE, null, 5, { basic: [['实际到位资金', 90], ['计划投入资金', 100]] });
    expect(briefly(r)).toEqual({ family: 'formula', status: 'deducted', score: 4.5, explanation: '扣0.5分：(90/100×100%)×5=4.5' });
  });
  test('the row’s own rate still wins', () => {
    expect(briefly(scoreOne(RULE, '95%', 5))).toMatchObject({ score: 4.75, explanation: '扣0.25分：实际完成率95%，5×95%=4.75' });
  });
  test('a label of 基础数据 with the defined name is the figure itself', () => {
    expect(briefly(scoreOne(RULE, null, 5, { basic: [['资金到位率', '88%']] }))).toMatchObject({ score: 4.4 });
  });
  test('without its figures, the error names what the definition needs', () => {
    expect(briefly(scoreOne(RULE, null, 5)).explanation).toBe('缺少输入：基础数据中没有“实际到位资金”、“计划投入资金”，请在基础数据表补充，或在G2填写实际完成值。');
  });
});

describe('what stands before the score in its clause', () => {
  test.each([
    ['质量不达标的酌情扣分，得分=分值×实际完成任务量/绩效目标设定任务量×100%', '质量不达标的酌情扣分'],
    ['未按时报送的扣1分,得分=分值×实际完成任务量/绩效目标设定任务量×100%', '未按时报送的扣1分'],
  ])('%p is not scored: the condition before it is quoted', (rule, quoted) => {
    const r = briefly(scoreOne(rule, '90%', 5));
    expect(r).toMatchObject({ status: 'manual', score: null });
    expect(r.explanation).toContain(quoted);
  });
  test('a lead-in that only says the score follows is read', () => {
    expect(briefly(scoreOne('按实现程度赋分，即得分=分值×实际完成任务量/绩效目标设定任务量×100%', '90%', 5))).toMatchObject({ family: 'formula', score: 4.5 });
  });
});

describe('a rate that is one count over another, typed as the two counts', () => {
  const RULE = '得分=达到预期值的数量指标个数/全部数量指标个数×分值';
  test.each([
    ['3/4', 3.75, '扣1.25分：3/4×5=3.75'],
    ['3 ／ 4', 3.75, '扣1.25分：3/4×5=3.75'],
    ['4/4', 5, '满分：4/4×5=5'],
  ])('%p', (actual, score, explanation) => {
    expect(briefly(scoreOne(RULE, actual, 5))).toMatchObject({ family: 'formula', score, explanation });
  });
  test('a zero count of all is an error, not a score', () => {
    expect(briefly(scoreOne(RULE, '3/0', 5))).toMatchObject({ status: 'error', score: null });
  });
});

describe('a rate times the points, with nothing before it (`执行率*该指标分值`)', () => {
  const RULE = '执行率*该指标分值,最高不得超过分值上限。';
  test.each([
    ['80%', 'deducted', 8, '扣2分：实际完成率80%，10×80%=8'],
    ['120%', 'full', 10, '满分：实际完成率120%，10×120%=12，超过分值按满分计'],
  ])('%p', (actual, status, score, explanation) => {
    expect(briefly(scoreOne(RULE, actual, 10, { name: '年度资金总额' }))).toEqual({ family: 'formula', status, score, explanation });
  });
  test('a deduction after it in its clause is not read: manual', () => {
    expect(briefly(scoreOne('执行率*该指标分值，最高不得超过分值上限，未按时报送的扣1分', '80%', 10, { name: '年度资金总额' }))).toMatchObject({ status: 'manual', score: null });
  });
  test.each([['执行率'], ['该指标分值'], ['执行率+该指标分值']])('%p alone is no formula', (rule) => {
    expect(briefly(scoreOne(rule, '80%', 10, { name: '年度资金总额' })).family).not.toBe('formula');
  });
});

describe('one way of scoring, written once', () => {
  test.each([
    ['执行率×该指标分值；完成率×该指标分值', '“完成率×该指标分值”'],
    ['得分=完成率×分值；完成率×该指标分值', '“完成率×该指标分值”'],
    ['得分=完成率×分值；得分=完成率×分值×0.5', '“得分=完成率×分值×0.5”'],
  ])('a second arithmetic after %p is a judgement, named: manual', (rule, named) => {
    const r = briefly(scoreOne(rule, '90%', 10));
    expect(r).toMatchObject({ family: 'formula', status: 'manual', score: null });
    expect(r.explanation).toContain(named);
  });

  test.each(['得分=完成率×满分', '完成率×满分'])('%p: the points named 满分 are the points', (rule) => {
    expect(briefly(scoreOne(rule, '90%', 10))).toEqual({ family: 'formula', status: 'deducted', score: 9, explanation: '扣1分：实际完成率90%，10×90%=9' });
  });
});

describe('counts typed for a rate of counts, however the rate is written', () => {
  test.each([
    ['得分=(达到预期值的数量指标个数/全部数量指标个数)×分值', '扣2.5分：(3/4)×10=7.5'],
    ['得分=达到预期值的数量指标个数/全部数量指标个数×100%×分值', '扣2.5分：3/4×100%×10=7.5'],
  ])('%p', (rule, explanation) => {
    expect(briefly(scoreOne(rule, '3/4', 10))).toEqual({ family: 'formula', status: 'deducted', score: 7.5, explanation });
  });

  test('a zero count of all is said as the division it stops', () => {
    expect(briefly(scoreOne('得分=达到预期值的数量指标个数/全部数量指标个数×分值', '3/0', 10)).explanation).toBe(
      '除数为0：达到预期值的数量指标个数/全部数量指标个数×分值中的全部数量指标个数为0，无法计算，请核对该数。',
    );
  });

  test('two counts against a rate over a figure are no counts', () => {
    expect(briefly(scoreOne('得分=完成数/10×分值', '3/4', 10))).toMatchObject({ status: 'error', explanation: 'G2应填写实际完成值，现为“3/4”，请改为数字。' });
  });
});

test('a typed rate is scored though 基础数据 cannot compute it (a divisor of 0), with no warning', () => {
  const r = read('得分=实际到位资金/计划投入资金×分值', '90%', [['实际到位资金', 90], ['计划投入资金', 0]]);
  expect(r).toEqual({ family: 'formula', status: 'deducted', score: 9, explanation: '扣1分：实际完成率90%，10×90%=9', issues: [] });
});
