// Test support for the scoring core: the sample workbook read into SheetGrids (by the .xlsx adapter,
// so tests start from the real file rather than a retyped copy), helpers that change one
// cell of a grid, and fast-check arbitraries for grids of the kinds finance offices produce.
import fc from 'fast-check';
import * as path from 'path';
import { loadXlsx, sheetToGrid } from '../../src/xlsx';
import type { Area, Backup, CellState, CellValue, CellWrite, MarkFills, ScoreResult, SheetGrid, Workbook } from '../../src/core';
import { backupFor, fromA1, MARK_FILLS, parseStore, planRestore, scoreForWriteback, storeChunks, toA1, withBackup } from '../../src/core';

export const SAMPLE_PATH = path.join(__dirname, '..', '..', 'examples', '2019-shezhiwei.xlsx');

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

let sampleCache: Promise<Workbook> | null = null;

/**
 * The sample workbook (examples/2019-shezhiwei.xlsx) as the .xlsx adapter reads it. Its sheets are taken
 * by name, not found by the core: the reading is kept for the whole run, and mutation testing must not
 * keep one made while a mutant of the core's reader was active.
 */
export function loadSample(): Promise<Workbook> {
  sampleCache ??= loadXlsx(SAMPLE_PATH).then((wb) => {
    const indicator = wb.sheet('指标体系');
    const basic = wb.sheet('基础数据');
    if (!indicator || !basic) throw new Error('sample workbook lacks 指标体系 or 基础数据');
    return { indicatorSheet: sheetToGrid(indicator), basicData: sheetToGrid(basic) };
  });
  return sampleCache;
}

/** A copy of the grid with one cell (A1 address, absolute) set to a value; the formula there is dropped. */
export function withCell(grid: SheetGrid, address: string, value: CellValue): SheetGrid {
  const at = fromA1(address);
  if (!at) throw new Error(`not an address: ${address}`);
  const origin = grid.origin ?? { row: 0, col: 0 };
  const r = at.row - origin.row;
  const c = at.col - origin.col;
  const values = grid.values.map((row) => [...row]);
  while (values.length <= r) values.push([]);
  while (values[r].length <= c) values[r].push(null);
  values[r][c] = value;
  const formulas = grid.formulas?.map((row) => [...row]);
  if (formulas && formulas[r]) formulas[r][c] = null;
  return { ...grid, values, formulas } as SheetGrid;
}

/** A copy of the grid without the row whose first cell reads `label` (e.g. a 基础数据 entry). */
export function withoutRowLabelled(grid: SheetGrid, label: string): SheetGrid {
  const at = grid.values.findIndex((row) => row[0] === label);
  if (at < 0) throw new Error(`no row labelled ${label} on ${grid.name}`);
  const drop = <T>(rows: readonly (readonly T[])[] | undefined) => rows?.filter((_, i) => i !== at).map((r) => [...r]);
  const out: Mutable<SheetGrid> = { ...grid, values: drop(grid.values)! };
  if (grid.formulas) out.formulas = drop(grid.formulas);
  if (grid.numberFormats) out.numberFormats = drop(grid.numberFormats);
  return out;
}

/** The value of a cell (absolute A1 address) as stored in the grid. */
export function cellAt(grid: SheetGrid, address: string): CellValue {
  const at = fromA1(address)!;
  const origin = grid.origin ?? { row: 0, col: 0 };
  return grid.values[at.row - origin.row]?.[at.col - origin.col] ?? null;
}

// ---------------------------------------------------------------------------------------------
// fast-check arbitraries: cells, grids and workbooks of the kinds finance offices produce, and
// mutations of the sample table.
// ---------------------------------------------------------------------------------------------
/** Header texts as typed in practice (SPEC §2.1), with the variants people add. */
export const HEADER_TEXTS = [
  '一级指标', '二级指标', '三级指标', '指标名称', '分值', '标准分值', '权重', '指标分值', '指标解释', '指标说明',
  '年度指标值', '目标值', '指标值', '评分标准', '评分规则', '计分方法', '评分方法', '实际完成值', '实际值', '完成值',
  '评价数据', '得分', '自评得分', '评价得分', '评分', '扣分原因', '扣分说明', '偏差原因分析', '序号', '备注',
  '得  分（分）', '分值\n(分)', '三级指标 ', '分 值', '实际完成值（%）',
] as const;

