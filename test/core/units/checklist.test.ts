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

describe('how the criteria are found in the rule', () => {
  test('一、二、 numbers the criteria as the rule writes them', () => {
    expect(read('一、资料齐全得1分；二、按时报送得1分', '是,否', 2)).toEqual({ family: 'checklist', status: 'deducted', score: 1, explanation: '扣1分：一、是（1分）；二、否（0分）' });
  });

  test('sub-items ①② inside a numbered criterion are part of it, not criteria of their own', () => {
    expect(read('1、制度健全得1分；2、执行有效(①按时②足额)得1分', '1、2', 2)).toEqual({ family: 'checklist', status: 'full', score: 2, explanation: '满分：1、是（1分）；2、是（1分）' });
  });

  test('criteria separated by commas only, each with its own points', () => {
    expect(read('①资料齐全得1分，②按时报送得1分，③数据准确得2分', '①③', 4)).toEqual({ family: 'checklist', status: 'deducted', score: 3, explanation: '扣1分：①是（1分）；②否（0分）；③是（2分）' });
  });

  test('a lone 1. before unnumbered criteria does not make a one-item list', () => {
    expect(read('1.制度健全得3分;执行有效得1分', '是,是', 4)).toEqual({ family: 'checklist', status: 'full', score: 4, explanation: '满分：①是（3分）；②是（1分）' });
  });

  test.each([
    ['(1)资料齐全(10分);(2)按时报送(10分)', 20, 10, '扣10分：(1)是（10分）；(2)否（0分）'],
    ['(1)资料齐全(0.25分);(2)按时报送(0.75分)', 1, 0.25, '扣0.75分：(1)是（0.25分）；(2)否（0分）'],
  ])('points in brackets of two digits or two decimals: %p', (rule, points, score, explanation) => {
    expect(read(rule, '(1)', points)).toEqual({ family: 'checklist', status: 'deducted', score, explanation });
  });

  test('a figure just before the comma is the condition, not part of the points', () => {
    expect(read('①参训人数不少于30,1分；②按时报送,1分', '①', 2)).toEqual({ family: 'checklist', status: 'deducted', score: 1, explanation: '扣1分：①是（1分）；②否（0分）' });
  });

  test('扣完为止 after a criterion, even after a stray space, only restates the list', () => {
    expect(read('①资料齐全1分 ,扣完为止；②按时报送1分', '①', 2)).toEqual({ family: 'checklist', status: 'deducted', score: 1, explanation: '扣1分：①是（1分）；②否（0分）' });
  });

  test('a closing 未达到要求的，不得分 after a numbered list says what a criterion missed gives', () => {
    expect(read('①资料齐全得1分；②按时报送得1分；未达到要求的，不得分', '①', 2)).toEqual({ family: 'checklist', status: 'deducted', score: 1, explanation: '扣1分：①是（1分）；②否（0分）' });
  });

  test.each([
    '制度健全得3分；执行有效得1分；资料以年报为准',
    '制度健全得3分；执行有效得1分；未达到的不得分',
    '制度健全得3分；执行有效得1分；未达到要求的，不得分',
    '资料齐全,准确得3分,否则不得分；按时报送得1分,否则不得分',
    '资料齐全,准确得3分, 否则不得分；按时报送得1分, 否则不得分',
  ])('unnumbered criteria beside a note or what missing them gives: %p', (rule) => {
    expect(read(rule, '是,否', 4)).toEqual({ family: 'checklist', status: 'deducted', score: 3, explanation: '扣1分：①是（3分）；②否（0分）' });
  });

  test('an unnumbered criterion worded as a denial (未发生…) is still a criterion', () => {
    expect(read('未发生安全责任事故得2分;资料按时报送得1分', '是,否', 3)).toEqual({ family: 'checklist', status: 'deducted', score: 2, explanation: '扣1分：①是（2分）；②否（0分）' });
  });
});

