// The 预算执行率 block a project table (项目支出绩效自评表, 财预〔2020〕10号) keeps above its indicators:
// 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, and the 年度资金总额 row below it that is scored
// (SPEC §2.1a). Its headers are read by the same words as the table's, in its own vocabulary.
import type { BudgetBlock } from '../types';
import type { Grid } from './grid';
import { headerWords } from './headers';

type BlockKey = 'budget' | 'spent' | 'rate' | 'points' | 'score';

const WORDS: readonly { key: BlockKey; exact: RegExp }[] = [
  { key: 'budget', exact: /^(?:全年预算数|全年预算|调整预算数|调整后预算数|预算数|全年预算数A|年度预算数)$/ },
  { key: 'spent', exact: /^(?:全年执行数|执行数|实际执行数|实际支出数|全年实际支出|实际支出|全年执行数B|全年实际执行数|决算数)$/ },
  { key: 'rate', exact: /^(?:执行率|预算执行率|执行率B\/A)$/ },
  { key: 'points', exact: /^(?:分值|权重)$/ },
  { key: 'score', exact: /^(?:得分|自评得分)$/ },
];

/** The row that is scored: 年度资金总额 (or a total), else the first row with a budget figure. */
const TOTAL_FUNDS = /年度资金总额|资金总额|资金合计|合计|总计/;

/** The block, searched above the indicator table's header; null when the sheet has none. */
export function findBudgetBlock(grid: Grid, tableTop: number): BudgetBlock | null {
  for (let row = grid.top; row < tableTop; row++) {
    const cols: Partial<Record<BlockKey, number>> = {};
    for (let c = grid.left; c < grid.right; c++) {
      const words = headerWords(grid.text(row, c)).replace(/[()]/g, '');
      const hit = WORDS.find((w) => w.exact.test(words));
      if (hit && cols[hit.key] === undefined) cols[hit.key] = c;
    }
    const { budget, spent, points, score, rate } = cols;
    if (budget === undefined || spent === undefined || points === undefined || score === undefined) continue;
    const below: number[] = [];
    for (let r = row + 1; r < Math.min(tableTop, row + 8); r++) below.push(r);
    const labelled = below.find((r) => {
      for (let c = grid.left; c < budget; c++) if (TOTAL_FUNDS.test(grid.text(r, c))) return true;
      return false;
    });
    const dataRow = labelled ?? below.find((r) => grid.text(r, budget) !== '');
    if (dataRow === undefined) return null;
    return { headerRow: row, row: dataRow, columns: { budget, spent, points, score, ...(rate !== undefined ? { rate } : {}) } };
  }
  return null;
}