/** Rule texts as finance offices write them (SPEC §6 and the sample). */
export const RULE_TEXTS = [
  '指标得分=(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源*指标分值',
  '得分=分值×实际完成任务量/绩效目标设定任务量×100%。实际完成任务量大于绩效目标设定任务量得满分。',
  '部门总体执行进度达96%以上,不扣分;达92%以上,按80%打分;达88%以上,按60%打分;未达到88%,不得分。 部门总体执行进度=财政拨款执行数÷财政拨款调整预算数',
  '应编制绩效目标的专项类项目、专项资金未按要求申报绩效目标,发现1个项目扣0.5分;填报内容不规范,发现1处扣0.5分。直至扣完',
  '发现一个问题点扣0.25分。',
  '采购方式、程序中每一点不规范,扣0.5分,直至扣完。',
  '一项公开工作未完成的扣1分,直至扣完。',
  '部门“三公”经费决算数一项超预算扣0.5分,两项扣1分。',
  '固定资产在用率=(实际在用固定资产总额/所有固定资产总额)×100%。固定资产在用率达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完。',
  '对部门内部、下属单位、分配的专项资金①制定明确的财务监控监督措施,得1分;②监控、监督措施执行有效,得1分。',
  '定性评价', '≥90%', '不少于150项', '扣完为止', '扣满15分为止', '每发现一处扣2分', '100%', '≤5天', '≥50个',
  '完成指标值的记全部分值,未完成的按完成值与指标值的比例记分', '每低1个百分点扣0.5分', '不得分',
  '以100%为标准。≦100%，计5分；每超过一个百分点扣0.5分，扣完为止',
  '≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；60%（含）-70%，计2分；低于60%不得分',
  '=0，计3分；0-10%（含），计2分；10%-30%（含），计1分；大于30%不得分',
  '100%计满分，每低于5%扣2分，扣完为止', '每出现一个专项未按进度完成资金下达扣0.5分，扣完为止',
  '①制度健全，1分；②执行有效，1分；③资料完整，1分', '以上情况每出现一例不符合要求的扣1分，扣完为止',
  '按完成比例计算得分，满分为止', '实际完成情况与计划每相差3%，扣1分', '≦0，计5分；>0，每超过一个百分点扣0.5分',
  '效果明显', '达成预期指标', '1、依据居民需求上线优质服务; 2、服务项目不少于150项; 3、注册用户数不少于200万。',
  '培训合格率参训人员培训合格率达100%',
  '1.履职效能指标设定,由部门根据职能职责梳理年度重点工作任务。任务完成率和满意度指标各占20%,量化指标不少于1个。',
] as const;

/** Values people type in 实际完成值, 分值 and 得分, good and bad. */
export const VALUE_TEXTS = [
  '100%', '90%', '96%', '97.38%', '９７.３８％', '105%', '-5%', '0', '1', '2', '-1', '若干', '无', '是,是', '是,否', '是,是,否',
  '否', '①②', '①③', '192项', '8.68万元', '3,184.21', '200万', '达成', '部分达成', '未达成', '健全', '有效', '5天', '1,0',
  '#DIV/0!', '#REF!', '#N/A', '合计', '总计', '(10分) 预算管理', '预算编制(5分)', '预算管理（10分）', '重点任务一 (市民云服务平台专项工作)',
  '任务完成率', '服务对象(受益)对象满意度', '固定资产在用率', '“三公”经费控制', '验收合格率', '数据准确率', '  ', '\n', '5分', '10分',
] as const;

/** Labels of the 基础数据 sheet, as the sample and real reports name them. */
export const BASIC_LABELS = [
  '项目', '年初预算数', '执行中追加预算数', '预算资金总来源', '中期评估调整取消资金', '预算结余注销资金', '财政拨款调整预算数',
  '财政拨款执行数', '因公出国（境）经费预算数', '因公出国（境）经费决算数', '公务接待费预算数', '公务接待费决算数',
  '公务用车购置及运行维护费预算数', '公务用车购置及运行维护费决算数', '实际在用固定资产总额', '所有固定资产总额',
  '实际完成任务量', '绩效目标设定任务量', '“三公”经费预算数',
] as const;

