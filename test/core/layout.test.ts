// SPEC §2.1: the table as finance offices keep it — header anywhere near the top, synonyms, merged and
// continued cells, points written into level names, a 合计 row, blank and note rows.
import { findLayout, isBasicDataSheetName, MARK_FILLS, scoreForWriteback, scoreWorkbook } from '../../src/core';
import type { CellState, SheetGrid } from '../../src/core';
import { n } from '../support/table';

const basic: SheetGrid = { name: '基础数据', values: [['财政拨款执行数', 3100.75], ['财政拨款调整预算数', 3184.21]] };

describe('finding the table', () => {
  test('header below a title and unit row, columns in another order, header text with spaces, line breaks and units', () => {
    const sheet: SheetGrid = {
      name: '自评表',
      values: [
        ['2020年度部门整体支出绩效自评表'],
        ['单位：某局', null, null, '金额单位：万元'],
        ['序号', '评分 标准', '指标\n名称', '标准分值（分）', '自评得分', '实际值', '备注'],
        [1, '发现一个问题点扣0.25分', '资金使用合规性', 1, null, 2, '抽查'],
        [2, '一项公开工作未完成的扣1分', '信息公开', 2, null, 0, null],
      ],
    };
    const layout = findLayout(sheet);
    expect(layout).toMatchObject({ headerRow: 2, columns: { rule: 1, indicator: 2, points: 3, score: 4, actual: 5 } });
    const result = scoreWorkbook({ indicatorSheet: sheet });
    expect(result.rows.map((r) => [r.cell, n(r.score)])).toEqual([
      ['E4', 0.5],
      ['E5', 2],
    ]);
  });

  test('a used range that does not start at A1', () => {
    const sheet: SheetGrid = {
      name: '指标',
      origin: { row: 4, col: 2 },
      values: [
        ['三级指标', '分值', '评分标准', '实际完成值', '得分'],
        ['采购规范性', 1, '每一点不规范,扣0.5分,直至扣完', 1, null],
      ],
    };
    const result = scoreWorkbook({ indicatorSheet: sheet });
    expect(result.rows[0]).toMatchObject({ cell: 'G6', indicator: '采购规范性' });
    expect(n(result.rows[0].score)).toBe(0.5);
  });

  test('no header: an error naming the sheet, no exception', () => {
    const result = scoreWorkbook({ indicatorSheet: { name: '说明', values: [['本表说明'], ['无数据']] } });
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'no-header', cell: 'A1' })]);
    expect(result.issues[0].message).toContain('说明');
    expect(findLayout({ name: 'x', values: [] })).toBeNull();
  });

  test('the same required column twice is refused, naming both cells', () => {
    const sheet: SheetGrid = { name: 's', values: [['三级指标', '分值', '得分', '评价得分'], ['a', 1, null, null]] };
    const result = scoreWorkbook({ indicatorSheet: sheet });
    expect(result.rows).toEqual([]);
    expect(result.issues[0]).toMatchObject({ code: 'duplicate-column', cell: 'D1' });
    expect(result.issues[0].message).toContain('C1');
  });

  test('basic-data sheet names', () => {
    expect(['基础数据', '基础数据表', '评价数据', ' 基础数据 '].every(isBasicDataSheetName)).toBe(true);
    expect(isBasicDataSheetName('指标体系')).toBe(false);
  });
});

