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

describe('a level name written again on the next rows', () => {
  const kpi = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const groups = (first: string, second: string) =>
    scoreWorkbook({
      indicatorSheet: {
        name: '自评表',
        values: [kpi, [first, '数量指标', '收容所面积', '≥200平方米', '204.46平方米', 45, 45], [second, '数量指标', '务工岗位', '≥5个', '5个', 45, 45]],
      },
    }).level1.map((g) => [g.name, n(g.points), n(g.score)]);

  test.each([
    ['产出指标(90分)', '产出指标(90分)'],
    ['产出指标(90分)', '产出指标'],
    ['产出指标', '产出指标（90分）'],
  ])('%p then %p is one group', (first, second) => {
    expect(groups(first, second)).toEqual([['产出指标', 90, 90]]);
  });

  test('with other points, it is another group', () => {
    expect(groups('产出指标(90分)', '产出指标(10分)')).toEqual([
      ['产出指标', 90, 45],
      ['产出指标', 10, 45],
    ]);
  });

  test('a cell holding only an invisible character (pasted from a web page) names no group: the one above goes on', () => {
    const r = scoreWorkbook({
      indicatorSheet: {
        name: '自评表',
        values: [kpi, ['产出指标', '数量指标', '收容所面积', '≥200平方米', '204.46平方米', 45, 45], ['\u200B', '\uFEFF', '务工岗位', '≥5个', '5个', 45, 45]],
      },
    });
    expect(r.rows.map((x) => [x.level1, x.level2])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
    ]);
    expect(r.level1.map((g) => [g.name, n(g.points)])).toEqual([['产出指标', 90]]);
  });
});

test('a level’s 分值 in a column of its own is its points when it is a figure of points above 0, and is checked against its indicators', () => {
  const header = ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'];
  const levelPoints = (stated: CellValue) => {
    const r = scoreWorkbook({
      indicatorSheet: {
        name: '自评表',
        values: [header, ['项目决策', stated, '项目目标', 4, '目标内容', 4, 4], [null, null, '决策过程', 16, '决策依据', 10, 9], [null, null, null, null, '决策程序', 6, 6]],
        merges: [merge(1, 0, 3, 0), merge(1, 1, 3, 1), merge(2, 2, 3, 2), merge(2, 3, 3, 3)],
      },
    });
    return { points: r.level1.map((g) => n(g.points)), mismatch: r.issues.filter((i) => i.code === 'points-mismatch').map((i) => [i.cell, i.message]) };
  };
  expect(levelPoints(20)).toEqual({ points: [20], mismatch: [] });
  expect(levelPoints(25)).toEqual({ points: [25], mismatch: [['A2', '“项目决策”标明25分，其下三级指标分值合计20分，不一致。']] });
  // A share, a zero or a dash states no points: the group has its indicators' sum.
  for (const none of ['25%', 0, '—']) expect(levelPoints(none)).toEqual({ points: [20], mismatch: [] });
});

test('with a 分值 column, a name that carries points (`相关性(5分)`) is the indicator’s whole name', () => {
  const r = scoreTable([{ l1: '决策', name: '相关性(5分)', points: 5, score: 5 }]);
  expect(r.rows.map((x) => [x.indicator, n(x.points)])).toEqual([['相关性(5分)', 5]]);
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

  test.each(['—', '-', '--', '/', '//', '\\', '—/—'])('%p in every cell is no indicator', (dash) => {
    expect(names([{ name: '培训人次', points: 10, score: 10 }, { name: '服务网点', points: dash, actual: dash, score: dash }])).toEqual(['培训人次']);
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

describe('a dash or slash alone where the target goes', () => {
  const read = (target: CellValue) => {
    const r = scoreWorkbook({ indicatorSheet: { name: '自评表', values: [['三级指标', '年度指标值', '实际完成值', '分值', '得分'], ['成本变动率', target, '-6%', 10, null]] } });
    return [r.rows[0].status, r.rows[0].explanation];
  };

  test.each(['-', '—', '--', '/', '//', '\\', '-/-'])('%p is no target: the row reads as with none', (dash) => {
    expect(read(dash)).toEqual(read(null));
    expect(read(dash)[0]).toBe('manual');
  });

  test('a figure with a sign is a target', () => {
    expect(read('-5%')).toEqual(['full', '满分：目标-5%为上限；实际-6%，达到目标≤-5%']);
  });
});

test.each([
  ['三级指标 to 分值', 0, 3],
  ['三级指标 to 得分', 0, 4],
  ['分值 to 得分', 3, 4],
])('a note merged across %s is no indicator', (_across, left, right) => {
  const note: CellValue[] = [null, null, null, null, null];
  note[left] = '注：以上数据来自统计年报';
  const r = scoreWorkbook({
    indicatorSheet: { name: '自评表', values: [['三级指标', '年度指标值', '实际完成值', '分值', '得分'], ['培训人次', '≥100', 100, 10, null], note], merges: [merge(2, left, 2, right)] },
  });
  expect(r.rows.map((x) => x.indicator)).toEqual(['培训人次']);
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('where the points are in the names, a name without them is an error at its cell', () => {
  const r = scoreWorkbook({ indicatorSheet: { name: '自评表', values: [['一级指标', '三级指标', '得分'], ['部门决策(10分)', '相关性(5分)', 5], [null, '明确性', 4]] } });
  expect(r.rows.map((x) => [x.cell, x.indicator, x.status])).toEqual([
    ['C2', '相关性', 'full'],
    ['C3', '明确性', 'error'],
  ]);
  // It says where the points go in this table: no 分值 cell to fill.
  expect(r.issues.find((i) => i.code === 'bad-points')).toMatchObject({ cell: 'B3', message: 'B3的指标“明确性”没有写分值：本表的分值写在指标名称里，请在名称后写明，如“明确性（5分）”。' });
  const en = scoreWorkbook({ indicatorSheet: { name: '自评表', values: [['一级指标', '三级指标', '得分'], ['部门决策(10分)', '相关性(5分)', 5], [null, '明确性', 4]] } }, { lang: 'en' });
  expect(en.issues.find((i) => i.code === 'bad-points')?.message).toBe('B3: the indicator "明确性" has no points; this table writes them in the indicator names, so add them after the name, e.g. "明确性（5分）".');
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
    expect(r.rows[1].explanation).toBe('缺少输入：请在C3填写实际完成值。');
  });

  test('a target merged down two rows: each row’s actual is measured against it', () => {
    const s = grid([merge(1, 1, 2, 1)]);
    const r = scoreWorkbook({ indicatorSheet: { ...s, values: [...s.values.slice(0, 2), ['服务网点', null, '80人次', 10, null]] } });
    expect(r.rows.map((x) => [x.cell, n(x.score), x.explanation])).toEqual([
      ['E2', 10, '满分：实际100人次，达到目标≥100人次'],
      ['E3', 8, '扣2分：实际80人次，未达到目标≥100人次，10×80/100=8'],
    ]);
  });

  test('an actual merged down two rows belongs to the first row only', () => {
    const r = scoreWorkbook({ indicatorSheet: grid([merge(1, 2, 2, 2)]) });
    expect(r.rows.map((x) => [x.cell, x.status])).toEqual([
      ['E2', 'full'],
      ['E3', 'error'],
    ]);
  });
});
