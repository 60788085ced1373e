// Family «checklist» (src/core/rules/checklist.ts): criteria that add up, numbered 1、 (1) ① or written
// with their points in brackets; the 实际完成值 names the criteria met, answers each with 是/否, or counts
// them when every criterion is worth the same.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const WEIGHTED = '1、资料齐全得1分；2、按时报送得1分；3、数据准确得2分';
const EQUAL = '①资料齐全得1分；②按时报送得1分；③数据准确得1分';
const read = (rule: string, actual: CellValue, points: number) => {
  const r = scoreOne(rule, actual, points);
  return briefly(r);
};

describe('the criteria met, named by their numbers', () => {
  const ONE_AND_THREE = { family: 'checklist', status: 'deducted', score: 3, explanation: '扣1分：1、是（1分）；2、否（0分）；3、是（2分）' };
  test.each(['1、3', '1,3', '1/3', '(1)(3)', '第1项第3项', '①③', ' 1 、 3 '])('%p', (actual) => {
    expect(read(WEIGHTED, actual, 4)).toEqual(ONE_AND_THREE);
  });

  test.each([
    ['(3)', 2, '扣2分：1、否（0分）；2、否（0分）；3、是（2分）'],
    ['第2项', 1, '扣3分：1、否（0分）；2、是（1分）；3、否（0分）'],
  ])('one criterion alone: %p', (actual, score, explanation) => {
    expect(read(WEIGHTED, actual, 4)).toMatchObject({ score, explanation });
  });

  test('a number the rule does not have is an error naming it', () => {
    expect(read(WEIGHTED, '4、1', 4)).toEqual({ family: 'checklist', status: 'error', score: null, explanation: 'G2填写了第4项，但评分标准只有3项，请核对。' });
  });
});

describe('是 or 否 for each criterion, in order', () => {
  test('each answer to its criterion', () => {
    expect(read(WEIGHTED, '是,否,是', 4)).toMatchObject({ status: 'deducted', score: 3, explanation: '扣1分：1、是（1分）；2、否（0分）；3、是（2分）' });
    expect(read(EQUAL, '是、是、否', 3)).toMatchObject({ score: 2, explanation: '扣1分：①是（1分）；②是（1分）；③否（0分）' });
  });

  test.each([
    ['是，否', 'G2只填写了2个回答，评分标准有3项，请逐项填写“是”或“否”。'],
    ['是,否,是,是', 'G2填写了4个回答，但评分标准只有3项，请逐项填写“是”或“否”。'],
  ])('%p: too few or too many answers', (actual, explanation) => {
    expect(read(WEIGHTED, actual, 4)).toEqual({ family: 'checklist', status: 'error', score: null, explanation });
  });
});

describe('a count of criteria met', () => {
  test('counts the first criteria when all are worth the same', () => {
    expect(read(EQUAL, 2, 3)).toMatchObject({ status: 'deducted', score: 2, explanation: '扣1分：①是（1分）；②是（1分）；③否（0分）' });
    expect(read(EQUAL, 3, 3)).toMatchObject({ status: 'full', score: 3 });
  });

  test('none met, or all, is clear whatever the points; a count in between needs each criterion answered', () => {
    expect(read(WEIGHTED, 0, 4)).toMatchObject({ status: 'deducted', score: 0 });
    expect(read(WEIGHTED, 3, 4)).toMatchObject({ status: 'full', score: 4 });
    expect(read(WEIGHTED, 2, 4)).toMatchObject({ status: 'error', explanation: 'G2只填写了1个回答，评分标准有3项，请逐项填写“是”或“否”。' });
  });

  test('more criteria than the rule has is an error', () => {
    expect(read(EQUAL, 4, 3)).toMatchObject({ status: 'error', explanation: 'G2填写了4个回答，但评分标准只有3项，请逐项填写“是”或“否”。' });
  });
});

describe('criteria written with their points in brackets', () => {
  test.each([
    ['(1)资料齐全(1分);(2)按时报送(1分);(3)数据准确(2.5分)', '(1)(3)', 4.5, 3.5, '扣1分：(1)是（1分）；(2)否（0分）；(3)是（2.5分）'],
    ['基础数据信息是否真实(1分)，填报是否完整(1分)', '是,否', 2, 1, '扣1分：①是（1分）；②否（0分）'],
    ['基础数据信息是否真实(10分)，填报是否完整(10分)', '是,是', 20, 20, '满分：①是（10分）；②是（10分）'],
  ])('%p answered %p', (rule, actual, points, score, explanation) => {
    expect(read(rule, actual, points)).toMatchObject({ family: 'checklist', score, explanation });
  });
});