describe('reading the rows', () => {
  const sheet: SheetGrid = {
    name: '指标体系',
    values: [
      ['一级指标', '二级指标', '三级指标', '分值', '指标解释', '评分标准', '实际完成值', '得分'],
      ['(10分) 预算管理', '执行进度(5分)', '部门总体执行进度', 5, null, '部门总体执行进度达96%以上,不扣分;达92%以上,按80%打分;未达到92%,不得分。部门总体执行进度=财政拨款执行数÷财政拨款调整预算数', null, 5],
      [null, '预算编制（5分）', '预算安排准确性', '5', null, '发现一个问题点扣0.25分', 1, null],
      [null, null, null, null, null, null, null, null], // blank row
      ['注：本行为说明', null, null, null, null, null, null, null], // note row
      ['履职效能（70分）', '重点任务一', '任务完成率', 35, '得分=分值×实际完成任务量/绩效目标设定任务量×100%', '工作任务指标设定，由部门根据职能职责分配', '100%', null],
      [null, null, '社会效益', 35, '效果明显', null, '达成', null],
      ['合计', null, null, 80, null, null, null, 79.75],
      ['填表人：张三', null, '不应读取', 99, null, '发现一个问题点扣1分', 5, null],
    ],
    merges: [
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 5, left: 5, bottom: 6, right: 5 }, // guidance merged down the key task
    ],
  };
  const scored = () => scoreWorkbook({ indicatorSheet: sheet, basicData: basic });

  test('merged and continued level names, points taken out of their text', () => {
    expect(scored().rows.map((r) => [r.level1, r.level2, r.indicator])).toEqual([
      ['预算管理', '执行进度', '部门总体执行进度'],
      ['预算管理', '预算编制', '预算安排准确性'],
      ['履职效能', '重点任务一', '任务完成率'],
      ['履职效能', '重点任务一', '社会效益'],
    ]);
    expect(scored().level1.map((g) => [g.name, n(g.points), n(g.score)])).toEqual([
      ['预算管理', 10, 9.75],
      ['履职效能', 70, 70],
    ]);
  });

  test('the table ends at 合计; rows below it are not read', () => {
    expect(scored().layout?.totalRow).toBe(7);
    expect(scored().rows.some((r) => r.indicator === '不应读取')).toBe(false);
  });

  test('guidance merged down a task is not a rule: the rows take their own target', () => {
    expect(scored().rows[2]).toMatchObject({ family: 'formula', status: 'full' });
    expect(scored().rows[3]).toMatchObject({ family: 'qualitative', status: 'full' });
  });

  test('points stated in the level names are checked against their indicators', () => {
    expect(scored().issues).toContainEqual(expect.objectContaining({ code: 'total-not-100', cell: 'D8' }));
    expect(scored().issues.filter((i) => i.code === 'points-mismatch')).toEqual([]);
  });

  test('points that are not a positive number are an error on that row only', () => {
    const bad = scoreWorkbook({
      indicatorSheet: { name: 's', values: [['三级指标', '分值', '评分标准', '实际完成值', '得分'], ['a', '若干', '发现一个问题点扣0.25分', 0, null], ['b', 1, '发现一个问题点扣0.25分', 0, null]] },
    });
    expect(bad.rows.map((r) => r.status)).toEqual(['error', 'full']);
    expect(bad.issues[0]).toMatchObject({ code: 'bad-points', cell: 'B2' });
  });

  test('background columns beside the figures (上年完成值, 指标值设置依据, 佐证资料, 完成率) are not the actual or the target; 赋分规则 is the rule; 分值权重 the budget’s points', () => {
    const result = scoreWorkbook({
      indicatorSheet: {
        name: '自评表',
        values: [
          ['项目资金', '资金来源', '年初预算数', '全年预算数', '全年执行数', '分值权重', '执行率', '得分'],
          [null, '年度资金总额', 5.28, 1.96, 1.47, 10, '75%', null],
          ['一级指标', '二级指标', '三级指标', '指标值', '指标值设置依据', '上年完成值', '指标分值权重', '指标赋分规则', '佐证资料', '指标实际完成值', '完成率', '指标得分', '偏差原因分析及改进措施'],
          ['产出指标', '数量指标', '记账户数量', '≥120户', '调查方案', '118户', 20, '完成值达到指标值,记满分;未达到指标值,按B/A*该指标分值记分', '台账', '117户', '97.5%', null, null],
        ],
      },
    });
    expect(result.issues.filter((i) => i.code === 'duplicate-column')).toEqual([]);
    const [budget, households] = result.rows;
    expect(budget).toMatchObject({ cell: 'H2', family: 'execution-rate' });
    expect(n(budget.score)).toBe(7.5);
    // 117 against ≥120 by the rule in 指标赋分规则 — not last year's 118, nor the basis as a target.
    expect(households).toMatchObject({ cell: 'L4', status: 'deducted' });
    expect(n(households.score)).toBe(19.5);
  });

  test('a dash or slash alone in 指标值 is no target: the row is judged by what else it has, not by the dash as prose', () => {
    const header = ['一级指标', '三级指标', '参考分值', '指标值(A)', '全年实际值(B)', '得分'];
    const result = scoreWorkbook({
      indicatorSheet: {
        name: '自评表',
        values: [
          header,
          ['项目管理(20分)', '预算执行率', 10, '—', '100%', 9],
          [null, '财务管理制度有效性', 5, '/', '财务制度健全', 5],
          [null, '资金拨付及时率', 5, '-', '100%', null],
          ['项目产出(5分)', '保障人数', 5, '2370人', '2300人', null],
        ],
      },
    });
    const [rate, rules, unscored, count] = result.rows;
    // A rate with nothing to compare its actual with: the typed 9 kept, unverified — not a judgement.
    expect(rate).toMatchObject({ cell: 'F2', status: 'deducted', kept: { because: 'unverified', possible: true } });
    expect(rules).toMatchObject({ cell: 'F3', family: 'qualitative', kept: { because: 'judgement' } });
    expect(unscored).toMatchObject({ cell: 'F4', status: 'manual' });
    expect(count).toMatchObject({ cell: 'F5', family: 'target', status: 'deducted' });
    expect(n(count.score)).toBe(4.85);
  });
});

