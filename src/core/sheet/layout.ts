// Finding the indicator table: its header row anywhere near the top, columns by their header text
// in any order, and the 合计 row that ends it.
import { toA1 } from '../address';
import { messages } from '../messages';
import { compactText } from '../text';
import type { Columns, Issue, Lang, Layout, SheetGrid } from '../types';
import { Grid } from './grid';

type ColumnKey = keyof Columns;
/** Header keys: the columns, and 得分系数, a score column kept as a percentage of the points. */
type HeaderKey = ColumnKey | 'scoreShare';

const HEADERS: Record<HeaderKey, readonly string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  indicator: ['三级指标', '指标名称'],
  points: ['分值', '标准分值', '权重', '指标分值', '指标权重'],
  target: ['年度指标值', '目标值', '指标值'],
  explanation: ['指标解释', '指标说明'],
  rule: ['评分标准', '评分规则', '计分方法', '评分方法'],
  actual: ['实际完成值', '实际值', '完成值', '评价数据'],
  score: ['得分', '自评得分', '评价得分', '评分'],
  reason: ['扣分原因', '扣分说明', '偏差原因分析'],
  scoreShare: ['得分系数'],
};

const REQUIRED: readonly ColumnKey[] = ['indicator', 'points', 'score'];

const hasRequired = (columns: Partial<Record<HeaderKey, number>>) =>
  REQUIRED.every((k) => columns[k] !== undefined || (k === 'score' && columns.scoreShare !== undefined));
/** How far down the header may stand (title and unit rows above it). */
const HEADER_SEARCH_ROWS = 30;

/** Header text as typed (`得  分（分）`, `分值\n(分)`) to the bare name. */
function headerName(text: string): string {
  return compactText(text).replace(/\([^()]*\)$/, '').replace(/[:：]$/, '');
}

const BY_NAME = new Map<string, HeaderKey>();
for (const [key, names] of Object.entries(HEADERS) as [HeaderKey, readonly string[]][]) {
  for (const n of names) BY_NAME.set(n, key);
}

interface HeaderScan {
  readonly row: number;
  readonly columns: Partial<Record<HeaderKey, number>>;
  readonly duplicates: { key: HeaderKey; first: number; second: number }[];
}

function scanRow(grid: Grid, row: number): HeaderScan {
  const columns: Partial<Record<HeaderKey, number>> = {};
  const duplicates: HeaderScan['duplicates'] = [];
  for (let col = grid.left; col < grid.right; col++) {
    const merge = grid.merge(row, col);
    // A header merged across columns names its first column only.
    if (merge && merge.left !== col) continue;
    const key = BY_NAME.get(headerName(grid.text(row, col)));
    if (!key) continue;
    const seen = columns[key];
    if (seen === undefined) columns[key] = col;
    else duplicates.push({ key, first: seen, second: col });
  }
  return { row, columns, duplicates };
}

function findHeader(grid: Grid): HeaderScan | null {
  const last = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS);
  for (let row = grid.top; row < last; row++) {
    const scan = scanRow(grid, row);
    if (hasRequired(scan.columns)) return scan;
  }
  return null;
}

const TOTAL_ROW = /^(合计|总计|总分|合计得分|总得分)$/;

function isTotalLabel(text: string): boolean {
  return TOTAL_ROW.test(compactText(text));
}

function findTotalRow(grid: Grid, headerRow: number, columns: Columns): number | undefined {
  const cols = [grid.left, columns.level1, columns.level2, columns.indicator].filter(
    (c): c is number => c !== undefined,
  );
  for (let row = headerRow + 1; row < grid.bottom; row++) {
    if (cols.some((c) => isTotalLabel(grid.text(row, c)))) return row;
  }
  return undefined;
}

export type LayoutSearch =
  | { readonly ok: true; readonly layout: Layout; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

/** Locates the table, with the issues that make it unusable (or merely questionable). */
export function locateTable(sheet: SheetGrid, lang: Lang, grid = new Grid(sheet)): LayoutSearch {
  const m = messages(lang);
  const scan = findHeader(grid);
  if (!scan) {
    return {
      ok: false,
      issues: [{ severity: 'error', cell: toA1(grid.top, grid.left), code: 'no-header', message: m.noHeader(sheet.name) }],
    };
  }
  const issues: Issue[] = [];
  let fatal = false;
  for (const d of scan.duplicates) {
    const required = (REQUIRED as readonly HeaderKey[]).includes(d.key) || (d.key === 'scoreShare' && scan.columns.score === undefined);
    fatal ||= required;
    issues.push({
      severity: required ? 'error' : 'warning',
      cell: toA1(scan.row, d.second),
      code: 'duplicate-column',
      message: m.duplicateColumn(headerName(grid.text(scan.row, d.second)), toA1(scan.row, d.first), toA1(scan.row, d.second)),
    });
  }
  if (fatal) return { ok: false, issues };
  // A sheet with both 得分 and 得分系数 is scored in 得分; with 得分系数 alone, the scores go there as shares.
  const { scoreShare, ...found } = scan.columns;
  const scoreScale = found.score === undefined ? 'share' : 'points';
  const columns = { ...found, score: found.score ?? scoreShare } as Columns;
  return {
    ok: true,
    layout: { headerRow: scan.row, columns, scoreScale, totalRow: findTotalRow(grid, scan.row, columns) },
    issues,
  };
}

/** The table's layout when the sheet is an indicator sheet (its header row matches), else null. */
export function findLayout(sheet: SheetGrid): Layout | null {
  const found = locateTable(sheet, 'zh');
  return found.ok ? found.layout : null;
}

/** The names a basic-data sheet goes by (SPEC §2.2). */
export const BASIC_DATA_SHEET_NAMES: readonly string[] = ['基础数据', '基础数据表', '评价数据'];

export function isBasicDataSheetName(name: string): boolean {
  return BASIC_DATA_SHEET_NAMES.includes(compactText(name));
}