const ERROR_VALUES = ['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

/** Rule fragments glued together: near-misses of real phrasings stress the recogniser hardest. */
const FRAGMENTS = [
  '达', '以上', '不扣分', '按80%打分', '不得分', '每', '降低', '超过', '5个百分点', '扣', '1分', '0.5分', '直至扣完', '扣完为止',
  '≥', '≤', '<', '>', '=', '（含）', '-', '%', '90', '0', '100', '计', '得', '分', '；', ';', '，', '①', '②', '发现', '一项', '个',
  '指标得分', '得分=', '分值', '×', '/', '÷', '(', ')', '预算资金总来源', '所有固定资产总额', '不少于', '项', '定性', '满分', '比例',
];

export const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(0, 0.5, 0.25, 4.75, 99.75, 0.9738, 1.05, -0.01, 1e15, -1e15, 1e-12, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.double({ noNaN: true }),
  fc.double({ noNaN: true, min: -1000, max: 1000 }),
);

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<string>(...RULE_TEXTS, ...VALUE_TEXTS, ...HEADER_TEXTS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: textArb },
  { weight: 3, arbitrary: numberArb },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_VALUES).map((error) => ({ error })) },
);

const formatArb = fc.constantFrom<string | null>(null, null, null, '0.00%', '0%', '0.00', 'General', '@', '"合计"0', '#,##0.00');

export interface GridShape {
  readonly rows: number;
  readonly cols: number;
}

/** Merged areas inside a rows × cols grid (absolute, after origin), not overlapping. */
function mergesArb(shape: GridShape, origin: { row: number; col: number }): fc.Arbitrary<Area[]> {
  return fc
    .array(
      fc.record({
        top: fc.nat({ max: Math.max(0, shape.rows - 1) }),
        left: fc.nat({ max: Math.max(0, shape.cols - 1) }),
        height: fc.integer({ min: 1, max: 8 }),
        width: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 6 },
    )
    .map((raw) => {
      const out: Area[] = [];
      for (const m of raw) {
        const a: Area = {
          top: origin.row + m.top,
          left: origin.col + m.left,
          bottom: origin.row + Math.min(shape.rows - 1, m.top + m.height - 1),
          right: origin.col + Math.min(shape.cols - 1, m.left + m.width - 1),
        };
        if (a.top === a.bottom && a.left === a.right) continue;
        const overlaps = out.some((b) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right);
        if (!overlaps) out.push(a);
      }
      return out;
    });
}

/**
 * An indicator-sheet-like grid: random cells, usually with a header row (header texts in random
 * columns, at a random row), often a 合计 row, merged areas, number formats, formulas, and a used
 * range that need not start at A1.
 */
export const indicatorGridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    rows: fc.integer({ min: 0, max: 30 }),
    cols: fc.integer({ min: 1, max: 12 }),
    origin: fc.record({ row: fc.nat({ max: 5 }), col: fc.nat({ max: 4 }) }),
    withHeader: fc.boolean(),
    withTotal: fc.boolean(),
  })
  .chain(({ rows, cols, origin, withHeader, withTotal }) => {
    const shape = { rows, cols };
    const row = () => fc.array(cellArb, { minLength: 0, maxLength: cols });
    return fc.record({
      name: fc.constantFrom('指标体系', '自评表', 'Sheet1'),
      origin: fc.constant(origin),
      values: fc.array(row(), { minLength: rows, maxLength: rows }),
      formats: fc.array(fc.array(formatArb, { maxLength: cols }), { minLength: rows, maxLength: rows }),
      formulaFlags: fc.array(fc.array(fc.constantFrom<string | boolean | null>(null, null, null, true, '=D4*0.5', '=SUM(H4:H25)'), { maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: mergesArb(shape, origin),
      header: withHeader && rows > 0
        ? fc.record({
            at: fc.nat({ max: Math.min(rows - 1, 6) }),
            texts: fc.shuffledSubarray([...HEADER_TEXTS], { minLength: Math.min(3, cols), maxLength: cols }),
            required: fc.shuffledSubarray(['三级指标', '分值', '得分', '评分标准', '实际完成值', '一级指标', '二级指标', '指标解释'], { minLength: Math.min(3, cols), maxLength: Math.min(8, cols) }),
          })
        : fc.constant(null),
      total: withTotal && rows > 1 ? fc.nat({ max: rows - 1 }) : fc.constant(null),
    });
  })
  .map(({ name, origin, values, formats, formulaFlags, merges, header, total }) => {
    const grid = values.map((r) => [...r]);
    if (header) {
      const texts = [...header.required, ...header.texts].slice(0, Math.max(...grid.map((r) => r.length), header.required.length));
      grid[header.at] = texts;
    }
    if (total !== null && grid[total]) grid[total] = ['合计', ...grid[total].slice(1)];
    return { name, origin, values: grid, numberFormats: formats, formulas: formulaFlags, merges };
  });

/** A 基础数据-like sheet: label | value | unit rows, labels mostly real, values of every kind. */
export const basicDataArb: fc.Arbitrary<SheetGrid | undefined> = fc.option(
  fc.record({
    name: fc.constant('基础数据'),
    values: fc.array(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom<CellValue>(...BASIC_LABELS) }, { weight: 1, arbitrary: cellArb }),
        fc.oneof({ weight: 3, arbitrary: numberArb }, { weight: 1, arbitrary: cellArb }),
        fc.constantFrom<CellValue>('万元', null, '%', '项'),
      ),
      { maxLength: 20 },
    ),
  }),
  { nil: undefined },
);

