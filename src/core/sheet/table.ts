// The indicator table's rows: level-1/level-2 names continued down merged and empty cells, points
// stated in their text (`(10分) 预算管理`), and the level-3 rows that carry points and scores. Template
// rows the office never filled (`指标1：`, `……`, a name with nothing beside it) are passed over like
// blank rows.
import { toA1 } from '../address';
import { D, readCell, type Dec } from '../numbers';
import { compactText, normalizeText } from '../text';
import type { CellValue, Columns, Layout } from '../types';
import type { Grid } from './grid';

/** A level name with the points written into it, `(10分) 预算管理` → 预算管理, 10. */
export interface LevelName {
  readonly name: string;
  readonly points: Dec | null;
  /** Where the name is written (the merged area's top-left). */
  readonly cell: string;
}

/** One cell of a row as the core needs it: where it is, what it holds, how it is shown. */
export interface CellRef {
  readonly cell: string;
  readonly value: CellValue;
  /** The value as text, trimmed ('' when empty). */
  readonly text: string;
  readonly format: string | null;
}

export interface IndicatorRow {
  /** The sheet row its score is written in: its own, or the top of a 得分 merged down onto it. */
  readonly row: number;
  readonly level1: LevelName | null;
  readonly level2: LevelName | null;
  readonly indicator: string;
  /** The 分值 cell; or, in a table with no 分值 column, the name (`相关性(5分)`), `inName`. */
  readonly points: CellRef & { readonly inName: boolean };
  /** The 评分标准 cell (a merged one's top-left); null when the table has no such column. */
  readonly rule: CellRef | null;
  /** 年度指标值; the 年初 one when the adjusted target is empty. */
  readonly target: CellRef | null;
  readonly explanation: CellRef | null;
  readonly actual: CellRef | null;
  /** The office's reasoning for the row (偏差原因…), read for the report only. */
  readonly remark: CellRef | null;
  readonly score: CellRef & { readonly col: number; readonly isFormula: boolean };
}

// Names keep their own characters (`“三公”经费控制`, full-width brackets); only spacing is tidied.
const POINTS_IN_NAME = [
  /^\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*(.+)$/, // (10分) 预算管理
  /^(.+?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/, // 预算管理（10分）
];

export const tidyName = (text: string): string =>
  text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\s\u3000]+/g, ' ').trim();

/** A name with its points written in, `(10分) 预算管理` or `相关性(5分)`: the bare name and the points; else null. */
export function pointsInName(text: string): { name: string; points: Dec } | null {
  const t = tidyName(text);
  const digits = normalizeText(t);
  const front = POINTS_IN_NAME[0].exec(digits);
  if (front) return { name: t.slice(t.length - front[2].length).trim(), points: new D(front[1]) };
  const back = POINTS_IN_NAME[1].exec(digits);
  if (back) return { name: t.slice(0, back[1].length).trim(), points: new D(back[2]) };
  return null;
}

function parseLevelName(text: string, cell: string): LevelName | null {
  const t = tidyName(text);
  if (t === '') return null;
  const found = pointsInName(t);
  return found ? { ...found, cell } : { name: t, points: null, cell };
}

/** A name the template left for the office to fill: `指标1：`, `指标 2`, `……`, `…`, `-`. */
const PLACEHOLDER = /^(?:指标\d*[:：]?|(?:\.|…|。|-|—|_)+|\/|无)$/;

/** A signature line below a table (`填表人：张某`, `单位负责人：`, `联系电话：`): the table has ended. */
const SIGNATURE = /^(?:单位负责人|财务负责人|项目负责人|部门负责人|负责人|填表人|填报人|制表人|审核人|复核人|经办人|联系人|联系电话|电话|填报日期|填表日期|日期|填报单位|单位盖章)(?:\s*[(（][^)）]*[)）])?\s*[:：]/;

/** What a form says after its 合计: the conclusion rows and their kin, the text beside (评价结论 | text) or after a colon (`备注：见附件`). */
const CLOSING = /^(?:评价结论|自评结论|存在问题|改进措施|整改措施|其他需要说明事项|其他说明|备注|说明|注)(?:[:：]|$)/;

