// Finding the table by meaning (src/core/sheet/layout.ts, table.ts, budgetBlock.ts): candidate headers,
// two-row headers, a block above the table, targets over several cells, template and breakdown rows.
import { closestToTable, findLayout, scoreWorkbook } from '../../../src/core';
import type { Area, CellValue, SheetGrid } from '../../../src/core';
import { n } from '../../support/table';

const merge = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });
const sheet = (values: CellValue[][], merges: Area[] = []): SheetGrid => ({ name: '自评表', values, merges });

describe('the header that explains the most, with indicators below it', () => {
  // A project table: the 预算执行率 block's own header (分值, 得分) stands above the KPI header.
  const project = sheet(
    [
      ['项目支出绩效自评表'],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 100, 100, 95, 10, '95%', 10],
      [null, '其中：当年财政拨款', 100, 100, 95, '—', null, '—'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      [null, '产出指标', '数量指标', '培训人次', '≥100人次', '80人次', 45, 40],
      [null, null, null, '指标2：', null, null, null, null],
      [null, null, null, '……', null, null, null, null],
      [null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 45, 45],
      ['总分', null, null, null, null, null, 100, 95],
    ],
    [merge(1, 0, 3, 0), merge(4, 0, 8, 0)],
  );
  const scored = () => scoreWorkbook({ indicatorSheet: project });

  test('the KPI header wins over the block above it; its 偏差原因 column is the office’s, not ours to write', () => {
    const layout = scored().layout!;
    expect(layout).toMatchObject({ headerTop: 4, headerRow: 4, totalRow: 9, columns: { level1: 1, level2: 2, indicator: 3, target: 4, actual: 5, points: 6, score: 7 } });
    expect(layout.columns.reason).toBeUndefined();
  });

  test('the block is a row: points × 执行率; template rows are passed over', () => {
    expect(scored().rows.map((r) => [r.cell, r.indicator, r.family, n(r.score)])).toEqual([
      ['H3', '预算执行率', 'execution-rate', 9.5],
      ['H6', '培训人次', 'target', 36],
      ['H9', '学员满意度', 'target', 45],
    ]);
    expect(scored().rows[0].explanation).toBe('扣0.5分：执行率=95÷100=95%，10×95%=9.5');
    expect(scored().issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(n(scored().total)).toBe(90.5);
  });
});

test('a two-row header: 年度指标值 over 年初 and 调整, the adjusted one read first', () => {
  const s = sheet(
    [
      ['三级指标', '分值', '年度指标值', null, '实际完成值', '得分'],
      [null, null, '年初', '调整后', null, null],
      ['培训人次', 10, '≥100', '≥80', 80, null],
      ['服务网点', 10, '≥50', null, 40, null],
    ],
    [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 0, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5)],
  );
  const layout = findLayout(s);
  expect(layout).toMatchObject({ headerTop: 0, headerRow: 1, columns: { indicator: 0, points: 1, target: 3, initialTarget: 2, actual: 4, score: 5 } });
  const result = scoreWorkbook({ indicatorSheet: s });
  expect(result.rows.map((r) => [r.cell, n(r.score)])).toEqual([
    ['F3', 10],
    ['F4', 8],
  ]);
});

test('a target over 指标性质 | 指标值 | 度量单位 is read as one', () => {
  const s = sheet(
    [
      ['三级指标', '年度指标值', null, null, '实际完成值', '分值', '得分'],
      [null, '指标性质', '指标值', '度量单位', null, null, null],
      ['学生受资助人数', '≧', 735, '人次', 700, 10, null],
      ['政策知晓率', '═', 100, '%', '98%', 10, null],
    ],
    [merge(0, 0, 1, 0), merge(0, 1, 0, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5), merge(0, 6, 1, 6)],
  );
  expect(findLayout(s)?.columns).toMatchObject({ target: 2, targetParts: [1, 2, 3] });
  const result = scoreWorkbook({ indicatorSheet: s });
  expect(result.rows.map((r) => [r.cell, n(r.score), r.explanation])).toEqual([
    ['G3', 9.52, '扣0.48分：实际700，未达到目标≥735人次，10×700/735=9.52'],
    ['G4', 9.8, '扣0.2分：目标100%为下限；实际98%，未达到目标≥100%，10×98/100=9.8'],
  ]);
});