const HEADER_SYNONYMS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  indicator: ['三级指标', '指标名称', '三级指标 '],
  points: ['分值', '标准分值', '权重', '指标分值', '分值\n(分)', '分 值'],
  target: ['年度指标值', '目标值', '指标值'],
  explanation: ['指标解释', '指标说明'],
  rule: ['评分标准', '评分规则', '计分方法', '评分方法'],
  actual: ['实际完成值', '实际值', '完成值', '评价数据', '实际完成值（%）'],
  score: ['得分', '自评得分', '评价得分', '得  分（分）'],
  reason: ['扣分原因', '扣分说明'],
  extra: ['序号', '备注'],
} as const;
type ColumnKind = keyof typeof HEADER_SYNONYMS;

const LEVEL_NAMES = ['(10分) 预算管理', '预算管理（10分）', '部门管理', '(70分) 履职效能', '预算编制(5分)', '执行进度(5分)', '基础管理(4分)', '重点任务一 (市民云服务平台专项工作)', '重点任务二'];
const INDICATOR_NAMES = ['预算安排准确性', '部门总体执行进度', '目标填报', '资金使用合规性', '财务监控有效性', '“三公”经费控制', '固定资产在用率', '信息公开', '任务完成率', '服务对象满意度', '上线服务数量', '管理机制', '质量指标', '验收合格率'];
const TARGET_TEXTS = ['≥90%', '≥85%', '不少于150项', '100%', '≤5天', '≥50个', '效果明显', '达成预期指标', '培训合格率达100%', '1、上线优质服务; 2、服务项目不少于150项'];

function columnCellArb(kind: ColumnKind): fc.Arbitrary<CellValue> {
  const some = (main: fc.Arbitrary<CellValue>, weight = 6) => fc.oneof({ weight, arbitrary: main }, { weight: 1, arbitrary: cellArb });
  switch (kind) {
    case 'level1':
    case 'level2':
      return some(fc.oneof(fc.constant(null), fc.constantFrom(...LEVEL_NAMES)));
    case 'indicator':
      return some(fc.constantFrom(...INDICATOR_NAMES));
    case 'points':
      return some(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom<CellValue>(0.5, 2.5, '5', '5分')));
    case 'target':
      return some(fc.constantFrom(...TARGET_TEXTS));
    case 'explanation':
    case 'rule':
      return some(fc.oneof(fc.constantFrom(...RULE_TEXTS), fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 2, maxLength: 14 }).map((a) => a.join(''))));
    case 'actual':
      return some(fc.oneof(fc.constantFrom<CellValue>(...VALUE_TEXTS), fc.integer({ min: -2, max: 200 }), fc.double({ noNaN: true, min: -2, max: 2 })), 4);
    case 'score':
      return some(fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 12 }), fc.constantFrom<CellValue>(4.75, 0.5, 99.75)));
    case 'reason':
    case 'extra':
      return some(fc.oneof(fc.constant(null), fc.constantFrom<CellValue>('说明', 1, 2)));
  }
}