describe('a score column kept as 得分系数(%) × 指标权重 (SPEC §6)', () => {
  const sheet: SheetGrid = {
    name: '评价表',
    values: [
      ['三级指标', '指标权重', '评分标准', '实际完成值', '得分系数（%）'],
      ['采购规范性', 4, '每一点不规范,扣0.5分,直至扣完', 2, 100],
      ['管理制度健全性', 5, '定性评价', null, 80],
      ['信息公开', 2, '一项公开工作未完成的扣1分', 0, 0.5],
    ],
    numberFormats: [[], [], [], [null, null, null, null, '0%']],
  };
  const scored = () => scoreWorkbook({ indicatorSheet: sheet });

  test('the column is found, scores are in points, typed coefficients read as shares of the points', () => {
    expect(scored().layout).toMatchObject({ scoreScale: 'share', columns: { points: 1, score: 4 } });
    expect(scored().rows.map((r) => [r.cell, n(r.score), n(r.typedScore)])).toEqual([
      ['E2', 3, 4], // 100% of 4 typed; computed 4 − 2×0.5 = 3
      ['E3', 4, 4], // qualitative keeps 80% × 5 = 4
      ['E4', 2, 1], // 0.5 shown as 50% × 2 = 1; computed full
    ]);
    expect(scored().issues).toContainEqual(expect.objectContaining({ cell: 'E2', code: 'score-changed', message: '原得分4，计算得分3' }));
  });

  test('written back as coefficients, in the column’s own form, and no 合计 of coefficients', () => {
    const states = new Map<string, CellState>();
    const at = (row: number, col: number): CellState => ({
      value: sheet.values[row]?.[col] ?? null,
      formula: null,
      numberFormat: sheet.numberFormats?.[row]?.[col] ?? null,
      fill: null,
      note: null,
    });
    const { writeback } = scoreForWriteback({ indicatorSheet: sheet }, at, null, { fills: MARK_FILLS });
    for (const w of writeback.writes) states.set(w.address, w.state);
    expect(states.get('E2')).toMatchObject({ value: 75, numberFormat: '0.00', fill: MARK_FILLS.deducted });
    expect(states.get('E3')).toMatchObject({ value: 80, numberFormat: '0.00' });
    expect(states.get('E4')).toMatchObject({ value: 1, numberFormat: '0.00%' });
  });
});