describe('what the criteria leave unsaid is scored by hand, and quoted', () => {
  test.each([
    ['①资料齐全得1分；②按时报送得1分；发现问题酌情扣分', '发现问题酌情扣分'],
    ['评分标准:如发现问题酌情扣分;①资料齐全得1分；②按时报送得1分', '评分标准:如发现问题酌情扣分'],
    ['①资料齐全得1分\n发现问题酌情扣分;②按时报送得1分', '发现问题酌情扣分'],
    // A line break after a comma only wraps the cell: the criterion goes on, and is quoted whole.
    ['①资料齐全得1分,\n发现问题酌情扣分;②按时报送得1分', '①资料齐全得1分,发现问题酌情扣分'],
    ['①资料齐全、准确;\n②按时报送得1分', '①资料齐全、准确'],
    ['①资料齐全,按时报送得1分,不全的酌情扣分;②数据准确得1分', '①资料齐全,按时报送得1分,不全的酌情扣分'],
  ])('%p', (rule, unread) => {
    expect(read(rule, '①', 2)).toEqual({ family: 'checklist', status: 'manual', score: null, explanation: `F2的评分标准有未能识别的部分：“${unread}”，需人工评分。` });
  });

  test('criteria in brackets beside a judgement call are not a checklist', () => {
    expect(read('资料齐全(1分),按时报送(1分),发现问题酌情扣分', '是,否', 2)).toEqual({
      family: null,
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“资料齐全(1分),按时报送(1分),发现问题酌情扣分”，需人工评分。',
    });
  });
});

describe('answers naming criteria beyond the ninth, or written loosely', () => {
  const TEN = '①资料1得1分；②资料2得1分；③资料3得1分；④资料4得1分；⑤资料5得1分；⑥资料6得1分；⑦资料7得1分；⑧资料8得1分；⑨资料9得1分；⑩资料10得1分';
  const NOT_MET = '①否（0分）；②否（0分）；③否（0分）；④否（0分）；⑤否（0分）；⑥否（0分）；⑦否（0分）；⑧否（0分）；⑨否（0分）';
  test.each(['(10)', '第10项', '10、'])('%p is the tenth criterion alone', (actual) => {
    expect(read(TEN, actual, 10)).toEqual({ family: 'checklist', status: 'deducted', score: 1, explanation: `扣9分：${NOT_MET}；⑩是（1分）` });
  });

  test.each(['1、10', '第1项第10项'])('%p is the first and the tenth', (actual) => {
    expect(read(TEN, actual, 10)).toMatchObject({ score: 2, explanation: `扣8分：①是（1分）；${NOT_MET.slice(NOT_MET.indexOf('②'))}；⑩是（1分）` });
  });

  test.each([
    ['3、', 1, '扣2分：①否（0分）；②否（0分）；③是（1分）'],
    ['1、3、', 2, '扣1分：①是（1分）；②否（0分）；③是（1分）'],
  ])('%p: a trailing 、 still names criteria', (actual, score, explanation) => {
    expect(read(EQUAL, actual, 3)).toEqual({ family: 'checklist', status: 'deducted', score, explanation });
  });

  test.each(['1、3未完成', '仅1、3', '是,否,待定', '资料齐全', '1 3'])('%p is neither the criteria met, nor 是/否 for each, nor a count', (actual) => {
    expect(read(EQUAL, actual, 3)).toEqual({ family: 'checklist', status: 'error', score: null, explanation: `G2应填写实际完成值，现为“${actual}”，请改为数字。` });
  });
});

describe('the restatement of what a criterion costs, in a clause of its own', () => {
  // After `；` the restatement went unread, and the per-item family took the row: `①` was an error.
  const rule = '①资料齐全得1分；②按时报送得1分；每少一项扣1分，扣完为止';
  test.each([
    ['①', { family: 'checklist', status: 'deducted', score: 1, explanation: '扣1分：①是（1分）；②否（0分）' }],
    ['是,否', { family: 'checklist', status: 'deducted', score: 1, explanation: '扣1分：①是（1分）；②否（0分）' }],
    ['①②', { family: 'checklist', status: 'full', score: 2, explanation: '满分：①是（1分）；②是（1分）' }],
  ])('%p', (actual, expected) => {
    expect(briefly(scoreOne(rule, actual, 2))).toEqual(expected);
  });

  test('a restatement that costs another amount than the criteria are worth is not the checklist’s', () => {
    expect(briefly(scoreOne('①资料齐全得1分；②按时报送得1分；每少一项扣0.5分', '①', 2)).family).not.toBe('checklist');
  });
});

