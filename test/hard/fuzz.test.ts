// Fuzzing the scoring core (fast-check, seeded): mutations of the sample's indicator and basic-data
// sheets, and random sheets built from the words finance offices use. 10,000+ cases a run. For every
// case: no exception; every issue names a cell inside its sheet; every score within [0, points];
// total = the sum of the row scores; scoring twice gives the same result.
import fc from 'fast-check';
import { fromA1, NO_RESULT, scoreWorkbook } from '../../src/core';
import type { Area, CellValue, ScoreResult, SheetGrid, Workbook } from '../../src/core';
import { findSheets, loadXlsx } from '../../src/xlsx';
import { SAMPLE } from '../fixtures/xlsx';

const SEED = 20261124;
const SAMPLE_RUNS = 2_500;
const RANDOM_RUNS = 7_600;

jest.setTimeout(120_000);

let sample: Workbook;
beforeAll(async () => {
  sample = findSheets(await loadXlsx(SAMPLE))!.workbook;
});

// ---- values a cell may hold ----------------------------------------------------------------------

const HEADERS = [
  '一级指标', '二级指标', '三级指标', '指标名称', '分值', '标准分值', '权重', '指标分值（分）', '指标解释', '年度指标值',
  '目标值', '评分标准', '评 分 规 则', '计分方法', '实际完成值', '完成值', '得分', '自评得分', '得  分（分）', '扣分原因', '序号', '备注',
];
const RULES = [
  '指标得分=(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源*指标分值',
  '得分=分值×实际完成任务量/绩效目标设定任务量×100%',
  '达96%以上,不扣分;达92%以上,按80%打分;达88%以上,按60%打分;未达到88%,不得分',
  '发现1个项目扣0.5分，直至扣完',
  '每一点不规范,扣0.5分,直至扣完',
  '发现1个项目扣1分;发现1处扣0.5分',
  '一项超预算扣0.5分,两项扣1分',
  '达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完',
  '以100%为标准。≦100%，计5分；每超过一个百分点扣0.5分，扣完为止',
  '≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；低于60%不得分',
  '=0，计3分；0-10%（含），计2分；大于30%不得分',
  '①建立管理制度，1分；②制度执行有效，1分；③定期开展检查，1分',
  '定性评价',
  '按完成比例计算得分，满分为止',
  '完成指标值的记全部分值，未完成的按完成值与指标值的比例记分',
  '100%计满分，每低于5%扣2分，扣完为止',
  '扣满15分为止',
  '任务完成率和满意度指标各占20%，量化指标不少于1个',
];
const TARGETS = ['≥90%', '不少于150项', '100%', '≤5天', '0起', '效果明显', '达成预期指标', '1、完成培训；2、服务项目不少于150项', '≥50个', '200万元'];
const ACTUALS = [
  '97.38%', '９７.３８％', '3,184.21', '8.68万元', '是,否,是', '①③', '是', '否', '无', '若干', '达成', '部分达成', '未达成',
  '103.5%', '85', '0.9738', '-1', '1e400', '192项', '5天', '', ' ', '合计', '总计', '（10分）预算管理', '\uFEFF得分', '分\u200B值',
];
const LABELS = ['预算资金总来源', '中期评估调整取消资金', '预算结余注销资金', '因公出国（境）经费预算数', '公务接待费决算数', '财政拨款执行数', '财政拨款调整预算数', '实际完成任务量'];
const ERRORS = ['#DIV/0!', '#REF!', '#N/A', '#VALUE!', NO_RESULT];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HEADERS, ...RULES, ...TARGETS, ...ACTUALS, ...LABELS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...RULES, ...TARGETS), fc.string({ maxLength: 6 })).map(([a, b]) => a + b) },
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 200 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.5, 0.9738, 1, 5, 100, 1e308, -1e308, 5e-324) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

// ---- grids ----------------------------------------------------------------------------------------

type Rows = CellValue[][];

const copyRows = (g: SheetGrid): Rows => g.values.map((r) => [...r]);

function grid(name: string, values: Rows, merges: Area[], formats?: (string | null)[][]): SheetGrid {
  return { name, origin: { row: 0, col: 0 }, values, merges, ...(formats ? { numberFormats: formats } : {}) };
}

const area = (rows: number, cols: number): fc.Arbitrary<Area> =>
  fc
    .tuple(fc.nat(rows + 2), fc.nat(cols + 1), fc.nat(6), fc.nat(2))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

/** One change to a sheet: a cell, a row removed or doubled, two columns swapped, a merge added or all removed. */
type Mutation =
  | { kind: 'set'; row: number; col: number; value: CellValue }
  | { kind: 'delete-row'; row: number }
  | { kind: 'copy-row'; row: number }
  | { kind: 'swap-columns'; a: number; b: number }
  | { kind: 'merge'; area: Area }
  | { kind: 'unmerge-all' };

