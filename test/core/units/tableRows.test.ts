// The indicator rows of a table (src/core/sheet/table.ts): level names carried down, points written in
// names, the template's numbering, rows the template left empty, and which cells belong to a row.
import { scoreWorkbook } from '../../../src/core';
import type { Area, CellValue } from '../../../src/core';
import { pointsInName, tidyName } from '../../../src/core/sheet/table';
import { n, scoreTable } from '../../support/table';

const merge = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });

test.each([
  ['(10分) 预算管理', '预算管理', 10],
  ['（ 5.5 分 ）相关性', '相关性', 5.5],
  ['（１０分）预算管理', '预算管理', 10],
  ['预算管理（10分）', '预算管理', 10],
  ['相关性 (5分) ', '相关性', 5],
  ['“三公”经费控制（2分）', '“三公”经费控制', 2],
])('%p is %s with %d points', (text, name, points) => {
  const found = pointsInName(text);
  expect({ name: found?.name, points: found && n(found.points) }).toEqual({ name, points });
});

test.each(['预算管理', '(10分)', '预算管理（10）', '10分 预算管理', '预算（10分）管理'])('%p has no points in its name', (text) => {
  expect(pointsInName(text)).toBeNull();
});

test('names keep their characters; invisible ones go and spacing is one space', () => {
  expect(tidyName(' 预算\u200B管理\u00AD ')).toBe('预算管理');
  expect(tidyName('预算　 \n管理')).toBe('预算 管理');
  expect(tidyName('“三公”经费（全称）')).toBe('“三公”经费（全称）');
});

test('level names carry down; a new level-1 name starts its level-2 afresh', () => {
  const r = scoreTable([
    { l1: '(20分) 决策', l2: '目标', name: '相关性', points: 10, score: 10 },
    { name: '明确性', points: 10, score: 10 },
    { l1: '过程（80分）', name: '资金到位', points: 40, score: 40 },
    { l2: '管理', name: '制度', points: 40, score: 40 },
  ]);
  expect(r.rows.map((x) => [x.level1, x.level2, x.indicator])).toEqual([
    ['决策', '目标', '相关性'],
    ['决策', '目标', '明确性'],
    ['过程', '', '资金到位'],
    ['过程', '管理', '制度'],
  ]);
  expect(r.level1.map((g) => [g.name, n(g.points)])).toEqual([
    ['决策', 20],
    ['过程', 80],
  ]);
});

test('a level name merged down, or written again on the next rows, is one group; the same words after another group are another', () => {
  const r = scoreWorkbook({
    indicatorSheet: {
      name: '自评表',
      values: [
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        ['决策（20分）', '目标', '相关性', 5, 5],
        [null, '目标', '明确性', 5, 5],
        ['决策（20分）', '立项', '规范性', 10, 5],
        ['过程（10分）', '管理', '制度', 10, 10],
        ['决策（20分）', '立项', '程序', 10, 10],
      ],
      merges: [merge(1, 0, 2, 0)],
    },
  });
  expect(r.level1.map((g) => [g.name, n(g.points), n(g.score)])).toEqual([
    ['决策', 20, 15],
    ['过程', 10, 10],
    ['决策', 20, 10],
  ]);
  expect(r.rows.map((x) => x.level2)).toEqual(['目标', '目标', '立项', '管理', '立项']);
});

test('the template’s numbering is not part of the name', () => {
  const r = scoreTable([
    { name: '指标1：培训人次', points: 10, score: 10 },
    { name: '指标 12 : 服务网点', points: 10, score: 10 },
    { name: '核心指标1：覆盖率', points: 10, score: 10 },
    { name: '指标1', points: 10, score: 10 },
  ]);
  expect(r.rows.map((x) => x.indicator)).toEqual(['培训人次', '服务网点', '核心指标1：覆盖率', '指标1']);
});

describe('rows the template left empty', () => {
  const names = (rows: Parameters<typeof scoreTable>[0]) => scoreTable(rows).rows.map((x) => x.indicator);

  test('nothing to score, or only dashes and slashes, is no indicator', () => {
    expect(names([{ name: '培训人次', points: 10, score: 10 }, { name: '服务网点', points: '—', actual: '/', score: '\\' }])).toEqual(['培训人次']);
  });

  test('a figure with a dash in it is filled', () => {
    expect(names([{ name: '变动率', points: null, actual: '-5%', score: null }])).toEqual(['变动率']);
    expect(names([{ name: '时限', points: null, actual: '6-8月', score: null }])).toEqual(['时限']);
  });

  test('a placeholder or a breakdown with no points and no score (or a 0) is passed over', () => {
    expect(names([{ name: '指标2：', points: null, actual: '1', score: 0 }, { name: '……', points: null, actual: '1', score: null }, { name: '其中：本级', points: null, actual: '5', score: null }])).toEqual([]);
  });

  test('a placeholder with points, or with a score other than 0, is an indicator; so is a named row with nothing but its actual value', () => {
    expect(names([{ name: '指标2：', points: 5, score: null }, { name: '……', points: null, score: 3 }, { name: '培训人次', points: null, actual: '1', score: null }])).toEqual(['指标2：', '……', '培训人次']);
  });
});

describe('which cells are a row’s own', () => {
  const grid = (merges: Area[]) => ({
    name: '自评表',
    values: [
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['培训人次', '≥100人次', '100人次', 10, null],
      ['服务网点', '≥100人次', null, 10, null],
    ] as CellValue[][],
    merges,
  });

  test('a target merged down two rows is the target of both', () => {
    const r = scoreWorkbook({ indicatorSheet: grid([merge(1, 1, 2, 1)]) });
    expect(r.rows.map((x) => [x.cell, x.status])).toEqual([
      ['E2', 'full'],
      ['E3', 'error'],
    ]);
    // The second row lacks only its actual value, not its target.
    expect(r.rows[1].explanation).toContain('实际完成值');
  });

  test('an actual merged down two rows belongs to the first row only', () => {
    const r = scoreWorkbook({ indicatorSheet: grid([merge(1, 2, 2, 2)]) });
    expect(r.rows.map((x) => [x.cell, x.status])).toEqual([
      ['E2', 'full'],
      ['E3', 'error'],
    ]);
  });
});