/** A row that closes a table after its 合计: a conclusion, a note or a signature line. */
export function isClosingRow(grid: Grid, row: number): boolean {
  for (let col = grid.left; col < grid.right; col++) {
    const text = compactText(grid.rawText(row, col));
    if (text === '') continue;
    return CLOSING.test(text) || SIGNATURE.test(text);
  }
  return false;
}

/**
 * A dash or slash alone where the target goes (`—`, `-`, `/`) says there is none: read as blank, so the
 * row is judged by what else it has, not by the dash as if it were a target in prose.
 */
function noTarget(ref: CellRef): CellRef {
  return /^[-/\\]+$/.test(compactText(ref.text)) ? { ...ref, value: null, text: '' } : ref;
}

/** `其中：…`, `含…`: a breakdown of the indicator above, which carries the points. */
const BREAKDOWN = /^(?:其中|含|包括|包含)/;

/**
 * A row to pass over: nothing to score at all, a placeholder with nothing else, or a breakdown of the
 * row above with no points and no score of its own.
 */
function isTemplateRow(name: string, r: Omit<IndicatorRow, 'row' | 'level1' | 'level2' | 'indicator'>): boolean {
  const filled = (c: CellRef | null) => c !== null && c.text !== '' && !/^[-—/\\]+$/.test(c.text);
  if (![r.points, r.target, r.actual, r.score].some(filled)) return true;
  const bare = !filled(r.points) && (!filled(r.score) || r.score.text === '0');
  return bare && (PLACEHOLDER.test(compactText(name)) || BREAKDOWN.test(compactText(name)));
}