const mutation = (rows: number, cols: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), row: fc.nat(rows + 2), col: fc.nat(cols + 1), value: cellValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-row' as const), row: fc.nat(rows) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy-row' as const), row: fc.nat(rows) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-columns' as const), a: fc.nat(cols), b: fc.nat(cols) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), area: area(rows, cols) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'unmerge-all' as const }) },
  );

function mutate(source: SheetGrid, mutations: readonly Mutation[]): SheetGrid {
  const values = copyRows(source);
  let merges = [...(source.merges ?? [])];
  for (const m of mutations) {
    switch (m.kind) {
      case 'set':
        while (values.length <= m.row) values.push([]);
        while (values[m.row].length <= m.col) values[m.row].push(null);
        values[m.row][m.col] = m.value;
        break;
      case 'delete-row':
        if (m.row < values.length) values.splice(m.row, 1);
        break;
      case 'copy-row':
        if (m.row < values.length) values.splice(m.row, 0, [...values[m.row]]);
        break;
      case 'swap-columns':
        for (const r of values) {
          const a = r[m.a] ?? null;
          const b = r[m.b] ?? null;
          while (r.length <= Math.max(m.a, m.b)) r.push(null);
          r[m.a] = b;
          r[m.b] = a;
        }
        break;
      case 'merge':
        merges.push(m.area);
        break;
      case 'unmerge-all':
        merges = [];
        break;
    }
  }
  return grid(source.name, values, merges);
}

/** What a column holds, by its header: the values a person would type there (and, now and then, anything). */
function columnValues(header: string): fc.Arbitrary<CellValue> {
  const h = header.replace(/\s|（分）/g, '');
  const typical: fc.Arbitrary<CellValue> = /分值|权重/.test(h)
    ? fc.oneof(fc.constantFrom(1, 2, 3, 5, 10, 0.5, '5', '５', '5分', 0, -1), fc.integer({ min: -2, max: 20 }))
    : /评分|计分/.test(h) && !/^得分|自评得分|评价得分$/.test(h)
      ? fc.constantFrom(...RULES, '')
      : /指标值|目标值|解释|说明/.test(h)
        ? fc.constantFrom(...TARGETS, '')
        : /完成值|实际值/.test(h)
          ? fc.oneof(fc.constantFrom(...ACTUALS), fc.integer({ min: -1, max: 120 }), fc.constantFrom(0.9738, 0.5, 1))
          : /得分/.test(h)
            ? fc.oneof(fc.constant(null), fc.constantFrom(0, 1, 4.75, 5, 6, '5'), fc.constant({ error: NO_RESULT }))
            : /一级|二级/.test(h)
              ? fc.constantFrom('预算管理', '（10分）预算管理', '产出', '效益', '履职效能', '重点任务', null)
              : fc.constantFrom('预算执行率', '目标填报质量', '“三公”经费控制', '满意度', '项目完成率', '管理措施');
  return fc.oneof({ weight: 5, arbitrary: typical }, { weight: 1, arbitrary: cellValue });
}

const REQUIRED_HEADERS = [['三级指标', '指标名称'], ['分值', '标准分值', '权重', '指标分值（分）'], ['得分', '自评得分', '得  分（分）']];

/** A random table: the required header names (usually) among others in random order, on a row near the top, then rows typed by column. */
const randomSheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    above: fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 3 }),
    required: fc.tuple(...REQUIRED_HEADERS.map((names) => fc.option(fc.constantFrom(...names), { freq: 8 }))),
    others: fc.oneof(
      { weight: 9, arbitrary: fc.shuffledSubarray(HEADERS.filter((h) => !REQUIRED_HEADERS.flat().includes(h)), { maxLength: 7 }) },
      { weight: 1, arbitrary: fc.shuffledSubarray(HEADERS, { maxLength: 7 }) },
    ),
    order: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
    rows: fc.nat(14),
    total: fc.boolean(),
    merges: fc.array(area(16, 8), { maxLength: 4 }),
    percentColumn: fc.option(fc.nat(9)),
    name: fc.constantFrom('指标体系', '自评表', 'Sheet1'),
  })
  .chain(({ above, required, others, order, rows, total, merges, percentColumn, name }) => {
    const names = [...new Set([...required.filter((x): x is string => x !== null), ...others])];
    const keys = order.take(names.length);
    const header = names.map((n, i) => [n, [...keys][i] ?? 0] as const).sort((a, b) => a[1] - b[1]).map(([n]) => n);
    return fc.array(fc.tuple(...header.map(columnValues)), { minLength: rows, maxLength: rows }).map((body) => {
      const values: Rows = [...above, header, ...body.map((r) => [...r])];
      if (total) values.push(['合计', null, null, 100]);
      const formats = percentColumn === null ? undefined : values.map((r) => r.map((_, c) => (c === percentColumn ? '0.00%' : null)));
      return grid(name, values, merges, formats);
    });
  });