describe('a criterion whose worth is split into parts (`2分，其中…1分，…1分`)', () => {
  const SPLIT = '1、设置年度绩效目标2分，其中单位整体绩效目标1分，项目绩效目标1分；2、绩效目标明确1分；3、绩效指标细化量化1分；4、未设置绩效目标不得分';
  const BRACKETED_SPLIT = '1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,得2分) 2、绩效目标设置依据充分(1分) 3、绩效目标合理,符合实际,可操作(1分) 4、未设置绩效目标,该栏不得分';
  test.each([
    [SPLIT, '是,否,是,是', 3, '扣2分：1、(1)是（1分）；1、(2)否（0分）；2、是（1分）；3、是（1分）'],
    [SPLIT, '1、3', 3, '扣2分：1、(1)是（1分）；1、(2)是（1分）；2、否（0分）；3、是（1分）'],
    [SPLIT, 4, 4, '扣1分：1、(1)是（1分）；1、(2)是（1分）；2、是（1分）；3、是（1分）'],
    [BRACKETED_SPLIT, '是,是,是,否', 3, '扣2分：1、(1)是（1分）；1、(2)是（1分）；2、是（1分）；3、否（0分）'],
    // The proviso in other words the vocabulary has (如, 记).
    [BRACKETED_SPLIT.replace('若单位无项目,得2分', '如单位无项目,记2分'), '是,是,是,否', 3, '扣2分：1、(1)是（1分）；1、(2)是（1分）；2、是（1分）；3、否（0分）'],
  ])('%s answered %p: each part is a criterion; the last item says what none gives', (rule, actual, score, explanation) => {
    expect(read(rule, actual, 5)).toEqual({ family: 'checklist', status: 'deducted', score, explanation });
  });

  test('a number names the item, all its parts', () => {
    expect(read(SPLIT, '1、5', 5)).toEqual({ family: 'checklist', status: 'error', score: null, explanation: 'G2填写了第5项，但评分标准只有3项，请核对。' });
  });

  test.each([
    ['1、设置年度绩效目标2分，其中单位整体绩效目标1分，项目绩效目标2分；2、绩效目标明确1分', 'parts that do not add up to the worth'],
    ['1、设置年度绩效目标2分，其中单位整体绩效目标1分，项目绩效目标1分，若单位无项目得1分；2、绩效目标明确1分', 'an aside that gives less than the worth'],
    ['1、设置年度绩效目标2分，其中单位整体绩效目标1分，项目绩效目标1分，单位无项目的情况另行说明；2、绩效目标明确1分', 'an aside that is not a proviso'],
    ['1、设置年度绩效目标2分，其中单位整体绩效目标2分；2、绩效目标明确1分', 'a single part'],
  ])('%s is not read: %s', (rule) => {
    expect(read(rule, '是,是,是', 5)).toMatchObject({ status: 'manual', score: null });
  });
});

