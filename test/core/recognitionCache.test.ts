// Rule texts are recognised once and remembered across workbooks (a reviewer's folder repeats one
// template). What a formula names depends on the workbook's 基础数据 labels, so a workbook must
// never be scored with a reading made for another workbook's labels.
import { n, scoreOne } from '../support/table';

const RULE = '指标得分=财政拨款(含结转)执行数/财政拨款(含结转)预算数*指标分值';
const BASIC: [string, number][] = [
  ['财政拨款（含结转）执行数', 90],
  ['财政拨款（含结转）预算数', 100],
];

test('the same rule text reads by each workbook’s own 基础数据 labels, in any order', () => {
  // Without the labels, the brackets split the names and the text is not a formula anyone can score.
  const alone = scoreOne(RULE, null, 5);
  expect(alone.status).toBe('manual');
  const withLabels = scoreOne(RULE, null, 5, { basic: BASIC });
  expect(withLabels.status).toBe('deducted');
  expect(n(withLabels.score)).toBe(4.5);
  expect(withLabels.explanation).toContain('90/100×5=4.5');
  expect(scoreOne(RULE, null, 5).status).toBe('manual');
});

test('scoring the same workbook again gives the same rows', () => {
  const first = scoreOne(RULE, null, 5, { basic: BASIC });
  const again = scoreOne(RULE, null, 5, { basic: BASIC });
  expect({ ...again, result: undefined }).toEqual({ ...first, result: undefined });
  expect(again.result.issues).toEqual(first.result.issues);
});
