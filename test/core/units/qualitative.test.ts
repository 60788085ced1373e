// Family «qualitative» (src/core/rules/qualitative.ts): a typed score kept and checked, a verdict that
// gives full points, an actual that repeats its target, and a person's judgement asked for otherwise.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const RULE = '定性评价，根据完成情况酌情打分';
const read = (actual: CellValue, more: Parameters<typeof scoreOne>[3] = {}) => {
  const r = scoreOne(RULE, actual, 5, more);
  return briefly(r);
};

test.each([
  ['达 到 预期目标', '满分：定性评价，实际完成情况为“达到预期目标”'],
  ['良 好', '满分：定性评价，实际完成情况为“良好”'],
])('the verdict %p gives full points, read without its spaces', (actual, explanation) => {
  expect(read(actual)).toEqual({ family: 'qualitative', status: 'full', score: 5, explanation });
});

test('an actual that repeats its target word for word reached it', () => {
  expect(read('显著提升', { target: '显著 提升' })).toEqual({ family: 'qualitative', status: 'full', score: 5, explanation: '满分：定性评价，实际完成情况“显著提升”与目标一致' });
  expect(read('有所提升', { target: '显著提升' })).toEqual({ family: 'qualitative', status: 'manual', score: null, explanation: '实际完成情况为“有所提升”，需人工评分。' });
});

test('a typed score is kept and said to be unchecked; full marks beside a verdict short of it are a contradiction', () => {
  expect(read('部分达成目标', { score: 3 })).toEqual({ family: 'qualitative', status: 'deducted', score: 3, explanation: '保留填写得分3分（定性评价，未核算）' });
  expect(read('部分达成目标', { score: 5 })).toEqual({
    family: 'qualitative',
    status: 'manual',
    score: null,
    explanation: '实际完成情况为“部分达成目标”，而H2填写的是满分5分，二者矛盾：请核对后人工评分。',
  });
  expect(read('良好', { score: 5 })).toMatchObject({ status: 'full', score: 5 });
});

test.each([
  [-1, 0, 'deducted', '得分不能低于0分，填写-1分，按0分计', 'typed-score-impossible', '填写得分不是评分标准能给出的得分（得分不能低于0分，填写-1分，按0分计），请核对。'],
  [6, 5, 'full', '按评分标准最多得5分，填写6分，按5分计', 'score-above-points', 'H2原填得分6超过分值5。'],
])('a typed score of %p is outside 0…points: kept within them, and warned', (score, counted, status, why, code, message) => {
  const r = scoreOne(RULE, '良好', 5, { score });
  expect(briefly(r)).toEqual({ family: 'qualitative', status, score: counted, explanation: `保留填写得分${counted}分（定性评价，未核算；${why}）` });
  expect('kept' in r && r.kept).toEqual({ because: 'judgement', possible: false });
  expect(r.result.issues.filter((i) => i.cell === 'H2').map((i) => [i.code, i.message])).toEqual([[code, message]]);
});

test('without a verdict or a score, a person is asked for one, at the actual’s cell', () => {
  expect(read(null)).toEqual({ family: 'qualitative', status: 'manual', score: null, explanation: '定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。' });
  expect(read(95, { target: '显著提升' })).toMatchObject({ status: 'manual', explanation: '定性指标：请在G2填写评价结论（达成/部分达成/未达成）或直接填写得分。' });
  expect(read('部分达成目标')).toMatchObject({ status: 'manual', explanation: '实际完成情况为“部分达成目标”，需人工评分。' });
});

test.each([
  ['显著提升', '显著提升。'],
  ['显著提升。', '显著提升'],
  ['显著提升', ' 显著提升；\n'],
])('an actual %p that repeats the target %p word for word reached it', (actual, target) => {
  expect(read(actual, { target })).toMatchObject({ status: 'full', score: 5, explanation: `满分：定性评价，实际完成情况“${actual}”与目标一致` });
});

test('an actual with other words than the target does not reach it', () => {
  expect(read('有所提升', { target: '显著提升' })).toMatchObject({ status: 'manual', score: null });
});

test('the target word for word: closing stops do not count, a stop within the words does', () => {
  const rule = '定性评价，根据完成情况评分';
  expect(briefly(scoreOne(rule, '显著提升。。', 10, { target: '显著提升' }))).toMatchObject({ status: 'full', score: 10 });
  expect(briefly(scoreOne(rule, '显著提升，效果好', 10, { target: '显著提升效果好' }))).toMatchObject({ status: 'manual', score: null });
});