test('a 计量单位 column completes the target beside it', () => {
  const s = sheet([
    ['指标名称', '计量单位', '年初指标值', '全年完成值', '指标权重(分)', '得分系数(%)', '指标得分(分)'],
    ['预算调整率', '%', '3', '1.5', 2, null, null],
  ]);
  const result = scoreWorkbook({ indicatorSheet: s });
  expect(result.layout).toMatchObject({ scoreScale: 'points', columns: { target: 2, targetParts: [2, 1], points: 4, score: 6 } });
  expect(result.rows[0]).toMatchObject({ cell: 'G2', explanation: '满分：目标3%为上限；实际1.5%，达到目标≤3%' });
});

test('points written in the names when there is no points column; the total row found in any cell', () => {
  const s = sheet([
    ['一级指标', '二级指标', '三级指标', '得分'],
    ['部门决策(25分)', '目标任务(15分)', '相关性(5分)', 5],
    [null, null, '明确性(5分)', 4],
    [null, null, null, null, '合计', 9],
  ]);
  const result = scoreWorkbook({ indicatorSheet: s });
  expect(result.layout?.columns.points).toBeUndefined();
  expect(result.rows.map((r) => [r.indicator, n(r.points), n(r.score), 'kept' in r && r.kept !== null])).toEqual([
    ['相关性', 5, 5, true],
    ['明确性', 5, 4, true],
  ]);
});

test('breakdown rows (其中…) without points or score are not indicators', () => {
  const s = sheet([
    ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['种植面积', '≥30亩', '30亩', 10, null],
    ['其中：桃树种植面积', '10亩', '10亩', null, null],
    ['含：苹果', '20亩', '20亩', null, null],
  ]);
  expect(scoreWorkbook({ indicatorSheet: s }).rows.map((r) => r.indicator)).toEqual(['种植面积']);
});

describe('no table', () => {
  const near = sheet([['说明'], ['一级指标', '三级指标', '分值', '实际完成值'], ['预算', '执行率', 10, '95%']]);
  test('the row that comes closest is named, with what it lacks', () => {
    const result = scoreWorkbook({ indicatorSheet: near });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'no-header', cell: 'A2', message: '工作表“自评表”第2行像表头，但缺少“得分”列：请补上该列的表头（如“三级指标”“分值”“得分”）。' }),
    ]);
  });

  test('of several sheets, the one that comes closest', () => {
    const cover: SheetGrid = { name: '封面', values: [['2021年度自评报告']] };
    expect(closestToTable([cover, near])?.name).toBe('自评表');
    expect(closestToTable([near, cover])?.name).toBe('自评表');
    expect(closestToTable([cover])?.name).toBe('封面');
    expect(closestToTable([])).toBeUndefined();
    // None comes close: the first.
    expect(closestToTable([cover, { name: '目录', values: [['目录']] }])?.name).toBe('封面');
  });

  test.each([
    ['分值 and 得分系数 without an indicator column', [['序号', '分值', '得分系数'], [1, 10, null]], 'B1', '工作表“自评表”第1行像表头，但缺少“三级指标”列：请补上该列的表头（如“三级指标”“分值”“得分”）。'],
    ['points in the names without a 得分 column', [['三级指标', '说明'], ['相关性(5分)', null], ['明确性(5分)', null]], 'A1', '工作表“自评表”前40行中找不到表头：需要“三级指标”（或“指标名称”）、“分值”和“得分”三列。'],
  ] as [string, CellValue[][], string, string][])('%s is no table', (_what, values, cell, message) => {
    expect(scoreWorkbook({ indicatorSheet: sheet(values) }).issues).toEqual([expect.objectContaining({ code: 'no-header', cell, message })]);
  });
});

test('two sure 得分 columns refuse the table; a sure name beats one that only carries the words', () => {
  const twice = sheet([['三级指标', '分值', '得分', '自评得分'], ['a', 1, null, null]]);
  expect(scoreWorkbook({ indicatorSheet: twice }).issues[0]).toMatchObject({ code: 'duplicate-column', severity: 'error', cell: 'D1' });
  const indicator = sheet([['三级指标', '三级指标说明', '分值', '得分'], ['a', '说明', 1, null]]);
  expect(findLayout(indicator)?.columns.indicator).toBe(0);
});

