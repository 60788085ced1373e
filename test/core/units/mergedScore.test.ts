// A 得分 merged over more than one sheet row (src/core/sheet/table.ts, issue 20 case 12): the score of an
// indicator written over two rows goes where Excel shows it, the merged area's top-left cell; a 得分
// shared by two indicators stays the upper one's, and the header is never written into.
import { scoreWorkbook } from '../../../src/core';
import type { Area } from '../../../src/core';
import { HEADER, n } from '../../support/table';

const merge = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });
const RULE = '发现1个项目扣0.5分，直至扣完';

/** The header in row 1, then these rows (得分 is column H, index 7), with these merged areas. */
function score(rows: (string | number | null)[][], merges: Area[]) {
  const result = scoreWorkbook({ indicatorSheet: { name: '指标体系', values: [HEADER, ...rows], merges } });
  return result.rows.map((r) => [r.indicator, r.cell, r.row, r.col, r.previous]);
}

test('an indicator written over two rows, its name in the second: its score is the merged 得分’s top-left cell, read and written there', () => {
  expect(
    score(
      [
        ['产出', '数量', null, null, null, null, null, 5],
        ['产出', '数量', '完成数', 5, null, RULE, 1, null],
      ],
      [merge(1, 7, 2, 7)],
    ),
  ).toEqual([['完成数', 'H2', 1, 7, 5]]);
});

test('a 得分 merged over two indicators is the upper one’s; the lower one keeps its own (covered) cell', () => {
  expect(
    score(
      [
        ['产出', '数量', '甲', 5, null, RULE, 0, 5],
        ['产出', '数量', '乙', 5, null, RULE, 1, null],
      ],
      [merge(1, 7, 2, 7)],
    ),
  ).toEqual([
    ['甲', 'H2', 1, 7, 5],
    ['乙', 'H3', 2, 7, null],
  ]);
});

test('a merge reaching into the header, or starting left of 得分, is not the row’s to write into', () => {
  expect(score([['产出', '数量', '甲', 5, null, RULE, 1, null]], [merge(0, 7, 1, 7)])).toEqual([['甲', 'H2', 1, 7, null]]);
  expect(score([[null, null, null, null, null, null, 9, 9], ['产出', '数量', '甲', 5, null, RULE, 1, null]], [merge(1, 6, 2, 7)])).toEqual([['甲', 'H3', 2, 7, null]]);
});

test('a 得分 merged across columns from its own cell is the row’s as it is', () => {
  expect(score([['产出', '数量', '甲', 5, null, RULE, 1, 4.5]], [merge(1, 7, 1, 8)])).toEqual([['甲', 'H2', 1, 7, 4.5]]);
});

describe('an indicator written tall: its cells merged down over two rows', () => {
  // HEADER's 三级指标, 分值, 实际完成值 and 得分 are columns C, D, G and H.
  const rows = [
    ['产出', '数量', '甲', 5, null, RULE, 1, null],
    [null, null, null, null, null, null, null, null],
    ['产出', '数量', '乙', 5, null, RULE, 0, null],
  ];
  const down = (...cols: number[]) => cols.map((c) => merge(1, c, 2, c));

  test.each([
    ['its name, 分值 and 得分', down(2, 3, 7)],
    ['every cell', down(0, 1, 2, 3, 4, 5, 6, 7)],
    ['its name alone', down(2)],
    ['its 分值 and 得分', down(3, 7)],
  ])('%s merged: one indicator, its points counted once', (_how, merges) => {
    const result = scoreWorkbook({ indicatorSheet: { name: '指标体系', values: [HEADER, ...rows], merges } });
    expect(result.rows.map((r) => [r.indicator, r.cell, n(r.points)])).toEqual([
      ['甲', 'H2', 5],
      ['乙', 'H4', 5],
    ]);
    expect(result.level1.map((g) => [g.name, n(g.points)])).toEqual([['产出', 10]]);
    expect(result.issues.filter((i) => i.severity === 'error' || i.code === 'manual-score-needed')).toEqual([]);
  });
});

test('where the points are in the names, an indicator whose name and 得分 are merged down is one indicator too', () => {
  const r = scoreWorkbook({
    indicatorSheet: {
      name: '自评表',
      values: [['一级指标', '三级指标', '年度指标值', '实际完成值', '得分'], ['部门决策(20分)', '相关性(10分)', '≥100', 100, null], [null, null, null, null, null], [null, '明确性(10分)', '≥100', 100, null]],
      merges: [merge(1, 0, 3, 0), merge(1, 1, 2, 1), merge(1, 4, 2, 4)],
    },
  });
  expect(r.rows.map((x) => [x.cell, x.indicator, n(x.points)])).toEqual([
    ['E2', '相关性', 10],
    ['E4', '明确性', 10],
  ]);
  expect(r.level1.map((g) => [g.name, n(g.points)])).toEqual([['部门决策', 20]]);
});