/**
 * A grid shaped like an indicator table: title rows, a header of distinct columns in random order,
 * rows whose cells suit their column (with some noise), merged level and rule cells, maybe a 合计 row.
 */
export const tableGridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    optional: fc.shuffledSubarray(['level1', 'level2', 'target', 'explanation', 'rule', 'actual', 'reason', 'extra'] as ColumnKind[]),
    order: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
    titleRows: fc.nat({ max: 4 }),
    bodyRows: fc.integer({ min: 1, max: 25 }),
    origin: fc.record({ row: fc.nat({ max: 3 }), col: fc.nat({ max: 3 }) }),
    withTotal: fc.boolean(),
  })
  .chain(({ optional, order, titleRows, bodyRows, origin, withTotal }) => {
    const kinds = [...(['indicator', 'points', 'score'] as ColumnKind[]), ...optional]
      .map((k) => ({ k, o: order.next().value as number }))
      .sort((a, b) => a.o - b.o)
      .map((x) => x.k);
    const width = kinds.length;
    const headerRow = titleRows;
    const levelSpans = (kind: ColumnKind) => {
      const col = kinds.indexOf(kind);
      if (col < 0) return fc.constant([] as Area[]);
      return fc.array(fc.record({ start: fc.nat({ max: bodyRows - 1 }), height: fc.integer({ min: 2, max: 6 }) }), { maxLength: 3 }).map((spans) => {
        const out: Area[] = [];
        for (const sp of spans) {
          const top = origin.row + headerRow + 1 + sp.start;
          const bottom = Math.min(origin.row + headerRow + bodyRows, top + sp.height - 1);
          const a = { top, bottom, left: origin.col + col, right: origin.col + col };
          if (bottom > top && !out.some((b) => a.top <= b.bottom && b.top <= a.bottom)) out.push(a);
        }
        return out;
      });
    };
    return fc.record({
      kinds: fc.constant(kinds),
      origin: fc.constant(origin),
      headerRow: fc.constant(headerRow),
      header: fc.tuple(...kinds.map((k) => fc.constantFrom<string>(...HEADER_SYNONYMS[k]))),
      titles: fc.array(fc.array(cellArb, { maxLength: width }), { minLength: titleRows, maxLength: titleRows }),
      body: fc.array(fc.tuple(...kinds.map(columnCellArb)), { minLength: bodyRows, maxLength: bodyRows }),
      formats: fc.array(fc.array(formatArb, { maxLength: width }), { minLength: bodyRows, maxLength: bodyRows }),
      total: withTotal ? fc.tuple(fc.constantFrom('合计', '总计', '合 计'), fc.oneof(fc.constant(null), numberArb)) : fc.constant(null),
      merges: fc.tuple(levelSpans('level1'), levelSpans('level2'), levelSpans('rule')).map((m) => m.flat()),
      noise: fc.array(fc.record({ row: fc.nat({ max: titleRows + bodyRows + 1 }), col: fc.nat({ max: width - 1 }), value: cellArb }), { maxLength: 4 }),
    });
  })
  .map(({ kinds, origin, headerRow, header, titles, body, formats, total, merges, noise }) => {
    const values: CellValue[][] = [...titles.map((r) => [...r]), [...header], ...body.map((r) => [...r])];
    const numberFormats: (string | null)[][] = [...titles.map(() => []), [], ...formats.map((r) => [...r])];
    if (total) {
      const row: CellValue[] = kinds.map(() => null);
      row[kinds.includes('level1') ? kinds.indexOf('level1') : kinds.indexOf('indicator')] = total[0];
      row[kinds.indexOf('score')] = total[1];
      values.push(row);
    }
    // Merged cells are empty below their first row, as Excel stores them.
    for (const m of merges) for (let r = m.top + 1; r <= m.bottom; r++) values[r - origin.row][m.left - origin.col] = null;
    for (const n of noise) if (values[n.row] && n.row !== headerRow) values[n.row][n.col] = n.value;
    return { name: '指标体系', origin, values, numberFormats, merges };
  });

export const workbookArb: fc.Arbitrary<Workbook> = fc.record({
  indicatorSheet: fc.oneof({ weight: 3, arbitrary: tableGridArb }, { weight: 1, arbitrary: indicatorGridArb }),
  basicData: basicDataArb,
});

// ------------------------------ mutations of the sample table ---------------------------------