test.each([
  [['三级指标', '三级指标内容', '分值', '得分'], { indicator: 0, points: 2, score: 3 }],
  [['三级指标', '分值', '得分', '综合得分'], { indicator: 0, points: 1, score: 2 }],
  [['综合得分', '三级指标', '分值', '得分'], { indicator: 1, points: 2, score: 3 }],
] as [CellValue[], object][])('beside a column named surely, one that only carries its words is no second one: %p', (header, columns) => {
  const result = scoreWorkbook({ indicatorSheet: sheet([header, header.map((h) => (h === '分值' ? 10 : h === '三级指标' ? '培训人次' : null))]) });
  expect(result.layout?.columns).toEqual(columns);
  expect(result.issues.filter((i) => i.code === 'duplicate-column' || i.code === 'no-header')).toEqual([]);
});

describe('a parent merged across columns, with or without sub-headers below it', () => {
  const header = ['三级指标', '分值', '年度指标值', null, '实际完成值', '得分'];
  const data = ['培训人次', 10, '≥100', '≥80', 80, null];
  const parent = merge(0, 2, 0, 3);

  test('sub-headers below the parent, the other headers not merged down: a two-row header', () => {
    const s = sheet([header, [null, null, '年初', '调整后', null, null], data], [parent]);
    expect(findLayout(s)).toMatchObject({ headerTop: 0, headerRow: 1, columns: { indicator: 0, points: 1, initialTarget: 2, target: 3, actual: 4, score: 5 } });
    // Its rows are scored, though 得分 and 三级指标 stand in the header's first row only.
    expect(scoreWorkbook({ indicatorSheet: s }).rows.map((r) => [r.cell, r.indicator, n(r.score)])).toEqual([['F3', '培训人次', 10]]);
  });

  test('an exporter that repeats each header in both rows is read once per column', () => {
    const s = sheet([header, ['三级指标', '分值', '年初', '调整后', '实际完成值', '得分'], data], [parent]);
    expect(findLayout(s)).toMatchObject({ headerRow: 1, columns: { indicator: 0, points: 1, initialTarget: 2, target: 3, actual: 4, score: 5 } });
  });

  test.each([
    ['评价内容', '标准分', '评价得分'],
    ['考核内容', '权重', '考核得分'],
    ['指标名称', '分数', '实际得分'],
  ])('repeated in both rows, %p %p %p are read as written once', (indicator, points, score) => {
    const named = [indicator, points, '年度指标值', null, '实际完成值', score];
    const s = sheet([named, [indicator, points, '年初', '调整后', '实际完成值', score], data], [parent]);
    expect(findLayout(s)).toMatchObject({ headerRow: 1, columns: { indicator: 0, points: 1, initialTarget: 2, target: 3, actual: 4, score: 5 } });
  });

  test('a row below the parent holding only a level name is the group’s name, not sub-headers', () => {
    const s = sheet(
      [['一级指标', '三级指标', '分值', '年度指标值', null, '得分'], ['产出指标', null, null, null, null, null], [null, '培训人次', 10, '≥100', '人次', null], [null, '服务网点', 10, '≥50', '个', null]],
      [merge(0, 3, 0, 4)],
    );
    expect(findLayout(s)).toMatchObject({ headerTop: 0, headerRow: 0, columns: { level1: 0, indicator: 1, points: 2, target: 3, score: 5 } });
    expect(scoreWorkbook({ indicatorSheet: s }).rows.map((r) => [r.cell, r.level1, r.indicator])).toEqual([
      ['F3', '产出指标', '培训人次'],
      ['F4', '产出指标', '服务网点'],
    ]);
  });

  test('figures below the parent are indicators, not sub-headers', () => {
    const s = sheet([header, data], [parent]);
    expect(findLayout(s)).toMatchObject({ headerTop: 0, headerRow: 0, columns: { indicator: 0, points: 1, target: 2, actual: 4, score: 5 } });
  });

  test('an empty row below the parent is no row of sub-headers', () => {
    const s = sheet([header, [null, null, null, null, null, null], data], [parent]);
    expect(findLayout(s)).toMatchObject({ headerTop: 0, headerRow: 0 });
  });

  test('a cell merged across the sub-header row is one sub-header, read on its first column', () => {
    const s = sheet([header, [null, null, '指标值', null, null, null], data], [parent, merge(1, 2, 1, 3)]);
    expect(findLayout(s)).toMatchObject({ headerRow: 1, columns: { target: 2, actual: 4 } });
  });
});

