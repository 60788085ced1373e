// The edges of an indicator table (src/core/sheet/layout.ts, budgetBlock.ts): the 预算执行率 block above
// it and the row it scores, the 合计 row that ends it, how far a header reaches down, and which of two
// header-like rows is the table's.
import { findLayout, MARK_FILLS, scoreForWriteback, scoreTables, scoreWorkbook } from '../../../src/core';
import { locateTable } from '../../../src/core/sheet/layout';
import type { Area, CellValue, SheetGrid } from '../../../src/core';
import { n } from '../../support/table';

const merge = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });
const sheet = (values: CellValue[][], merges: Area[] = []): SheetGrid => ({ name: '自评表', values, merges });
const KPI = ['三级指标', '年度指标值', '实际完成值', '分值', '得分'];
const kpiRow = (name: string): CellValue[] => [name, '≥100', 100, 10, null];

describe('the 预算执行率 block above the table', () => {
  test('its columns by their own words, and the 年度资金总额 row (not the first row with figures) scored', () => {
    const s = sheet([
      [null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '其中：财政拨款', 50, 50, 50, '—', null, null],
      [null, '年度资金总额', 100, 80, 60, 10, null, null],
      KPI,
      kpiRow('培训人次'),
    ]);
    expect(findLayout(s)?.budget).toEqual({ headerRow: 0, row: 2, columns: { budget: 3, spent: 4, points: 5, score: 7, rate: 6 } });
    const r = scoreWorkbook({ indicatorSheet: s });
    expect(r.rows.map((x) => [x.cell, n(x.score)])).toEqual([
      ['H3', 7.5],
      ['E5', 10],
    ]);
  });

  test('without a label, the first row with a budget figure; a block without 执行率 still has one', () => {
    const s = sheet([
      ['预算数', '执行数', '分值', '得分'],
      [null, null, null, null],
      [200, 150, 10, null],
      KPI,
      kpiRow('培训人次'),
    ]);
    expect(findLayout(s)?.budget).toEqual({ headerRow: 0, row: 2, columns: { budget: 0, spent: 1, points: 2, score: 3 } });
  });

  test('a header above the table missing 执行数 (or with nothing below it) is no block', () => {
    const noSpent = sheet([['全年预算数', '分值', '得分'], [100, 10, null], KPI, kpiRow('培训人次')]);
    expect(findLayout(noSpent)?.budget).toBeUndefined();
    const nothingBelow = sheet([['全年预算数', '全年执行数', '分值', '得分'], KPI, kpiRow('培训人次')]);
    expect(findLayout(nothingBelow)?.budget).toBeUndefined();
    // The table's own header is not a block of itself.
    const table = sheet([['三级指标', '全年预算数', '全年执行数', '分值', '得分'], ['a', 100, 90, 10, null]]);
    expect(findLayout(table)?.budget).toBeUndefined();
  });

  test('a block header with its first of two 分值 columns; (万元) and brackets do not hide the words', () => {
    const s = sheet([
      ['资金（万元）', '全年预算数（A）', '全年执行数（B）', '分值', '分值', '得分'],
      ['年度资金总额', 100, 90, 10, 5, null],
      KPI,
      kpiRow('培训人次'),
    ]);
    expect(findLayout(s)?.budget?.columns).toEqual({ budget: 1, spent: 2, points: 3, score: 5 });
  });
});