export type Mutation =
  | { readonly kind: 'set'; readonly row: number; readonly col: number; readonly value: CellValue }
  | { readonly kind: 'clear'; readonly row: number; readonly col: number }
  | { readonly kind: 'swap-columns'; readonly a: number; readonly b: number }
  | { readonly kind: 'set-basic'; readonly row: number; readonly value: CellValue }
  | { readonly kind: 'drop-basic'; readonly row: number };

/** Mutations on the sample: rows 3–26 (zero-based 2–25) and columns A–H of 指标体系, rows of 基础数据. */
export const sampleMutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), row: fc.integer({ min: 2, max: 25 }), col: fc.integer({ min: 0, max: 7 }), value: cellArb }),
  fc.record({ kind: fc.constant('set' as const), row: fc.integer({ min: 3, max: 24 }), col: fc.constant(6), value: cellArb }),
  fc.record({ kind: fc.constant('clear' as const), row: fc.integer({ min: 2, max: 25 }), col: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('swap-columns' as const), a: fc.integer({ min: 0, max: 7 }), b: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set-basic' as const), row: fc.integer({ min: 1, max: 15 }), value: cellArb }),
  fc.record({ kind: fc.constant('drop-basic' as const), row: fc.integer({ min: 1, max: 15 }) }),
);

function mutableCopy(grid: SheetGrid): { values: CellValue[][]; formulas: (string | boolean | null | undefined)[][]; numberFormats: (string | null | undefined)[][] } {
  return {
    values: grid.values.map((r) => [...r]),
    formulas: (grid.formulas ?? grid.values.map(() => [])).map((r) => [...r]),
    numberFormats: (grid.numberFormats ?? grid.values.map(() => [])).map((r) => [...r]),
  };
}

/** Swaps two whole columns, carrying single-column merges along (the title merge spans both and stays). */
export function swapColumns(grid: SheetGrid, a: number, b: number): SheetGrid {
  const g = mutableCopy(grid);
  const swap = <T>(rows: T[][]) => {
    for (const r of rows) {
      while (r.length <= Math.max(a, b)) r.push(undefined as T);
      [r[a], r[b]] = [r[b], r[a]];
    }
  };
  swap(g.values);
  for (const r of g.values) for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
  swap(g.formulas);
  swap(g.numberFormats);
  const moved = (c: number) => (c === a ? b : c === b ? a : c);
  const merges = (grid.merges ?? []).map((m) => (m.left === m.right ? { ...m, left: moved(m.left), right: moved(m.left) } : m));
  return { ...grid, ...g, merges };
}

/** Moves the whole table down and right: title rows and an index column of the office's own. */
export function shiftGrid(grid: SheetGrid, down: number, right: number): SheetGrid {
  return {
    ...grid,
    origin: { row: (grid.origin?.row ?? 0) + down, col: (grid.origin?.col ?? 0) + right },
    merges: (grid.merges ?? []).map((m) => ({ top: m.top + down, bottom: m.bottom + down, left: m.left + right, right: m.right + right })),
  };
}

export function applyMutation(wb: Workbook, m: Mutation): Workbook {
  const sheet = wb.indicatorSheet;
  switch (m.kind) {
    case 'set':
    case 'clear': {
      const g = mutableCopy(sheet);
      while (g.values[m.row].length <= m.col) g.values[m.row].push(null);
      g.values[m.row][m.col] = m.kind === 'set' ? m.value : null;
      if (g.formulas[m.row]) g.formulas[m.row][m.col] = null;
      return { ...wb, indicatorSheet: { ...sheet, ...g } };
    }
    case 'swap-columns':
      return { ...wb, indicatorSheet: swapColumns(sheet, m.a, m.b) };
    case 'set-basic': {
      if (!wb.basicData || m.row >= wb.basicData.values.length) return wb;
      const g = mutableCopy(wb.basicData);
      g.values[m.row][1] = m.value;
      g.formulas[m.row][1] = null;
      return { ...wb, basicData: { ...wb.basicData, ...g } };
    }
    case 'drop-basic': {
      if (!wb.basicData || m.row >= wb.basicData.values.length) return wb;
      const label = wb.basicData.values[m.row][0];
      return typeof label === 'string' ? { ...wb, basicData: withoutRowLabelled(wb.basicData, label) } : wb;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// An indicator sheet held in memory as an adapter holds it, for write-back tests.
// ---------------------------------------------------------------------------------------------

/** How the tests encode our highlights (an adapter's own encoding; opaque to the core). */
export const FILLS: MarkFills = MARK_FILLS;
export const EMPTY: CellState = { value: null, formula: null, numberFormat: null, fill: null, note: null };

/** A cell value as Excel can hold it: there is no negative zero in a worksheet. */
function excelValue(v: CellValue): CellValue {
  return typeof v === 'number' && Object.is(v, -0) ? 0 : v;
}

/** The indicator sheet as an adapter sees it: every cell's complete state, plus the merged areas. */
export class MemorySheet {
  readonly cells = new Map<string, CellState>();
  /** The backup as the adapter stores it in the workbook (a hidden name or custom XML part): text. */
  stored: string | null = null;

  constructor(private readonly base: SheetGrid, private readonly basicData: SheetGrid | undefined) {
    const origin = base.origin ?? { row: 0, col: 0 };
    base.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = base.formulas?.[r]?.[c];
        const state: CellState = {
          value: excelValue(value),
          formula: typeof formula === 'string' ? formula : formula === true ? '=N(1)' : null,
          numberFormat: base.numberFormats?.[r]?.[c] ?? null,
          fill: null,
          note: null,
        };
        if (value !== null || state.formula !== null || state.numberFormat !== null) this.cells.set(`${origin.row + r}:${origin.col + c}`, state);
      }),
    );
  }

  at(address: string): CellState {
    const { row, col } = fromA1(address)!;
    return this.cells.get(`${row}:${col}`) ?? EMPTY;
  }

  set(address: string, change: Partial<CellState>): void {
    const { row, col } = fromA1(address)!;
    const next = { ...this.at(address), ...change };
    this.cells.set(`${row}:${col}`, { ...next, value: excelValue(next.value) });
  }

  /** The workbook the core scores: values (formula results), formulas and formats as the sheet shows them now. */
  workbook(): Workbook {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(':').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
      for (let c = 0; c < cols; c++) {
        const s = this.cells.get(`${r}:${c}`) ?? EMPTY;
        values[r].push(s.value);
        formulas[r].push(s.formula);
        numberFormats[r].push(s.numberFormat);
      }
    }
    return { indicatorSheet: { name: this.base.name, values, formulas, numberFormats, merges: this.base.merges }, basicData: this.basicData };
  }

  apply(writes: readonly CellWrite[]): void {
    for (const w of writes) {
      if (w.address !== toA1(w.row, w.col)) throw new Error(`write at ${w.address} says row ${w.row}, col ${w.col}`);
      this.cells.set(`${w.row}:${w.col}`, w.state);
    }
  }

  /** One click of 评分: score the sheet as it stands, write, store the backup. */
  score(options: { overwriteFormulas?: boolean; lang?: 'zh' | 'en' } = {}): { result: ScoreResult; writes: readonly CellWrite[]; backup: Backup } {
    const { result, writeback } = scoreForWriteback(
      this.workbook(),
      (row, col) => this.cells.get(`${row}:${col}`) ?? EMPTY,
      backupFor(parseStore(this.stored), this.base.name),
      { fills: FILLS, ...options },
    );
    this.apply(writeback.writes);
    this.stored = storeChunks(withBackup(parseStore(this.stored), this.base.name, writeback.backup)).join('') || null;
    return { result, writes: writeback.writes, backup: writeback.backup };
  }

  /** One click of 还原 / Restore. */
  restore(): readonly CellWrite[] {
    const backup = backupFor(parseStore(this.stored), this.base.name);
    if (backup === null) return []; // nothing was changed, so nothing to put back (the adapters' 'nothing-to-restore')
    const writes = planRestore(backup, this.cells);
    this.apply(writes);
    this.stored = null;
    return writes;
  }

  /** Every cell's state, for exact comparison (cells absent and cells EMPTY compare equal). */
  snapshot(): Record<string, CellState> {
    const out: Record<string, CellState> = {};
    for (const [k, s] of this.cells) {
      if (s.value === null && s.formula === null && s.numberFormat === null && s.fill === null && s.note === null) continue;
      const [r, c] = k.split(':').map(Number);
      out[toA1(r, c)] = s;
    }
    return out;
  }
}