describe('a target in parts', () => {
  test('the figure’s column is the target wherever it stands among the parts', () => {
    const s = sheet(
      [
        ['三级指标', '年度指标值', null, null, '实际完成值', '分值', '得分'],
        [null, '指标性质', '度量单位', '指标值', null, null, null],
        ['学生受资助人数', '≥', '人次', 735, 700, 10, null],
      ],
      [merge(0, 0, 1, 0), merge(0, 1, 0, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5), merge(0, 6, 1, 6)],
    );
    expect(findLayout(s)?.columns).toMatchObject({ target: 3, targetParts: [1, 2, 3] });
  });

  test('two parts, a figure and its unit', () => {
    const s = sheet(
      [
        ['三级指标', '年度指标值', null, '实际完成值', '分值', '得分'],
        [null, '指标值', '度量单位', null, null, null],
        ['学生受资助人数', 735, '人次', 700, 10, null],
      ],
      [merge(0, 0, 1, 0), merge(0, 1, 0, 2), merge(0, 3, 1, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5)],
    );
    expect(findLayout(s)?.columns).toMatchObject({ target: 1, targetParts: [1, 2] });
    expect(scoreWorkbook({ indicatorSheet: s }).rows[0].explanation).toBe('扣0.48分：目标735人次为下限；实际700，未达到目标≥735人次，10×700/735=9.52');
  });

  describe('the unit, in the target’s cell, among its parts or in a 计量单位 column beside them, reads the same', () => {
    const layouts: [string, (actual: CellValue) => SheetGrid][] = [
      ['one cell', (actual) => sheet([['三级指标', '年度指标值', '计量单位', '实际完成值', '分值', '得分'], ['学生受资助人数', '≥735', '人次', actual, 10, null]])],
      [
        'three parts',
        (actual) =>
          sheet(
            [['三级指标', '年度指标值', null, null, '实际完成值', '分值', '得分'], [null, '指标性质', '指标值', '度量单位', null, null, null], ['学生受资助人数', '≥', 735, '人次', actual, 10, null]],
            [merge(0, 0, 1, 0), merge(0, 1, 0, 3), ...[4, 5, 6].map((c) => merge(0, c, 1, c))],
          ),
      ],
      [
        'two parts and a 计量单位 column',
        (actual) =>
          sheet(
            [['三级指标', '年度指标值', null, '计量单位', '实际完成值', '分值', '得分'], [null, '指标性质', '指标值', null, null, null, null], ['学生受资助人数', '≥', 735, '人次', actual, 10, null]],
            [merge(0, 0, 1, 0), merge(0, 1, 0, 2), ...[3, 4, 5, 6].map((c) => merge(0, c, 1, c))],
          ),
      ],
    ];
    const read = (make: (actual: CellValue) => SheetGrid, actual: CellValue) => {
      const row = scoreWorkbook({ indicatorSheet: make(actual) }).rows[0];
      return [row.status, n(row.score), row.explanation.replace(/^[A-Z]+\d+的/, '')];
    };

    test.each(layouts)('%s: the target carries its unit', (_how, make) => {
      expect(read(make, 700)).toEqual(['deducted', 9.52, '扣0.48分：实际700，未达到目标≥735人次，10×700/735=9.52']);
    });

    test.each(layouts)('%s: an actual in another unit is refused', (_how, make) => {
      expect(read(make, '700个')).toEqual(['error', null, '实际值“700个”与目标值“≥735人次”单位不同，请统一单位。']);
    });
  });

  test('a target column alone has no parts', () => {
    const s = sheet([['三级指标', '年度指标值', '实际完成值', '分值', '得分'], ['培训人次', '≥100', 80, 10, null]]);
    expect(findLayout(s)?.columns.targetParts).toBeUndefined();
  });
});

