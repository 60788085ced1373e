// What a rule needs from its row (src/core/rules/context.ts): the actual, the target, 基础数据 inputs, a
// typed score — and, when one is missing or bad, the error on the row: the cell named, the kind of
// problem, and what to fix.
import type { CellValue } from '../../../src/core';
import { n, scoreOne } from '../../support/table';

const seen = (rule: string, actual: CellValue, more: Parameters<typeof scoreOne>[3] = {}) => {
  const r = scoreOne(rule, actual, 5, more);
  const issues = r.result.issues.filter((i) => i.code !== 'total-not-100').map((i) => ({ cell: i.cell, code: i.code, message: i.message }));
  return { family: r.family, status: r.status, score: n(r.score), explanation: r.explanation, issues };
};

/** An error on the row: its explanation is the issue's message, on the cell to fix. */
const error = (family: string, cell: string, code: string, message: string) => ({
  family,
  status: 'error',
  score: null,
  explanation: message,
  issues: [{ cell, code, message }],
});

const CHECKLIST = '（1）制度健全得2分；（2）执行有效得2分；（3）档案完整得1分';
const KINDS = '未申报扣0.5分；不规范扣0.5分；不匹配扣1分';

describe('the row’s own 实际完成值', () => {
  test('missing: an input to fill in', () => {
    expect(seen('100个以上得5分；80-100个得3分；80个以下不得分', null)).toEqual(
      error('range-tiers', 'G2', 'missing-input', '缺少输入：请在G2填写实际完成值。'),
    );
  });

  test('text where a figure is needed', () => {
    expect(seen('100个以上得5分；80-100个得3分；80个以下不得分', '很多')).toEqual(
      error('range-tiers', 'G2', 'not-a-number', 'G2应填写实际完成值，现为“很多”，请改为数字。'),
    );
  });
});

describe('answers to a checklist', () => {
  test.each([
    ['是,否', 'too-few-answers', 'G2只填写了2个回答，评分标准有3项，请逐项填写“是”或“否”。'],
    ['1、5', 'unknown-answer', 'G2填写了第5项，但评分标准只有3项，请核对。'],
  ])('%p: %s', (actual, code, message) => {
    expect(seen(CHECKLIST, actual)).toEqual(error('checklist', 'G2', code, message));
  });
});

describe('counts, one per kind of deduction', () => {
  test.each([
    ['1,0,2,3', 'too-many-answers', 'G2填写了4个个数，但评分标准只有3种扣分情形，请按顺序分别填写各情形的个数。'],
    ['错报1处', 'unknown-answer', 'G2填写的“错报”不是评分标准所列的情形，请填写其中之一：“未申报”、“不规范”、“不匹配”。'],
  ])('%p: %s', (actual, code, message) => {
    expect(seen(KINDS, actual)).toEqual(error('composite', 'G2', code, message));
  });
});

describe('what the row’s score cell and target are asked for', () => {
  test('a rule counted from the target, on a row without one: the error is on the score cell', () => {
    expect(seen('达到目标值得5分；未达到目标值的得2分', '95%')).toEqual(
      error('rate-tiers', 'H2', 'missing-input', '缺少输入：评分标准按年度指标值计算，但H2所在行没有指标值，请填写。'),
    );
  });

  test('a typed score beyond the points: counted as the points, and warned on the score cell', () => {
    expect(seen('定性评价', '达成', { score: 7 })).toEqual({
      family: 'qualitative',
      status: 'full',
      score: 5,
      explanation: '保留填写得分5分（定性评价，未核算；按评分标准最多得5分，填写7分，按5分计）',
      issues: [{ cell: 'H2', code: 'score-above-points', message: 'H2原填得分7超过分值5。' }],
    });
  });
});