describe('what is no 预算执行率 block, or not its scored row', () => {
  const blockRows = (rows: CellValue[][], merges: Area[] = []) => {
    const r = scoreWorkbook({ indicatorSheet: sheet(rows, merges) });
    return {
      block: r.rows.filter((x) => x.family === 'execution-rate').map((x) => [x.cell, n(x.score)]),
      issues: r.issues.filter((i) => i.code !== 'total-not-100').map((i) => i.code),
    };
  };

  test.each([
    ['one row, with 年度资金总额', 1, '年度资金总额'],
    ['merged down two rows, with 年度资金总额', 2, '年度资金总额'],
    ['one row, no label', 1, null],
    ['merged down two rows, no label', 2, null],
  ] as [string, number, CellValue][])('a block header in %s: the first row of figures below it is scored', (_how, height, label) => {
    const header: CellValue[] = ['项目资金', '全年预算数', '全年执行数', '分值', '得分'];
    const spacer: CellValue[][] = height === 2 ? [[null, null, null, null, null]] : [];
    const merges = height === 2 ? [1, 2, 3, 4].map((c) => merge(0, c, 1, c)) : [];
    const top = height + 1;
    expect(blockRows([header, ...spacer, [label, 100, 90, 10, null], KPI, kpiRow('培训人次')], merges)).toEqual({ block: [[`E${top}`, 9]], issues: [] });
  });

  test.each([
    ['with 年初预算数', ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '得分'], (a: number, b: number) => [a, a, b]],
    ['without it', ['项目资金', '全年预算数', '全年执行数', '分值', '得分'], (a: number, b: number) => [a, b]],
  ] as [string, CellValue[], (a: number, b: number) => number[]][])('%s, the 年度资金总额 row is scored, not a 其中 row of figures above it', (_how, header, amounts) => {
    const width = header.length;
    const row = (label: string, a: number, b: number, points: CellValue): CellValue[] => [label, ...amounts(a, b), points, null].slice(0, width);
    const r = blockRows([header, row('其中：财政拨款', 50, 50, '—'), row('年度资金总额', 100, 80, 10), KPI, kpiRow('培训人次')]);
    expect(r).toEqual({ block: [[`${String.fromCharCode(64 + width)}3`, 8]], issues: [] });
  });

  test('without a label, a row whose 年初预算数 is empty (funded during the year) is still the first row with a budget figure', () => {
    const r = blockRows([['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '得分'], [null, null, 100, 90, 10, null], KPI, kpiRow('培训人次')]);
    expect(r).toEqual({ block: [['F2', 9]], issues: [] });
  });

  test('a block with no 得分 column is no block to score, and nothing is said about it', () => {
    expect(blockRows([['项目资金', '全年预算数', '全年执行数', '执行率'], ['年度资金总额', 100, 90, '90%'], KPI, kpiRow('培训人次')])).toEqual({ block: [], issues: [] });
  });

  test('a block header with no row of its own before the table does not take the table’s 合计 row', () => {
    const r = blockRows([[null, '全年预算数', '全年执行数', '分值', '得分'], KPI, kpiRow('培训人次'), ['合计', null, null, 10, null]]);
    expect(r).toEqual({ block: [], issues: [] });
  });
});

describe('the 合计 row ends the table', () => {
  test.each(['合计', '合 计：', '总分', '得分合计', '综合得分'])('labelled %p in a cell before 得分', (label) => {
    const s = sheet([KPI, kpiRow('培训人次'), [null, label, null, 10, null], kpiRow('不应读取')]);
    expect(findLayout(s)?.totalRow).toBe(2);
    expect(scoreWorkbook({ indicatorSheet: s }).rows.map((r) => r.indicator)).toEqual(['培训人次']);
  });

  test('a label in the 得分 cell itself, or one that only contains the word, is no total', () => {
    expect(findLayout(sheet([KPI, kpiRow('a'), [null, null, null, null, '合计']]))?.totalRow).toBeUndefined();
    expect(findLayout(sheet([KPI, kpiRow('a'), ['合计完成率', null, null, 10, null]]))?.totalRow).toBeUndefined();
  });

  test('a label right of 得分 (the office put 得分 before its other columns) is the total', () => {
    expect(findLayout(sheet([KPI, kpiRow('a'), [null, null, null, null, null, '合计']]))?.totalRow).toBe(2);
  });

  test('a total label in a merged area counts where the area starts only', () => {
    const s = sheet([KPI, kpiRow('a'), ['合计', null, null, 10, null], kpiRow('b')], [merge(1, 0, 2, 0)]);
    expect(findLayout(s)?.totalRow).toBe(2);
  });
});

describe('how far a header reaches down', () => {
  test('cells merged two rows down make a two-row header; further down is not the header', () => {
    const two = sheet(
      [['三级指标', '分值', '得分'], [null, null, null], ['a', 10, null]],
      [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2)],
    );
    expect(findLayout(two)).toMatchObject({ headerTop: 0, headerRow: 1 });
    const three = sheet(
      [['三级指标', '分值', '得分'], [null, null, null], [null, null, null], [null, null, null], ['a', 10, null]],
      [merge(0, 0, 3, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2)],
    );
    expect(findLayout(three)).toMatchObject({ headerTop: 0, headerRow: 1 });
    const merged3 = sheet(
      [['三级指标', '分值', '得分'], [null, null, null], [null, null, null], ['a', 10, null]],
      [merge(0, 0, 2, 0), merge(0, 1, 2, 1), merge(0, 2, 2, 2)],
    );
    expect(findLayout(merged3)).toMatchObject({ headerTop: 0, headerRow: 2 });
  });

  test('a parent merged across columns takes the row below as sub-headers — words, not figures', () => {
    const words = sheet(
      [['三级指标', '分值', '指标值', null, '得分'], [null, null, '年初', '调整', null], ['a', 10, '≥5', '≥4', null]],
      [merge(0, 2, 0, 3)],
    );
    expect(findLayout(words)).toMatchObject({ headerRow: 1, columns: { target: 3, initialTarget: 2 } });
    const figures = sheet([['三级指标', '分值', '指标值', null, '得分'], ['a', 10, 5, 4, null]], [merge(0, 2, 0, 3)]);
    expect(findLayout(figures)).toMatchObject({ headerTop: 0, headerRow: 0, columns: { target: 2 } });
    // Without a parent, the row below is data even when it holds words.
    const plain = sheet([KPI, ['a', '≥100', '完成', 10, null]]);
    expect(findLayout(plain)).toMatchObject({ headerTop: 0, headerRow: 0 });
  });

  test('two target columns without 年初 in either: the first is the initial one', () => {
    const s = sheet([['三级指标', '分值', '目标值', '指标值', '实际完成值', '得分'], ['a', 10, '≥5', '≥4', 4, null]]);
    expect(findLayout(s)?.columns).toMatchObject({ initialTarget: 2, target: 3 });
    const first = sheet([['三级指标', '分值', '调整后指标值', '年初指标值', '实际完成值', '得分'], ['a', 10, '≥5', '≥4', 4, null]]);
    expect(findLayout(first)?.columns).toMatchObject({ initialTarget: 3, target: 2 });
  });
});

describe('which header-like row is the table', () => {
  // The rows under a header are looked at 8 deep: a decoy that far above the table sees none of its rows.
  const gap = Array.from({ length: 8 }, (): CellValue[] => [null]);

  test('the one with indicator rows (points above 0) below it wins over a fuller decoy without', () => {
    const s = sheet([['三级指标', '指标解释', '评分标准', '分值', '得分', '扣分原因'], ['说明', '见附件', null, null, null, null], ...gap, KPI, kpiRow('培训人次'), kpiRow('服务网点')]);
    expect(findLayout(s)).toMatchObject({ headerRow: 10 });
  });

  test('zero points or text in the points column do not make indicator rows', () => {
    const zero = sheet([KPI, ['说明', null, null, 0, null], ['说明', null, null, 0, null], ...gap, KPI, kpiRow('培训人次')]);
    expect(findLayout(zero)).toMatchObject({ headerRow: 11 });
    const text = sheet([KPI, ['说明', null, null, '十分', null], ['说明', null, null, '五分', null], ...gap, KPI, kpiRow('培训人次')]);
    expect(findLayout(text)).toMatchObject({ headerRow: 11 });
    // Of two equal headers, the first.
    expect(findLayout(sheet([KPI, kpiRow('a'), KPI, kpiRow('b')]))).toMatchObject({ headerRow: 0 });
    expect(findLayout(sheet([KPI, kpiRow('a'), ...gap, KPI, kpiRow('b')]))).toMatchObject({ headerRow: 0 });
  });

  test('a header with the points in the names below counts those names', () => {
    const s = sheet([
      ['三级指标', '得分', '说明'],
      ['相关性(5分)', 5, null],
      ['明确性（5分）', 4, null],
    ]);
    expect(locateTable(s, 'zh')).toMatchObject({ ok: true, layout: { headerRow: 0, columns: { indicator: 0, score: 1 } } });
    // Names without points and no points column: no table.
    expect(findLayout(sheet([['三级指标', '得分'], ['相关性', 5]]))).toBeNull();
  });

  test('the header is looked for in the first 40 rows only', () => {
    const blank = Array.from({ length: 40 }, (): CellValue[] => [null]);
    expect(findLayout(sheet([...blank, KPI, kpiRow('a')]))).toBeNull();
    expect(findLayout(sheet([...blank.slice(1), KPI, kpiRow('a')]))).toMatchObject({ headerRow: 39 });
  });

  test('a 得分系数 column alone holds the scores as shares; beside 得分, 得分 holds them', () => {
    expect(findLayout(sheet([['三级指标', '分值', '得分系数'], ['a', 10, 1]]))).toMatchObject({ scoreScale: 'share', columns: { score: 2 } });
    expect(findLayout(sheet([['三级指标', '分值', '得分系数', '得分'], ['a', 10, 1, 10]]))).toMatchObject({ scoreScale: 'points', columns: { score: 3 } });
  });

  test('two 得分系数 columns without 得分 refuse the table; two 扣分原因 columns only warn', () => {
    const shares = locateTable(sheet([['三级指标', '分值', '得分系数', '得分系数'], ['a', 10, 1, 1]]), 'zh');
    expect(shares).toMatchObject({ ok: false, issues: [{ code: 'duplicate-column', severity: 'error', cell: 'D1' }] });
    const reasons = locateTable(sheet([['三级指标', '分值', '得分', '扣分原因', '扣分原因'], ['a', 10, 10, null, null]]), 'zh');
    expect(reasons).toMatchObject({ ok: true, issues: [{ code: 'duplicate-column', severity: 'warning', cell: 'E1' }] });
    expect(reasons.issues[0].message).toBe('表头有两列都是“扣分原因”（D1、E1），请删去或改名其中一列。');
  });

  test('a row explaining one column is not named as the nearest header; the fullest one is', () => {
    const one = locateTable(sheet([['三级指标'], ['a']]), 'zh');
    expect(one).toMatchObject({ ok: false, issues: [{ code: 'no-header', cell: 'A1' }] });
    expect(one.issues[0].message).not.toContain('第1行像表头');
    const two = locateTable(sheet([['三级指标', '分值'], ['三级指标', '分值', '实际完成值'], ['a', 1, 2]]), 'zh');
    expect(two.issues[0]).toMatchObject({ cell: 'A2' });
    expect(two.issues[0].message).toContain('第2行像表头，但缺少“得分”列');
  });
});

describe('the block as provinces vary it (SPEC §2.1a)', () => {
  const below = [KPI, kpiRow('培训人次')];
  const scored = (rows: CellValue[][], merges: Area[] = []) => {
    const r = scoreWorkbook({ indicatorSheet: sheet([...rows, ...below], merges) });
    const block = r.rows.find((x) => x.family === 'execution-rate');
    return {
      budget: block ? [block.cell, block.status, n(block.score), block.explanation] : null,
      issues: r.issues.filter((i) => i.code !== 'total-not-100').map((i) => [i.code, i.cell, i.message]),
    };
  };

  test('Sichuan: 调整后预算数 and 预算执行数 beside 年初预算, 权重 for the points, a label column headed 年度预算数(万元)', () => {
    const r = scored(
      [
        ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
        [null, '总额', 238.93, 251.89, 240, '95.28%', 10, null, '1.预算执行率=预算执行数/调整后预算数'],
        [null, '其中:财政资金', 238.93, 251.89, 240, '95.28%', '/', '/'],
      ],
      [merge(0, 0, 2, 0)],
    );
    expect(r).toEqual({ budget: ['H2', 'deducted', 9.53, '扣0.47分：执行率=240÷251.89=95.28%，10×95.28%=9.53'], issues: [] });
  });

  test('no 分值 cell: the points the block states in its label, or in its 得分 header', () => {
    const inLabel = scored([['预算执行情况(10分)', '预算数', '执行数', '执行率', '得分'], ['年度资金总额', 100, 92, null, null]]);
    expect(inLabel.budget).toEqual(['E2', 'deducted', 9.2, '扣0.8分：执行率=92÷100=92%，10×92%=9.2']);
    const inHeader = scored([['预算执行情况(万元)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'], ['部门整体支出总额', 864.2, 800, null, null]]);
    expect(inHeader.budget).toEqual(['E2', 'deducted', 18.51, '扣1.49分：执行率=800÷864.2=92.57%，20×92.57%=18.51']);
  });

  test('no points anywhere: not scored, and a warning names the block and says what to add', () => {
    expect(scored([['项目资金', '预算数', '执行数', '执行率', '得分'], ['年度资金总额', 100, 92, null, null]])).toEqual({
      budget: null,
      issues: [['budget-no-points', 'E1', 'B1起的预算执行率一栏没有分值，未评分：请增加“分值”列并填写（如10），或在其标题中写明（如“预算执行情况（10分）”）。']],
    });
  });

  test('年初预算数(A) and 执行率(B/A) with no 全年预算数: 年初预算数 is the divisor, and its cell is named', () => {
    const header = ['项目资金', '年初预算数(A)', '全年执行数(B)', '执行率(B/A)', '分值', '得分'];
    expect(scored([header, ['年度资金总额', 100, 92, null, 10, null]]).budget).toEqual(['F2', 'deducted', 9.2, '扣0.8分：执行率=92÷100=92%，10×92%=9.2']);
    expect(scored([header, ['年度资金总额', null, 92, null, 10, null]]).budget).toEqual(['F2', 'error', null, '缺少输入：请在B2填写年初预算数。']);
  });

  test('its own 得分计算方法 scores the rate; points × 执行率 said in words is the usual rule; a method not understood needs a person', () => {
    const header = ['项目资金', '年初预算数(A)', '全年执行数(B)', '执行率(B/A)', '得分计算方法', '分值', '得分'];
    const withMethod = (method: string, spent: number) => scored([header, ['年度资金总额', 100, spent, null, method, 10, null]]).budget;
    expect(withMethod('执行率达到90%以上得满分；每降低10个百分点扣2分，扣完为止', 75)).toEqual([
      'G2',
      'deducted',
      8,
      '扣2分：执行率=75÷100=75%；按本栏得分计算方法：75%，较90%低15个百分点，每10个百分点扣2分，计1档',
    ]);
    expect(withMethod('得分=执行率×分值', 85)).toEqual(['G2', 'deducted', 8.5, '扣1.5分：执行率=85÷100=85%，10×85%=8.5']);
    expect(withMethod('执行率按季度考核，视情况酌情扣分', 85)).toEqual(['G2', 'manual', null, 'E2的评分标准有未能识别的部分：“执行率按季度考核,视情况酌情扣分”，需人工评分。']);
  });

  test.each(['得分=执行率×分值', '得分 = 执行率 × 分值', '分值 × 执行率', '执行率 * 10分', '预算执行率×权重'])('%p, spaced or not, is the usual points × 执行率', (method) => {
    const header = ['项目资金', '年初预算数(A)', '全年执行数(B)', '执行率(B/A)', '得分计算方法', '分值', '得分'];
    expect(scored([header, ['年度资金总额', 100, 85, null, method, 10, null]]).budget).toEqual(['G2', 'deducted', 8.5, '扣1.5分：执行率=85÷100=85%，10×85%=8.5']);
  });

  test('a method merged over the block’s rows is named where it is written, its top-left cell', () => {
    const header = ['项目资金', '年初预算数(A)', '全年执行数(B)', '执行率(B/A)', '得分计算方法', '分值', '得分'];
    const r = scored([header, ['其中：财政拨款', 50, 45, null, '执行率按季度考核，视情况酌情扣分', '—', null], ['年度资金总额', 100, 85, null, null, 10, null]], [merge(1, 4, 2, 4)]);
    expect(r.budget).toEqual(['G3', 'manual', null, 'E2的评分标准有未能识别的部分：“执行率按季度考核,视情况酌情扣分”，需人工评分。']);
  });
});

describe('a total typed in the form’s header (SPEC §2.1)', () => {
  const said = (above: CellValue[][], actual: CellValue = 100) =>
    scoreWorkbook({ indicatorSheet: sheet([...above, KPI, ['培训人次', '≥100', actual, 10, 8], ['满意度', '≥90%', '95%', 10, 10]]) })
      .issues.filter((i) => i.code === 'total-disagrees')
      .map((i) => [i.cell, i.message]);

  test.each([
    [[['项目总得分 99分']], 'A1', '99'],
    [[['自评总分：69']], 'A1', '69'],
    [[['项目名称', '培训'], ['自评得分', null, 96]], 'C2', '96'],
    [[['自评总分:', '１９', '分']], 'B1', '19'],
  ] as [CellValue[][], string, string][])('%p differing from the computed total is a warning with both figures', (above, cell, typed) => {
    expect(said(above)).toEqual([[cell, `表头所填总分${typed}分，与各项得分合计20分不一致，请核对。`]]);
  });

  test('a total that agrees says nothing; nor does 总分 alone (the full marks), a figure after other words, or a partial total', () => {
    expect(said([['自评总分：20']])).toEqual([]);
    expect(said([['总分', 100]])).toEqual([]);
    expect(said([['自评得分', '见附表', 96]])).toEqual([]);
    expect(said([['自评总分：99']], '若干')).toEqual([]);
  });

  test.each([
    ['96分', [['C1', '表头所填总分96分，与各项得分合计20分不一致，请核对。']]],
    ['96', [['C1', '表头所填总分96分，与各项得分合计20分不一致，请核对。']]],
    ['96%', []],
    ['96万元', []],
  ] as [string, string[][]][])('beside its label, %p is a total only in points', (figure, warned) => {
    expect(said([['自评得分', null, figure]])).toEqual(warned);
  });

  test('in English', () => {
    const r = scoreWorkbook({ indicatorSheet: sheet([['自评总分：69'], KPI, ['培训人次', '≥100', 100, 10, null]]) }, { lang: 'en' });
    expect(r.issues.find((i) => i.code === 'total-disagrees')?.message).toBe("The form's header gives a total of 69, but the rows' scores add up to 10; please check.");
  });
});

describe('two tables on one sheet (SPEC §2.1a: a page holding two projects)', () => {
  const project = (name: string, spent: number, actual: CellValue): CellValue[][] => [
    [`${name}项目支出绩效自评表`],
    ['项目资金', '全年预算数', '全年执行数', '分值', '得分'],
    ['年度资金总额', 100, spent, 10, null],
    KPI,
    ['培训人次', '≥100', actual, 10, null],
    ['满意度', '≥90%', '95%', 10, null],
    ['总分', null, null, 30, null],
  ];
  const two = sheet([...project('甲', 100, 100), ['评价结论', '良好'], ['填表人：张某'], [null], ...project('乙', 80, 50)]);

  test('each is read as its own table: its own budget block, rows, 合计, total and title; the first’s closing rows are its own', () => {
    const [a, b, ...more] = scoreTables({ indicatorSheet: two });
    expect(more).toEqual([]);
    expect([a, b].map((r) => [r.rows.map((x) => [x.cell, n(x.score)]), n(r.total), r.layout?.totalRow, r.titleRows])).toEqual([
      [[['E3', 10], ['E5', 10], ['E6', 10]], 30, 6, [['甲项目支出绩效自评表']]],
      [[['E13', 8], ['E15', 5], ['E16', 10]], 23, 16, [['乙项目支出绩效自评表']]],
    ]);
    expect(b.layout?.areaTop).toBe(10);
  });

  test.each(['注：金额单位为万元。', '备注：见附件', '说明：数据截至12月31日', '评价结论：优', '备注'])('a note %p after the first’s 合计 closes it: it is no title of the second', (note) => {
    const tables = scoreTables({ indicatorSheet: sheet([...project('甲', 100, 100), [note], ...project('乙', 80, 50)]) });
    expect(tables.map((r) => [r.titleRows, r.layout?.areaTop])).toEqual([
      [[['甲项目支出绩效自评表']], undefined],
      [[['乙项目支出绩效自评表']], 8],
    ]);
  });

  test('a title that only begins with a note’s word (注意事项…) is the second table’s', () => {
    const tables = scoreTables({ indicatorSheet: sheet([...project('甲', 100, 100), ['注意事项汇编'], ...project('乙', 80, 50)]) });
    expect(tables[1].titleRows).toEqual([['注意事项汇编'], ['乙项目支出绩效自评表']]);
  });

  test('scoreWorkbook is the first table; the first is the first even where the second’s header weighs more', () => {
    expect(n(scoreWorkbook({ indicatorSheet: two }).total)).toBe(30);
    const heavier = sheet([KPI, ['培训人次', '≥100', 100, 10, null], ['总分', null, null, 10, null], KPI, ...[1, 2, 3, 4].map((i) => [`指标${i}号`, '≥1', 1, 10, null])]);
    expect(scoreTables({ indicatorSheet: heavier }).map((r) => r.rows.length)).toEqual([1, 4]);
    // The second's eight rows below its header outweigh what the first's header sees below it.
    const outweighs = sheet([KPI, ['培训人次', '≥100', 100, 10, null], ['总分', null, null, 10, null], KPI, ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`指标${i}号`, '≥1', 1, 10, null])]);
    expect(scoreTables({ indicatorSheet: outweighs }).map((r) => r.rows.length)).toEqual([1, 8]);
  });

  test('without a 合计, the next project’s title, form rows and budget block end the first table', () => {
    const cut = (rows: CellValue[][]) => rows.filter((r) => r[0] !== '总分');
    const [a, b, ...more] = scoreTables({ indicatorSheet: sheet([...cut(project('甲', 100, 100)), ...cut(project('乙', 80, 50))]) });
    expect(more).toEqual([]);
    expect([a, b].map((r) => [r.rows.map((x) => x.cell), r.layout?.endRow, r.titleRows])).toEqual([
      [['E3', 'E5', 'E6'], 6, [['甲项目支出绩效自评表']]],
      [['E9', 'E11', 'E12'], undefined, [['乙项目支出绩效自评表']]],
    ]);
  });

  test('a header repeated inside a table (a page break) is neither an indicator nor another table', () => {
    const r = scoreTables({ indicatorSheet: sheet([KPI, ['培训人次', '≥100', 100, 10, null], KPI, ['满意度', '≥90%', '95%', 10, null]]) });
    expect(r.map((x) => x.rows.map((y) => y.cell))).toEqual([['E2', 'E4']]);
    expect(r[0].issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('writing back writes both tables’ scores and 合计', () => {
    const { results, writeback } = scoreForWriteback({ indicatorSheet: two }, () => ({ value: null, formula: null, numberFormat: null, fill: null, note: null }), null, { fills: MARK_FILLS });
    expect(results).toHaveLength(2);
    const written = new Map(writeback.writes.map((w) => [w.address, w.state.value]));
    expect(['E3', 'E5', 'E6', 'E7', 'E13', 'E15', 'E16', 'E17'].map((a) => written.get(a))).toEqual([10, 10, 10, 30, 8, 5, 10, 23]);
  });
});
