import { conclusion } from '../../src/core/conclusion';
import type { GroupTotal, RowResult, ScoreResult } from '../../src/core/types';
import { d, row } from '../support/results';

function result(rows: RowResult[], groups: GroupTotal[], lang: 'zh' | 'en' = 'zh'): ScoreResult {
  const complete = rows.every((r) => r.score !== null);
  const total = rows.reduce((s, r) => s.plus(r.score ?? 0), d(0));
  return {
    lang,
    sheet: '指标体系',
    titleRows: [],
    rows,
    total,
    maxTotal: rows.reduce((s, r) => s.plus(r.points ?? 0), d(0)),
    gradedOn: null,
    grade: complete ? (total.gte(90) ? '优' : total.gte(80) ? '良' : total.gte(60) ? '中' : '差') : null,
    complete,
    level1: groups,
    issues: [],
  };
}

// The sample's first two level-1 groups, as the sample scores them (samples/README.md).
const budget = [
  row(4, '预算管理', '预算安排准确性', 5, 'deducted', '4.75', '扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75'),
  row(5, '预算管理', '部门总体执行进度', 5, 'full', '5', '97.38%≥96%，不扣分'),
];
const goals = [
  row(6, '目标管理', '目标填报', 2, 'full', '2'),
  row(7, '目标管理', '目标量化', 3, 'full', '3'),
  row(8, '目标管理', '目标匹配', 5, 'full', '5'),
];
const groups: GroupTotal[] = [
  { name: '预算管理', points: d(10), score: d('9.75'), complete: true },
  { name: '目标管理', points: d(10), score: d(10), complete: true },
];

describe('conclusion (评价结论)', () => {
  test('states the total, the grade and each level-1 group in the style of the report', () => {
    const rows = [...budget, ...goals];
    const text = conclusion({ ...result(rows, groups), total: d('99.25'), maxTotal: d(100), grade: '优' });
    expect(text.split('\n')).toEqual([
      '根据评分标准，本部门自评得分为99.25分，评价等级为“优”。',
      '1. 预算管理方面，预算安排准确性得4.75分，部门总体执行进度得5分，共计得分9.75分，扣0.25分：预算安排准确性，(3184.21-73.69-83.46)/3184.21×5=4.75。',
      '2. 目标管理方面，目标填报得2分，目标量化得3分，目标匹配得5分，共计得分10分，无扣分项目。',
    ]);
  });

  test('several deductions in one group are each named with their points', () => {
    const rows = [
      row(12, '部门管理', '“三公”经费控制', 1, 'deducted', '0.5', '扣0.5分：因公出国（境）经费决算8.68万元超预算6万元（1项超预算）'),
      row(13, '部门管理', '采购规范性', 1, 'deducted', '0', '扣1分：发现2处不规范，2×0.5=1'),
    ];
    const text = conclusion(result(rows, [{ name: '(2分) 部门管理', points: d(2), score: d('0.5'), complete: true }]));
    expect(text).toContain(
      '1. 部门管理方面，“三公”经费控制得0.5分，采购规范性得0分，共计得分0.5分，扣1.5分：“三公”经费控制扣0.5分，因公出国（境）经费决算8.68万元超预算6万元（1项超预算）；采购规范性扣1分，发现2处不规范，2×0.5=1。',
    );
    expect(text.split('\n')[0]).toBe('根据评分标准，本部门自评得分为0.5分（满分2分），评价等级为“差”。');
  });

  test('an incomplete result gives no grade and says what is pending', () => {
    const rows = [
      ...budget,
      row(9, '部门管理', '管理制度健全性', 1, 'manual', null, '定性评价：请人工评分'),
      row(10, '部门管理', '资金使用合规性', 1, 'error', null, 'H10：“若干”不是数字，请填写发现的问题个数'),
    ];
    const text = conclusion(
      result(rows, [groups[0], { name: '部门管理', points: d(2), score: d(0), complete: false }]),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('根据评分标准，本部门已评指标得分为9.75分（满分12分），1项指标待人工评分、1项指标数据有误，暂不评定等级。');
    expect(lines[2]).toBe('2. 部门管理方面，管理制度健全性待人工评分，资金使用合规性因数据有误未能评分，已评指标共计得分0分。');
    expect(text).not.toContain('评价等级');
  });

  test('English when the result is English', () => {
    const rows = [...budget];
    const text = conclusion({ ...result(rows, [groups[0]], 'en'), grade: '优' });
    expect(text.split('\n')).toEqual([
      'Under the scoring standard, the department\'s self-evaluation score is 9.75 out of 10, grade “优” (excellent).',
      '1. 预算管理: 预算安排准确性 4.75, 部门总体执行进度 5; subtotal 9.75 points, 0.25 deducted (预算安排准确性 −0.25: (3184.21-73.69-83.46)/3184.21×5=4.75).',
    ]);
    expect(text).not.toMatch(/[得扣]\d/);
  });
});

describe('conclusion of the sample, scored by the core', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { scoreWorkbook, isBasicDataSheetName } = require('../../src/core') as typeof import('../../src/core');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sampleSheets } = require('../browser/sample-cells') as typeof import('../browser/sample-cells');

  async function scored(lang: 'zh' | 'en') {
    const sheets = await sampleSheets();
    const indicatorSheet = sheets.find((s) => s.name === '指标体系')!;
    const basicData = sheets.find((s) => isBasicDataSheetName(s.name));
    return scoreWorkbook({ indicatorSheet, basicData }, { lang });
  }

  test('99.25, 优, the budget group names its deduction, the “三公” row loses 0.5', async () => {
    const text = conclusion(await scored('zh'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('根据评分标准，本部门自评得分为99.25分，评价等级为“优”。');
    expect(lines[1]).toMatch(
      /^1\. 预算管理方面，预算安排准确性得4\.75分，部门总体执行进度得5分，共计得分9\.75分，扣0\.25分：预算安排准确性，\(3184\.21-73\.69-83\.46\)\/3184\.21×5=4\.75/,
    );
    expect(lines[2]).toBe('2. 目标管理方面，目标填报得2分，目标量化得3分，目标匹配得5分，共计得分10分，无扣分项目。');
    expect(lines[3]).toMatch(/^3\. 部门管理方面，.*“三公”经费控制得0\.5分.*共计得分9\.5分，扣0\.5分：“三公”经费控制，.*8\.68.*6/);
    expect(lines[3]).toContain('基础管理得4分，其中管理制度健全性得1分、资金使用合规性得1分、财务监控有效性得2分；');
    expect(lines[4]).toMatch(/^4\. 履职效能方面，.*共计得分70分，无扣分项目。$/);
    // The two key tasks both have a 任务完成率 row: each is named under its task.
    expect(lines[4]).toContain('重点任务一 (市民云服务平台专项工作)得35分，其中任务完成率得10分、');
    expect(lines[4]).toContain('；重点任务一 (2019年度市级示范培训)得35分，其中任务完成率得10分、');
    expect(lines).toHaveLength(5);
  });

  test('in English for an English result', async () => {
    const text = conclusion(await scored('en'));
    expect(text.split('\n')[0]).toBe(
      "Under the scoring standard, the department's self-evaluation score is 99.25 out of 100, grade “优” (excellent).",
    );
    expect(text).toContain('subtotal 9.75 points, 0.25 deducted (预算安排准确性 −0.25: (3184.21-73.69-83.46)/3184.21×5=4.75).');
  });
});