describe('the 合计 row and columns named twice', () => {
  test('a total labelled with a colon ends the table', () => {
    const s = sheet([
      ['三级指标', '分值', '得分'],
      ['培训人次', 10, 8],
      ['合计：', 10, null],
      ['备注', 5, null],
    ]);
    expect(findLayout(s)?.totalRow).toBe(2);
  });

  test('得分系数 twice with no 得分 column is refused, naming both cells', () => {
    const s = sheet([['三级指标', '分值', '得分系数', '得分系数(%)'], ['a', 1, null, null]]);
    expect(scoreWorkbook({ indicatorSheet: s }).issues[0]).toMatchObject({ severity: 'error', code: 'duplicate-column', cell: 'D1' });
  });

  test('the office’s reasoning and background in several columns are no columns named twice', () => {
    const s = sheet([['三级指标', '上年完成值', '分值', '佐证资料', '完成率', '得分', '偏差原因分析', '未完成原因'], ['培训人次', 1, 10, '见附件', '90%', null, null, null]]);
    const result = scoreWorkbook({ indicatorSheet: s });
    expect(result.layout?.columns).toEqual({ indicator: 0, points: 2, score: 5, remarks: 6 });
    expect(result.issues.filter((i) => i.code === 'duplicate-column')).toEqual([]);
  });

  test.each([
    ['评分标准 twice, scores in 得分系数', ['三级指标', '分值', '评分标准', '评分标准', '得分系数'], 'D1', '表头有两列都是“评分标准”（C1、D1），请删去或改名其中一列。'],
    ['得分系数 twice beside 得分', ['三级指标', '分值', '得分系数', '得分系数(%)', '得分'], 'D1', '表头有两列都是“得分系数”（C1、D1），请删去或改名其中一列。'],
    ['扣分原因 and 扣分说明', ['三级指标', '分值', '得分', '扣分原因', '扣分说明'], 'E1', '表头有两列都是“扣分说明”（D1、E1），请删去或改名其中一列。'],
  ] as [string, CellValue[], string, string][])('%s: a warning naming the second as written, and the table is scored', (_what, header, cell, message) => {
    const result = scoreWorkbook({ indicatorSheet: sheet([header, ['培训人次', 10, null, null, null]]) });
    expect(result.issues.filter((i) => i.code === 'duplicate-column')).toEqual([{ severity: 'warning', code: 'duplicate-column', cell, message }]);
    expect(result.rows.map((r) => r.indicator)).toEqual(['培训人次']);
  });

  test('an optional column twice is a warning naming both cells, and the first is read', () => {
    const s = sheet([['三级指标', '分值', '评分标准', '评分标准', '得分'], ['a', 1, '按完成比例计算得分', null, null]]);
    const result = scoreWorkbook({ indicatorSheet: s });
    expect(result.layout?.columns.rule).toBe(2);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'duplicate-column', cell: 'D1', message: '表头有两列都是“评分标准”（C1、D1），请删去或改名其中一列。' }),
    );
  });

  test('of two rows that come as close, the first is named', () => {
    const s = sheet([['说明'], ['三级指标', '分值'], ['a', 1], ['三级指标', '分值'], ['b', 2]]);
    expect(scoreWorkbook({ indicatorSheet: s }).issues[0]).toMatchObject({ code: 'no-header', cell: 'A2' });
  });
});