describe('a list after a lead-in, and the list said again in words', () => {
  const LETTERED = '按实现程度计分：A、制度健全1分；B、执行有效1分；C、公开透明1分；D、档案完整1分；E、无违规违纪1分，每完成1项取得该项分数';
  test.each([
    ['A、C、D', 3, '扣2分：A、是（1分）；B、否（0分）；C、是（1分）；D、是（1分）；E、否（0分）'],
    ['acd', 3, '扣2分：A、是（1分）；B、否（0分）；C、是（1分）；D、是（1分）；E、否（0分）'],
    ['是,否,是,是,否', 3, '扣2分：A、是（1分）；B、否（0分）；C、是（1分）；D、是（1分）；E、否（0分）'],
    [5, 5, '满分：A、是（1分）；B、是（1分）；C、是（1分）；D、是（1分）；E、是（1分）'],
  ])('lettered criteria answered %p', (actual, score, explanation) => {
    expect(read(LETTERED, actual, 5)).toEqual({ family: 'checklist', status: score === 5 ? 'full' : 'deducted', score, explanation });
  });

  test('a letter the list does not have is an error naming it', () => {
    expect(read(LETTERED, 'A、F', 5)).toMatchObject({ status: 'error', explanation: 'G2填写了第6项，但评分标准只有5项，请核对。' });
  });

  test.each([
    ['评分标准：①资料齐全得1分；②按时报送得1分', 'full'],
    ['评分标准:如发现问题酌情扣分,①资料齐全得1分；②按时报送得1分', 'manual'],
  ])('what stands before the first criterion in its clause is read: %p', (rule, status) => {
    expect(read(rule, '是,是', 2).status).toBe(status);
  });

  test.each([
    ['资金管理规范，包括制度健全、执行有效、核算规范、档案完整，每项1分', '是,否,是,是', 3, '扣3分：①是（1分）；②否（0分）；③是（1分）；④是（1分）'],
    ['考核内容：制度健全、执行有效、核算规范，每项得2分', 2, 4, '扣2分：①是（2分）；②是（2分）；③否（0分）'],
  ])('items a lead-in names, each worth the same: %p', (rule, actual, score, explanation) => {
    expect(read(rule, actual, 6)).toEqual({ family: 'checklist', status: 'deducted', score, explanation });
  });

  test.each([
    ['制度健全得1分、执行有效得2分；核算规范得1分', '是,否,是', 2, '扣2分：①是（1分）；②否（0分）；③是（1分）'],
    ['制度健全1分、执行有效2分；核算规范1分。没有不得分', '否,是,是', 3, '扣1分：①否（0分）；②是（2分）；③是（1分）'],
  ])('criteria split by 、 as well as ；: %p', (rule, actual, score, explanation) => {
    expect(read(rule, actual, 4)).toEqual({ family: 'checklist', status: 'deducted', score, explanation });
  });

  test('criteria worth bare points with nothing that says how to score are no rule', () => {
    expect(read('制度健全1分、执行有效2分；核算规范1分', '是,否,是', 4).family).not.toBe('checklist');
  });
});

describe('where a criterion’s words and points stand', () => {
  test('a split with its parts spaced apart still adds up', () => {
    expect(read('1、设置年度绩效目标2分，其中单位整体绩效目标1分 ，项目绩效目标1分；2、目标细化1分', '1、2', 3)).toEqual({
      family: 'checklist',
      status: 'full',
      score: 3,
      explanation: '满分：1、(1)是（1分）；1、(2)是（1分）；2、是（1分）',
    });
  });

  test('a split into one part is no split: manual, the criterion quoted whole', () => {
    expect(read('1、设置年度绩效目标2分，其中单位整体绩效目标2分；2、目标细化1分', '1、2', 3)).toEqual({
      family: 'checklist',
      status: 'manual',
      score: null,
      explanation: 'F2的评分标准有未能识别的部分：“1、设置年度绩效目标2分,其中单位整体绩效目标2分”，需人工评分。',
    });
  });

  test('a criterion whose points come in its second clause', () => {
    expect(read('1、制度健全；执行有效，得2分；2、资料齐全，得1分', '1、2', 3)).toEqual({ family: 'checklist', status: 'full', score: 3, explanation: '满分：1、是（2分）；2、是（1分）' });
  });

  test('a lead-in that says how to score otherwise is quoted, without its trailing colon', () => {
    expect(read('酌情扣分， 如下： 1、制度健全得1分；2、执行有效得1分', '1', 2).explanation).toBe('F2的评分标准有未能识别的部分：“酌情扣分, 如下”，需人工评分。');
  });
});

describe('lettered criteria answered by letter', () => {
  const LETTERED = 'A、制度健全得1分；B、执行有效得1分';
  test('the letters alone', () => {
    expect(read(LETTERED, 'A、B', 2)).toEqual({ family: 'checklist', status: 'full', score: 2, explanation: '满分：A、是（1分）；B、是（1分）' });
  });
  test.each(['A、B及其他', '其他A、B'])('%p is more than letters: an error, not a guess', (actual) => {
    expect(read(LETTERED, actual, 2)).toMatchObject({ status: 'error', score: null });
  });
});

describe('items after a lead-in that are not all items', () => {
  test.each(['包括制度健全、、执行有效，每项1分', '包括制度健全、执行有效得分、核算规范，每项1分', '包括制度健全、2个报告、执行有效，每项1分'])('%p: manual', (rule) => {
    expect(read(rule, 2, 3)).toMatchObject({ status: 'manual', score: null });
  });
});