const randomBasicData: fc.Arbitrary<SheetGrid | undefined> = fc.option(
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...LABELS), text), cellValue, fc.option(fc.constantFrom('万元', '%', '项'))), { maxLength: 10 })
    .map((pairs) => grid('基础数据', pairs.map(([l, v, u]) => [l, v, u]), [])),
  { nil: undefined },
);

// ---- the properties ------------------------------------------------------------------------------

/** A result as plain data (Decimals serialise as their exact text), to compare two runs. */
function plain(result: ScoreResult): string {
  return JSON.stringify(result);
}

function extent(g: SheetGrid | undefined): { rows: number; cols: number } {
  if (!g) return { rows: 1, cols: 1 };
  let cols = 1;
  for (const r of g.values) cols = Math.max(cols, r.length);
  return { rows: Math.max(1, g.values.length), cols };
}

/** How many cases reached each stage: a table found, rows read, a row scored, a row in error, a manual row. */
const reached = { table: 0, rows: 0, scored: 0, error: 0, manual: 0 };

function checkResult(workbook: Workbook): void {
  const result = scoreWorkbook(workbook);
  if (result.layout) reached.table++;
  if (result.rows.length) reached.rows++;
  if (result.rows.some((r) => r.score !== null)) reached.scored++;
  if (result.rows.some((r) => r.status === 'error')) reached.error++;
  if (result.rows.some((r) => r.status === 'manual')) reached.manual++;
  const again = scoreWorkbook(workbook);
  expect(plain(again)).toBe(plain(result));

  const sheets = new Map([[workbook.indicatorSheet.name, extent(workbook.indicatorSheet)]]);
  if (workbook.basicData) sheets.set(workbook.basicData.name, extent(workbook.basicData));
  for (const issue of result.issues) {
    const at = fromA1(issue.cell);
    const bounds = sheets.get(issue.sheet ?? workbook.indicatorSheet.name);
    if (!at || !bounds || at.row >= bounds.rows || at.col >= bounds.cols) {
      throw new Error(`issue ${issue.code} names ${issue.sheet ?? ''}!${issue.cell}, outside ${JSON.stringify(bounds)}: ${issue.message}`);
    }
    expect(issue.message).not.toBe('');
  }
  let sum = result.total.minus(result.total);
  for (const row of result.rows) {
    if (row.points === null) {
      expect(row.status).toBe('error');
      continue;
    }
    expect(row.points.isNegative()).toBe(false);
    if (row.score !== null) {
      expect(row.score.isNegative()).toBe(false);
      expect(row.score.greaterThan(row.points)).toBe(false);
      expect(row.score.decimalPlaces()).toBeLessThanOrEqual(2);
      sum = sum.plus(row.score);
    } else {
      expect(['manual', 'error']).toContain(row.status);
    }
  }
  expect(result.total.equals(sum)).toBe(true);
  // Complete: a table was found, it has rows, and every row has a score.
  expect(result.complete).toBe(result.layout !== undefined && result.rows.length > 0 && result.rows.every((r) => r.score !== null));
  if (result.grade !== null) expect(result.complete).toBe(true);
}

describe('fuzzing the core (seeded)', () => {
  beforeEach(() => {
    for (const k of Object.keys(reached) as (keyof typeof reached)[]) reached[k] = 0;
  });

  it(`${SAMPLE_RUNS} mutations of the sample's indicator and basic-data sheets`, () => {
    const ind = extent(sample.indicatorSheet);
    const basic = extent(sample.basicData);
    fc.assert(
      fc.property(
        fc.array(mutation(ind.rows, ind.cols), { minLength: 1, maxLength: 6 }),
        fc.array(mutation(basic.rows, basic.cols), { maxLength: 3 }),
        (onIndicators, onBasic) => {
          checkResult({ indicatorSheet: mutate(sample.indicatorSheet, onIndicators), basicData: mutate(sample.basicData!, onBasic) });
        },
      ),
      { seed: SEED, numRuns: SAMPLE_RUNS },
    );
    // The mutations must leave most sheets scoreable, or the run would test only the refusals.
    expect(reached.scored).toBeGreaterThan(SAMPLE_RUNS * 0.7);
    expect(reached.error).toBeGreaterThan(SAMPLE_RUNS * 0.05);
  });

  it(`${RANDOM_RUNS} random sheets made of real header names, rules, targets and figures`, () => {
    fc.assert(
      fc.property(randomSheet, randomBasicData, (indicatorSheet, basicData) => {
        checkResult(basicData ? { indicatorSheet, basicData } : { indicatorSheet });
      }),
      { seed: SEED + 1, numRuns: RANDOM_RUNS },
    );
    expect(reached.rows).toBeGreaterThan(RANDOM_RUNS * 0.4);
    expect(reached.scored).toBeGreaterThan(RANDOM_RUNS * 0.1);
    expect(reached.manual).toBeGreaterThan(RANDOM_RUNS * 0.05);
  });
});
