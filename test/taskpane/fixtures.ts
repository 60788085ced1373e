// A ScoreResult built by hand for the pane's tests (the sample's shape, with what a person must see:
// an error, a typed score the rule changed, deductions, a manual row, a contradiction to review, a typed
// score kept as typed, a warning), so the pane can be tested apart from the scoring core.
import type { GroupTotal, Issue, RowResult, ScoreResult } from '../../src/core/types';
import { d, row } from '../support/results';

export function handResult(lang: 'zh' | 'en' = 'zh'): ScoreResult {
  const rows: RowResult[] = [
    row(4, '(10分) 预算管理', '预算安排准确性', 5, 'deducted', '4.75', '扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75', { typed: '4.75' }),
    row(5, '(10分) 预算管理', '部门总体执行进度', 5, 'full', '5', '满分：97.38%≥96%'),
    row(9, '(4分) 部门管理', '管理制度健全性', 1, 'manual', null, 'I9：定性评价，请在得分栏填写分数', { typed: null }),
    row(10, '(4分) 部门管理', '资金使用合规性', 1, 'error', null, 'H10：“若干”不是数字，请填写发现的问题个数'),
    row(11, '(4分) 部门管理', '财务监控有效性', 2, 'full', '2', '满分：①是（1分）；②是（1分）'),
    row(12, '(4分) 部门管理', '“三公”经费控制', 1, 'deducted', '0.5', '扣0.5分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）', { typed: '1' }),
    row(23, '(10分) 履职效能', '社会效益指标', 5, 'full', '5', '保留填写得分5分（定性评价，未核算）', { kept: { because: 'judgement', possible: true }, typed: '5' }),
    row(24, '(10分) 履职效能', '可持续影响指标', 5, 'manual', null, '实际完成情况为“部分达成”，而I24填写的是满分5分，二者矛盾：请核对后人工评分。', { review: true, typed: '5' }),
  ];
  const level1: GroupTotal[] = [
    { name: '(10分) 预算管理', points: d(10), score: d('9.75'), complete: true },
    { name: '(4分) 部门管理', points: d(4), score: d('2.5'), complete: false },
    { name: '(10分) 履职效能', points: d(10), score: d(5), complete: false },
  ];
  const issues: Issue[] = [
    { severity: 'error', cell: 'H10', code: 'not-a-number', message: 'H10：“若干”不是数字，请填写发现的问题个数' },
    { severity: 'error', cell: 'B7', sheet: '基础数据', code: 'missing-label', message: '基础数据中缺少“预算结余注销资金”' },
    { severity: 'warning', cell: 'I9', code: 'manual-score-needed', message: 'I9：定性评价，请在得分栏填写分数' },
    { severity: 'warning', cell: 'I12', code: 'score-changed', message: '原得分1，计算得分0.5' },
    { severity: 'warning', cell: 'I24', code: 'verdict-contradicts', message: '实际完成情况为“部分达成”，而I24填写的是满分5分，二者矛盾：请核对后人工评分。' },
    { severity: 'warning', cell: 'C16', code: 'duplicate-task', message: 'C16：重点任务一出现两次（C16、C21）' },
  ];
  return {
    lang,
    sheet: '指标体系',
    titleRows: [['2019年度部门整体支出绩效评价指标自评表'], ['单位：某某局']],
    amountUnit: null,
    rows,
    total: d('17.25'),
    maxTotal: d(24),
    gradedOn: d('71.88'),
    grade: null,
    complete: false,
    level1,
    issues,
  };
}
