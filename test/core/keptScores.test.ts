// SPEC §2.3: a finished self-evaluation under review — typed 自评得分, no 实际完成值 — is read as the
// office's, not as errors. Each row's typed score is kept, unverified (保留填写得分，未核算), counted in the
// total and the grade, its explanation naming the input that would verify it; and it is checked against
// what its rule can give, one row per family, a typed score the rule cannot give warned with the reason.
// A row with neither a typed score nor an input stays an error.
import { conclusion, scoreWorkbook, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { n } from '../support/table';

interface Row {
  readonly family: string;
  readonly name: string;
  readonly points: number;
  readonly rule: string;
  readonly target?: string;
  readonly typed: number;
  /** Why the rule cannot give the typed score; absent when it can. */
  readonly cannot?: string;
  /** What would verify it; absent for a judgement (定性评价), which no input verifies. */
  readonly verify?: string;
}

const NO_COLUMN = '增加“实际完成值”列并填写后可核算';

const ROWS: readonly Row[] = [
  {
    family: 'formula',
    name: '预算执行准确性',
    points: 10,
    rule: '指标得分=(预算资金总来源-预算结余注销资金)/预算资金总来源*指标分值',
    typed: 9.5,
    verify: '在基础数据中补充“预算资金总来源”、“预算结余注销资金”后可核算',
  },
  { family: 'rate-tiers', name: '部门总体执行进度', points: 10, rule: '达96%以上,不扣分;达92%以上,按80%打分;达88%以上,按60%打分;未达到88%,不得分', typed: 8, verify: NO_COLUMN },
  {
    family: 'range-tiers',
    name: '重点支出安排率',
    points: 5,
    rule: '≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；低于70%不得分',
    typed: 3.5,
    cannot: '按评分标准只能得0分、3分、4分或5分，填写3.5分',
    verify: NO_COLUMN,
  },
  { family: 'per-item', name: '资金使用合规性', points: 5, rule: '发现1个项目扣0.5分，扣完为止', typed: 4.5, verify: NO_COLUMN },
  {
    family: 'counted-table',
    name: '“三公”经费控制',
    points: 5,
    rule: '部门“三公”经费决算数一项超预算扣0.5分,两项扣1分,三项扣1.5分',
    typed: 4.5,
    verify: '在基础数据中补充“因公出国…预算数”、“因公出国…决算数”、“公务接待…预算数”、“公务接待…决算数”、“公务用车…预算数”、“公务用车…决算数”后可核算',
  },
  {
    family: 'steps',
    name: '项目完成率',
    points: 10,
    rule: '达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完',
    typed: 8.5,
    cannot: '按评分标准只能得0分、1分、2分、3分、4分、5分、6分、7分、8分、9分或10分，填写8.5分',
    verify: NO_COLUMN,
  },
  { family: 'checklist', name: '财务管理制度', points: 4, rule: '①制度健全得1分；②执行有效得2分；③档案完整得1分', typed: 2, verify: NO_COLUMN },
  { family: 'target', name: '培训合格率', points: 20, rule: '', target: '≥90%', typed: 18.6, verify: NO_COLUMN },
  { family: 'proportional', name: '服务人次', points: 10, rule: '按完成比例计算得分，满分为止', target: '1000人次', typed: 10, verify: NO_COLUMN },
  { family: 'qualitative', name: '社会效益', points: 10, rule: '定性评价', typed: 8 },
  { family: 'composite', name: '政府采购', points: 6, rule: '未申报扣0.5分；不规范扣0.5分；不匹配扣1分，直至扣完', typed: 4.5, verify: NO_COLUMN },
  {
    family: 'yes-no',
    name: '财务管理制度健全性',
    points: 2,
    rule: '有健全的财务管理制度计2分，没有不得分',
    typed: 1.5,
    cannot: '按评分标准只能得0分或2分，填写1.5分',
    verify: NO_COLUMN,
  },
  { family: 'categorical', name: '资金结余', points: 3, rule: '无结余的得3分；有结余但不超过上年结转的得2分；超过的不得分', typed: 2, verify: NO_COLUMN },
];

const HEADER = ['一级指标', '三级指标', '分值', '年度指标值', '评分标准', '自评得分'];

/** The table as a finished self-evaluation is published: typed scores, no 实际完成值 column, no 基础数据. */
function published(rows: readonly Row[], typed: (r: Row) => CellValue = (r) => r.typed): SheetGrid {
  return { name: '自评表', values: [HEADER, ...rows.map((r) => ['部门整体', r.name, r.points, r.target ?? null, r.rule, typed(r)])] };
}

const score = (sheet: SheetGrid): ScoreResult => scoreWorkbook({ indicatorSheet: sheet });
const typedTotal = ROWS.reduce((s, r) => s + r.typed, 0);

test('the set has one row per rule family, and the points add up to 100', () => {
  const result = score(published(ROWS));
  expect(result.rows.map((r) => r.family)).toEqual(ROWS.map((r) => r.family));
  expect(ROWS.reduce((s, r) => s + r.points, 0)).toBe(100);
});

describe.each(ROWS.map((r, i) => [r.family, r, i] as const))('%s', (_family, row, i) => {
  test('the typed score is kept, counted as typed, and said to be kept, never computed', () => {
    const r = score(published(ROWS)).rows[i];
    expect(r.status).toBe(row.typed === row.points ? 'full' : 'deducted');
    expect(n(r.score)).toBe(row.typed);
    expect('kept' in r && r.kept).toEqual({ because: row.verify ? 'unverified' : 'judgement', possible: row.cannot === undefined });
    expect(r.explanation.startsWith(`保留填写得分${row.typed}分（`)).toBe(true);
    expect(r.explanation).not.toMatch(/^满分|^扣/);
    if (row.verify) expect(r.explanation).toContain(`未核算：${row.verify}`);
    else expect(r.explanation).toBe(`保留填写得分${row.typed}分（定性评价，未核算）`);
  });

  test(row.cannot ? 'a score the rule cannot give: warned on its cell, with the reason' : 'a score the rule can give: said so, and no warning', () => {
    const result = score(published(ROWS));
    const r = result.rows[i];
    const warnings = result.issues.filter((x) => x.cell === r.cell);
    if (row.cannot) {
      expect(r.explanation).toContain(row.cannot);
      expect(warnings).toEqual([{ severity: 'warning', cell: r.cell, code: 'typed-score-impossible', message: `填写得分不是评分标准能给出的得分（${row.cannot}），请核对。` }]);
    } else {
      if (row.verify) expect(r.explanation).toContain('按评分标准可得此分');
      expect(warnings).toEqual([]);
    }
  });
});

test('the total and the grade are the office’s: no error, 评价结论 without 数据有误, the implausible scores named', () => {
  const result = score(published(ROWS));
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(result.complete).toBe(true);
  expect(n(result.total)).toBeCloseTo(typedTotal, 10);
  expect(result.grade).toBe('良');
  const said = conclusion(result);
  expect(said).not.toContain('数据有误');
  expect(said).toContain(`按各项自评得分计`);
  expect(said).toContain(`自评得分为${Number(typedTotal.toFixed(2))}分`);
  for (const r of ROWS.filter((x) => x.cannot)) expect(said).toContain(`${r.name}自评${r.typed}分，不是评分标准能给出的得分，需核实`);
});

test('an empty 实际完成值 cell names the cell to fill in', () => {
  const sheet: SheetGrid = {
    name: '自评表',
    values: [
      ['三级指标', '分值', '评分标准', '实际完成值', '自评得分'],
      ['财务管理制度健全性', 2, '有健全的财务管理制度计2分，没有不得分', null, 2],
    ],
  };
  expect(score(sheet).rows[0].explanation).toBe('保留填写得分2分（未核算：在D2填写实际完成值后可核算；按评分标准可得此分）');
});

test('a typed score above the points counts as the points, with the warning it always had', () => {
  const result = score(published([{ ...ROWS[1], typed: 12 }]));
  expect(n(result.rows[0].score)).toBe(10);
  expect(result.rows[0].explanation).toContain('按评分标准最多得10分，填写12分，按10分计');
  expect(result.issues.map((i) => i.code)).toEqual(['score-above-points', 'total-not-100']);
});

test('a row with neither a typed score nor its input stays an error (a judgement with nothing to go by needs a person)', () => {
  const result = score(published(ROWS, () => null));
  expect(result.rows.map((r) => r.status)).toEqual(ROWS.map((r) => (r.verify ? 'error' : 'manual')));
  expect(result.grade).toBeNull();
  expect(conclusion(result)).toContain('数据有误');
});

test('in English, the same reading', () => {
  const result = scoreWorkbook({ indicatorSheet: published(ROWS) }, { lang: 'en' });
  const yesNo = result.rows[ROWS.findIndex((r) => r.family === 'yes-no')];
  expect(yesNo.explanation).toBe('Typed score 1.5 kept (not checked: add a 实际完成值 (actual value) column and fill it in to check it; the rule gives only 0 or 2, 1.5 typed)');
  expect(result.rows[ROWS.findIndex((r) => r.family === 'checklist')].explanation).toContain('a score the rule can give');
});

test('a measure with no target and no actual beside a typed score: kept, unverified; with no score typed, a person must give one', () => {
  const sheet = (typed: CellValue): SheetGrid => ({ name: '自评表', values: [['三级指标', '分值', '自评得分'], ['预算分配时限', 1, typed]] });
  expect(score(sheet(1)).rows[0]).toMatchObject({
    status: 'full',
    kept: { because: 'unverified', possible: true },
    explanation: '保留填写得分1分（未核算：填写年度指标值和实际完成值后可核算；按评分标准可得此分）',
  });
  expect(score(sheet(null)).rows[0].status).toBe('manual');
});