// Defects the layout variants (test/core/layoutVariants.test.ts) found, each as a person would meet it.
describe('layouts the variants found misread', () => {
  const kpi = ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const rows: CellValue[][] = [
    [null, '产出指标', '数量指标', '收容所面积', '≥200平方米', '204.46平方米', 45, 45],
    [null, '效益指标', '社会效益指标', '务工岗位', '≥5个', '4个', 45, null],
  ];

  test.each([1, 2])('a label column merged from the header over %p indicator row(s) is a label, not a second header row', (cover) => {
    const s = sheet([kpi, ...rows], [merge(0, 0, cover, 0)]);
    expect(findLayout(s)).toMatchObject({ headerTop: 0, headerRow: 0, columns: { indicator: 3, points: 6, score: 7 } });
    expect(scoreWorkbook({ indicatorSheet: s }).rows.map((r) => [r.cell, n(r.score)])).toEqual([
      ['H2', 45],
      ['H3', 36],
    ]);
  });

  test('a title merged across the table above its header is no parent of a two-row header', () => {
    const s = sheet([['2023年度部门整体支出绩效自评表'], kpi.slice(1), ...rows.map((r) => r.slice(1))], [merge(0, 0, 0, 6)]);
    expect(findLayout(s)).toMatchObject({ headerTop: 1, headerRow: 1 });
  });

  test('a blank area merged beside a form label (单位 | ____) is no parent either', () => {
    const s = sheet([['单位'], kpi.slice(1), ...rows.map((r) => r.slice(1))], [merge(0, 1, 0, 6)]);
    expect(findLayout(s)).toMatchObject({ headerTop: 1, headerRow: 1 });
  });

  test('under 绩效指标 merged over the levels, sub-headers 一级 / 二级 are read alone', () => {
    const s = sheet(
      [
        ['绩效指标', null, null, '年度指标值', '实际完成值', '分值', '得分'],
        ['一级', '二级', '指标名称', null, null, null, null],
        ...rows.map((r) => r.slice(1)),
      ],
      [merge(0, 0, 0, 2), merge(0, 3, 1, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5), merge(0, 6, 1, 6)],
    );
    expect(findLayout(s)).toMatchObject({ headerTop: 0, headerRow: 1, columns: { level1: 0, level2: 1, indicator: 2 } });
  });

  test('a target split under any of its names (计划值) keeps its operator and unit as parts', () => {
    const s = sheet(
      [
        ['三级指标', '计划值', null, null, '实际完成值', '分值', '得分'],
        [null, '指标性质', '指标值', '度量单位', null, null, null],
        ['水标尺', '≥', 266, '米', '≥266米', 10, null],
      ],
      [merge(0, 0, 1, 0), merge(0, 1, 0, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5), merge(0, 6, 1, 6)],
    );
    expect(findLayout(s)?.columns).toMatchObject({ target: 2, targetParts: [1, 2, 3] });
    expect(scoreWorkbook({ indicatorSheet: s }).rows[0].explanation).toBe('满分：实际≥266米，达到目标≥266米');
  });

  test('a note or 评价结论 merged across the table, and signatures below it, are not indicators', () => {
    const s = sheet(
      [kpi.slice(1), ...rows.map((r) => r.slice(1)), ['评价结论', '项目按计划完成。'], ['注：金额单位为万元。'], ['单位负责人：王某', null, '填表人：李某', null, null, '联系电话：1234']],
      [merge(3, 1, 3, 6), merge(4, 0, 4, 6)],
    );
    const result = scoreWorkbook({ indicatorSheet: s });
    expect(result.rows.map((r) => r.cell)).toEqual(['G2', 'G3']);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('level names repeated on every row are one group', () => {
    const s = sheet([kpi.slice(1), ['产出指标(90分)', '数量指标', '收容所面积', '≥200平方米', '204.46平方米', 45, 45], ['产出指标(90分)', '数量指标', '务工岗位', '≥5个', '5个', 45, 45]]);
    const result = scoreWorkbook({ indicatorSheet: s });
    expect(result.level1.map((g) => [g.name, n(g.points), n(g.score)])).toEqual([['产出指标', 90, 90]]);
    expect(result.issues.map((i) => i.code)).toEqual(['total-not-100']);
  });

  test('a refusal names the header where its words are, not the sheet’s first column', () => {
    const s = sheet([[null, '一级指标', '三级指标', '得分'], [null, '产出', '面积', 5]]);
    expect(scoreWorkbook({ indicatorSheet: s }).issues[0]).toMatchObject({ code: 'no-header', cell: 'B1' });
  });

  test('the warning that the points do not add up to 100 names the merged header cell a person sees', () => {
    const s = sheet([kpi.slice(1), [null, null, null, null, null, null, null], ...rows.map((r) => r.slice(1))], [0, 1, 2, 3, 4, 5, 6].map((c) => merge(0, c, 1, c)));
    expect(scoreWorkbook({ indicatorSheet: s }).issues).toContainEqual(expect.objectContaining({ code: 'total-not-100', cell: 'F1' }));
  });
});

describe('一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分 (Hainan): a 分值 for each level', () => {
  const header = ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'];
  const body: CellValue[][] = [
    ['项目决策', 20, '项目目标', 4, '目标内容', 4, 4],
    [null, null, '决策过程', 8, '决策依据', 3, 3],
    [null, null, null, null, '决策程序', 5, 5],
    [null, null, '资金分配', 8, '分配办法', 2, 2],
    [null, null, null, null, '分配结果', 6, 5],
  ];
  const merges = [merge(1, 0, 5, 0), merge(1, 1, 5, 1), merge(2, 2, 3, 2), merge(2, 3, 3, 3), merge(4, 2, 5, 2), merge(4, 3, 5, 3)];

  test('the 分值 that changes within a group is the indicators’; the others are the levels’, checked against their indicators', () => {
    const r = scoreWorkbook({ indicatorSheet: sheet([header, ...body], merges) });
    expect(r.layout?.columns).toMatchObject({ level1: 0, level1Points: 1, level2: 2, level2Points: 3, indicator: 4, points: 5, score: 6 });
    expect(r.level1.map((g) => [g.name, n(g.points), n(g.score)])).toEqual([['项目决策', 20, 19]]);
    expect(r.issues.filter((i) => i.code === 'points-mismatch' || i.code === 'duplicate-column')).toEqual([]);
  });

  test('the levels’ points are told by their values wherever the columns stand', () => {
    // The level-1 分值 moved right of 三级指标: its 20 still stands over the whole 项目决策 group.
    const moved = [header, ...body].map((r) => [r[0], r[2], r[3], r[4], r[1], r[5], r[6]]);
    const m = [merge(1, 0, 5, 0), merge(1, 4, 5, 4), merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(4, 1, 5, 1), merge(4, 2, 5, 2)];
    expect(findLayout(sheet(moved, m))?.columns).toMatchObject({ level1Points: 4, level2Points: 2, points: 5 });
  });

  test('one indicator a group: each 分值 belongs to the level on its left', () => {
    const s = sheet([header, ['项目决策', 20, '项目目标', 20, '目标内容', 20, 18], ['项目管理', 10, '资金到位', 10, '到位率', 10, 10]]);
    expect(findLayout(s)?.columns).toMatchObject({ level1Points: 1, level2Points: 3, points: 5 });
  });

  test('the same 二级 name under two 一级 groups is two groups: their 分值 need not agree', () => {
    const s = sheet([
      header,
      ['项目决策', 20, '项目管理', 20, '目标内容', 10, 10],
      ['项目决策', 20, '项目管理', 20, '决策依据', 10, 10],
      ['项目过程', 30, '项目管理', 30, '资金到位', 15, 15],
      ['项目过程', 30, '项目管理', 30, '执行率', 15, 15],
    ]);
    expect(findLayout(s)?.columns).toMatchObject({ level1Points: 1, level2Points: 3, points: 5 });
  });

  test.each([
    ['一级指标', { level1: 0, level1Points: 1 }],
    ['二级指标', { level2: 0, level2Points: 1 }],
  ])('with %s alone, its 分值 is told from the indicators’ as well', (level, columns) => {
    const s = sheet([[level, '分值', '三级指标', '分值', '得分'], ['项目决策', 20, '目标内容', 4, 4], [null, null, '决策依据', 16, 16]], [merge(1, 0, 2, 0), merge(1, 1, 2, 1)]);
    expect(findLayout(s)?.columns).toEqual({ ...columns, indicator: 2, points: 3, score: 4 });
  });

  test.each([
    ['no level column', [['三级指标', '分值', '分值', '得分'], ['目标内容', 4, 4, 4]], 'C1'],
    ['one indicator a group, both right of 三级指标', [['一级指标', '三级指标', '分值', '分值', '得分'], ['决策', 'a', 5, 5, null], ['过程', 'b', 6, 6, null]], 'D1'],
  ] as [string, CellValue[][], string][])('two 分值 that no level explains (%s) are refused, naming both', (_what, values, cell) => {
    expect(scoreWorkbook({ indicatorSheet: sheet(values) }).issues[0]).toMatchObject({ code: 'duplicate-column', severity: 'error', cell });
  });

  test('two 分值 that both change within a group are still two columns named the same: refused, naming both', () => {
    const s = sheet([['一级指标', '三级指标', '分值', '分值', '得分'], ['决策', 'a', 5, 4, null], [null, 'b', 6, 3, null]]);
    expect(scoreWorkbook({ indicatorSheet: s }).issues[0]).toMatchObject({ code: 'duplicate-column', cell: 'D1' });
  });
});
