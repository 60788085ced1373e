// The 预算执行率 block a project table (项目支出绩效自评表, 财预〔2020〕10号) keeps above its indicators:
// 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, and the 年度资金总额 row below it that is scored
// (SPEC §2.1a). Its headers are read by the same words as the table's, in its own vocabulary. Provinces
// vary it: 年初预算数(A) as the divisor where there is no 全年预算数 (执行率(B/A)), 调整后预算数 and
// 预算执行数 (Sichuan), points in the block's label (`预算执行情况(10分)`) or its 得分 header
// (`得分(20分*执行率)`) rather than in a 分值 cell, a 得分计算方法 of its own.
import { toA1 } from '../address';
import { readCell } from '../numbers';
import type { BudgetBlock } from '../types';
import type { Grid } from './grid';
import { headerWords } from './headers';

type BlockKey = 'budget' | 'initial' | 'spent' | 'rate' | 'points' | 'score' | 'method';

const WORDS: readonly { key: BlockKey; exact: RegExp }[] = [
  { key: 'initial', exact: /^(?:年初预算数|年初预算|年初预算数A)$/ },
  { key: 'budget', exact: /^(?:全年预算数|全年预算|调整预算数|调整后预算数|调整后预算|预算数|全年预算数A|年度预算数)$/ },
  { key: 'spent', exact: /^(?:全年执行数|执行数|实际执行数|实际支出数|全年实际支出|实际支出|全年执行数B|全年实际执行数|决算数|预算执行数|执行数B)$/ },
  { key: 'rate', exact: /^(?:执行率|预算执行率|执行率B\/A)$/ },
  { key: 'points', exact: /^(?:分值|权重|分值权重|权重分值)$/ },
  { key: 'score', exact: /^(?:得分|自评得分)$/ },
  { key: 'method', exact: /^(?:得分计算方法|计算方法|计分方法|评分方法|评分标准|评分规则|计算公式|得分计算公式)$/ },
];

/** The row that is scored: 年度资金总额 (or a total), else the first row with a budget figure. */
const TOTAL_FUNDS = /总额|资金合计|合计|总计/;

/** Points written into a label or a header: `预算执行情况(10分)`, `得分(20分*执行率)`. */
const POINTS_IN_LABEL = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*(?:[)）]|[*×xX])/;

/** The block's own way to score, when it states one other than points × 执行率. */
const DEFAULT_METHOD = /^(?:得分\s*[=＝]\s*)?(?:(?:分值|权重|\d+(?:\.\d+)?分)\s*[*×xX]\s*(?:预算)?执行率|(?:预算)?执行率\s*[*×xX]\s*(?:分值|权重|\d+(?:\.\d+)?分))$/;

/** Words in the row (总额, 其中：财政资金), not an amount, nor an amount gone wrong. */
const holdsWords = (grid: Grid, row: number, col: number) => readCell(grid.value(row, col), grid.numberFormat(row, col)).kind === 'text';

/** The block, searched from `from` (the table's area) to the indicator table's header; null when there is none. */
export function findBudgetBlock(grid: Grid, from: number, tableTop: number): BudgetBlock | null {
  for (let row = from; row < tableTop; row++) {
    const cols: Partial<Record<BlockKey, number[]>> = {};
    for (let c = grid.left; c < grid.right; c++) {
      const m = grid.merge(row, c);
      if (m && (m.top !== row || m.left !== c)) continue;
      const words = headerWords(grid.text(row, c)).replace(/[()]/g, '');
      const hit = WORDS.find((w) => w.exact.test(words));
      if (hit) (cols[hit.key] ??= []).push(c);
    }
    const budgets = [...(cols.budget ?? []), ...(cols.initial ?? [])];
    const spent = cols.spent?.[0];
    const score = cols.score?.[0];
    if (budgets.length === 0 || spent === undefined || score === undefined) continue;

    const below: number[] = [];
    for (let r = row + 1; r < Math.min(tableTop, row + 8); r++) below.push(r);
    const labelled = below.find((r) => {
      for (let c = grid.left; c < Math.min(...budgets); c++) if (TOTAL_FUNDS.test(grid.text(r, c))) return true;
      return false;
    });
    // A figure of the row's own: a header merged down over two rows shows its words in the second.
    const dataRow = labelled ?? below.find((r) => budgets.some((c) => grid.rawText(r, c) !== ''));
    if (dataRow === undefined) return null;
    // The divisor: the full-year (adjusted) budget; 年初预算数 only where the block has no other. A column
    // whose row holds words (`年度预算数(万元)` over 总额/其中) is the block's labels, not a budget.
    const usable = (c: number) => !holdsWords(grid, dataRow, c);
    const budget = (cols.budget ?? []).find(usable) ?? (cols.initial ?? []).find(usable);
    if (budget === undefined) continue;
    const points = cols.points?.[0];
    const rate = cols.rate?.[0];
    const method = cols.method?.[0];
    const methodText = method === undefined ? '' : grid.text(dataRow, method);
    const methodArea = method === undefined ? undefined : grid.merge(dataRow, method);
    return {
      headerRow: row,
      row: dataRow,
      columns: { budget, spent, ...(points !== undefined ? { points } : {}), score, ...(rate !== undefined ? { rate } : {}) },
      ...(cols.budget?.includes(budget) ? {} : { divisor: 'initial' as const }),
      ...(points === undefined ? statedPoints(grid, row, dataRow, budget, score) : {}),
      ...(methodText !== '' && !DEFAULT_METHOD.test(methodText.replace(/\s+/g, ''))
        ? { method: { cell: toA1(methodArea?.top ?? dataRow, methodArea?.left ?? method!), text: methodText } }
        : {}),
    };
  }
  return null;
}

/**
 * Points the block states in words, where it has no 分值 cell: in its label (left of the amounts, on
 * its header or its row) or in its 得分 header. `stated: null` where it states none.
 */
function statedPoints(grid: Grid, headerRow: number, dataRow: number, budget: number, score: number): Pick<BudgetBlock, 'stated'> {
  const places = [{ row: headerRow, col: score }];
  for (const row of [headerRow, dataRow]) for (let c = grid.left; c < budget; c++) places.push({ row, col: c });
  for (const { row, col } of places) {
    const m = POINTS_IN_LABEL.exec(grid.text(row, col));
    if (m) {
      const area = grid.merge(row, col);
      return { stated: { cell: toA1(area?.top ?? row, area?.left ?? col), value: Number(m[1]) } };
    }
  }
  return { stated: null };
}