export function readRows(grid: Grid, layout: Layout): IndicatorRow[] {
  const c: Columns = layout.columns;
  const end = layout.totalRow ?? layout.endRow ?? grid.bottom;
  const rows: IndicatorRow[] = [];
  /** The sheet rows that hold an indicator so far. */
  const taken = new Set<number>();
  let level1: LevelName | null = null;
  let level2: LevelName | null = null;
  const ref = (row: number, col: number, merged = true): CellRef => {
    const area = merged ? grid.merge(row, col) : undefined;
    return {
      cell: toA1(area?.top ?? row, area?.left ?? col),
      value: merged ? grid.value(row, col) : grid.raw(row, col),
      text: merged ? grid.text(row, col) : grid.rawText(row, col),
      format: grid.numberFormat(row, col),
    };
  };
  const opt = (row: number, col: number | undefined) => (col === undefined ? null : ref(row, col));
  /**
   * The target: one cell, or several read as one text (`≥` `735` `人次`), named at its figure — and
   * empty when the figure is, whatever its unit says.
   */
  const targetAt = (row: number, figure: number): CellRef => {
    const own = ref(row, figure);
    if (!c.targetParts || own.text === '') return own;
    const text = c.targetParts.map((col) => grid.text(row, col === c.target ? figure : col)).join('');
    return { ...own, value: text, text };
  };

  // A merged level cell reads the same on every row it covers: parse its text once.
  const parsed = new Map<string, LevelName | null>();
  /** A level's points in a 分值 column of its own, beside it. */
  const pointsBeside = (row: number, col: number | undefined): Dec | null => {
    if (col === undefined) return null;
    const r = readCell(grid.value(row, col), grid.numberFormat(row, col));
    return r.kind === 'number' && !r.quantity.percent && r.quantity.value.greaterThan(0) ? r.quantity.value : null;
  };
  const levelName = (row: number, col: number | undefined, current: LevelName | null, pointsCol?: number): LevelName | null => {
    if (col === undefined) return current;
    const text = grid.text(row, col);
    if (text === '') return current;
    const area = grid.merge(row, col);
    const cell = toA1(area?.top ?? row, area?.left ?? col);
    if (!parsed.has(cell)) {
      const name = parseLevelName(text, cell);
      parsed.set(cell, name && name.points === null ? { ...name, points: pointsBeside(row, pointsCol) } : name);
    }
    const name = parsed.get(cell)!;
    // The same name written again on the next rows (not merged) continues the group.
    const same = name && current && name.name === current.name && (name.points === null || current.points === null || name.points.equals(current.points));
    return name && name.cell !== current?.cell && !same ? name : current;
  };

  /** One text merged across two of the name, the points and the score (a note, 评价结论 …): not an indicator. */
  const keyColumns = [c.indicator, c.points, c.score].filter((col): col is number => col !== undefined);
  const spansTable = (row: number): boolean =>
    keyColumns.some((col) => {
      const area = grid.merge(row, col);
      return area !== undefined && keyColumns.some((other) => other !== col && area.left <= other && other <= area.right);
    });
  /** Every own text of the row is a signature line. */
  const signed = (row: number): boolean => {
    let texts = 0;
    for (let col = grid.left; col < grid.right; col++) {
      const text = grid.rawText(row, col);
      if (text === '') continue;
      // Every signature line has its colon: most rows are told by that alone.
      if (!/[:：]/.test(text) || !SIGNATURE.test(compactText(text))) return false;
      texts++;
    }
    return texts > 0;
  };

  // The header repeated inside the table (an exporter's page break) is no indicator.
  const [indicatorHeader, scoreHeader] = [grid.text(layout.headerRow, c.indicator), grid.text(layout.headerRow, c.score)];
  const repeatsHeader = (row: number) => grid.rawText(row, c.indicator) === indicatorHeader && grid.rawText(row, c.score) === scoreHeader;
  /** A row an indicator above is merged down over, its name and its 分值 both (one indicator written tall): that indicator's. */
  const continuesAbove = (row: number) =>
    [c.indicator, c.points].every((col) => {
      if (col === undefined) return true;
      const area = grid.merge(row, col);
      return area !== undefined && area.top < row && taken.has(area.top);
    });

  for (let row = layout.headerRow + 1; row < end; row++) {
    if (signed(row)) break;
    if (spansTable(row) || repeatsHeader(row)) continue;
    const l1 = levelName(row, c.level1, level1, c.level1Points);
    if (l1 !== level1) level2 = null;
    level1 = l1;
    level2 = levelName(row, c.level2, level2, c.level2Points);
    if (continuesAbove(row)) continue;
    // The template's numbering (`指标1：`) is not part of the name.
    const written = tidyName(grid.text(row, c.indicator)).replace(/^指标\s*\d+\s*[:：]\s*(?=\S)/, '');
    if (compactText(written) === '') continue; // blank or note row
    // Without a points column, the points are in the name: `相关性(5分)`.
    const named = c.points === undefined ? pointsInName(written) : null;
    const indicator = named?.name ?? written;
    const points: IndicatorRow['points'] =
      c.points !== undefined
        ? { ...ref(row, c.points), inName: false }
        : { cell: toA1(row, c.indicator), value: named ? named.points.toNumber() : null, text: named ? named.points.toFixed() : '', format: null, inName: true };

    const adjusted = c.target === undefined ? null : noTarget(targetAt(row, c.target));
    const initial = c.initialTarget === undefined ? null : noTarget(targetAt(row, c.initialTarget));
    // A 得分 merged down from a row with no indicator of its own (one indicator written over two rows)
    // is this row's: its score goes where Excel shows it, the merged area's top-left cell. Merged with
    // another indicator's, it is that one's, and this row's own cell shows nothing.
    const area = grid.merge(row, c.score);
    const home = area && area.left === c.score && area.top < row && area.top > layout.headerRow && !taken.has(area.top) ? area.top : row;
    const cells = {
      points,
      rule: opt(row, c.rule),
      target: adjusted && adjusted.text === '' && initial ? initial : adjusted,
      explanation: opt(row, c.explanation),
      // The row's own input and score: a merged cell above belongs to another row.
      actual: c.actual === undefined ? null : ref(row, c.actual, false),
      remark: opt(row, c.remarks),
      score: { ...ref(home, c.score, false), col: c.score, isFormula: grid.isFormula(home, c.score) },
    };
    if (isTemplateRow(indicator, cells)) continue;
    taken.add(row);
    rows.push({ row: home, level1, level2, indicator, ...cells });
  }
  return rows;
}
