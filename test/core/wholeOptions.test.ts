// Never invent a choice (issue 22): a rule read as cases in words asks the accountant to name one, so each
// case must be a whole condition as the rule writes it — never a list item, a figure, a clause cut short,
// a breakdown of another case or a lone connective. Every rule text the tests hold goes through the
// categorical and yes/no families and through the scorer; every option offered must be whole.
import { categorical } from '../../src/core/rules/categorical';
import { ruleText } from '../../src/core/rules/ruleText';
import { yesNo } from '../../src/core/rules/yesNo';
import { fragment } from '../support/options';
import { allRuleTexts } from '../support/ruleTexts';
import { briefly, scoreOne } from '../support/table';

/** The two shapes issue 22 saw offered as choices: a numbered checklist, and `…至0分为止`. */
const ISSUE_SHAPES = [
  '1、设置年度绩效目标2分，其中单位整体绩效目标1分，项目绩效目标1分；2、绩效目标明确1分；3、绩效指标细化量化1分；4、未设置绩效目标不得分',
  '按时完成的得满分，未按时完成的扣2分，至0分为止',
];

const TEXTS = [...new Set([...ISSUE_SHAPES, ...allRuleTexts()])];
const optionsIn = (message: string): string[] => {
  const list = /(?:请填写其中之一：|所属情形（)(.*?)(?:）|。$)/.exec(message);
  return list ? [...list[1].matchAll(/“([^”]*)”/g)].map((m) => m[1]) : [];
};

test('the texts include the shapes the issue saw, and every corpus and phrasing text', () => {
  expect(TEXTS.length).toBeGreaterThan(300);
  for (const shape of ISSUE_SHAPES) expect(TEXTS).toContain(shape);
});

test.each([
  [ISSUE_SHAPES[0], '是,是,否,是', { family: 'checklist', status: 'deducted', score: 3, explanation: '扣2分：1、(1)是（1分）；1、(2)是（1分）；2、否（0分）；3、是（1分）' }],
  [ISSUE_SHAPES[1], '未按时完成', { family: 'yes-no', status: 'deducted', score: 3, explanation: '扣2分：按“按时完成/未按时完成”评分：未按时完成，扣2分' }],
])('%s is read as what it is, not as cases to choose from', (rule, actual, seen) => {
  expect(briefly(scoreOne(rule, actual, 5))).toEqual(seen);
});

test('every case the categorical and yes/no families read is a whole condition of its rule', () => {
  const bad: string[] = [];
  for (const rule of TEXTS) {
    const text = ruleText(rule);
    const cat = categorical.recognise(text, [])?.rule ?? [];
    const yn = yesNo.recognise(text, [])?.rule;
    for (const c of [...cat, ...(yn ? [yn.yes, yn.no] : [])]) {
      const why = fragment(c.shown, rule);
      if (why) bad.push(`${rule}\n  “${c.shown}”: ${why}`);
    }
  }
  expect(bad).toEqual([]);
});

test('an error asking for a case lists the cases whole, each as the rule writes it', () => {
  const bad: string[] = [];
  let asked = 0;
  // Only texts read as cases at all can ask the accountant to name one.
  const readAsCases = TEXTS.filter((rule) => categorical.recognise(ruleText(rule), []) !== null || yesNo.recognise(ruleText(rule), []) !== null);
  for (const rule of readAsCases) {
    for (const actual of [null, '不清楚']) {
      const r = scoreOne(rule, actual, 10);
      if (r.status !== 'error') continue;
      const options = optionsIn(r.explanation);
      asked += options.length > 0 ? 1 : 0;
      for (const o of options) {
        const why = fragment(o, rule);
        if (why) bad.push(`${rule} (${JSON.stringify(actual)})\n  “${o}”: ${why}`);
      }
    }
  }
  expect(bad).toEqual([]);
  expect(asked).toBeGreaterThan(5);
});
