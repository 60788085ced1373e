// A total the office typed into the form's header — `项目总得分 99分`, `自评总分：69`, `自评得分 | 96` —
// above the indicator table (SPEC §2.1): scoring compares it with the total it computes, so that the
// scored sheet does not contradict its own header unnoticed.
import { toA1 } from '../address';
import { D, readCell, type Dec } from '../numbers';
import { compactText } from '../text';
import type { Layout } from '../types';
import type { Grid } from './grid';

/** Words that name the whole form's score (not 总分 alone, which is as often the full marks). */
const TOTAL_WORDS = '(?:项目总得分|项目自评得分|部门自评得分|自评总得分|自评总分|自评得分|总得分|综合得分|评价总分)';
const IN_ONE_CELL = new RegExp(`^${TOTAL_WORDS}[:：]?(\\d+(?:\\.\\d+)?)分?$`);
const LABEL = new RegExp(`^${TOTAL_WORDS}[:：]?$`);

export interface TypedTotal {
  readonly cell: string;
  readonly value: Dec;
}

/** The total typed above the table: in one cell, or as a label with its figure in the next cell to the right. */
export function findTypedTotal(grid: Grid, layout: Layout): TypedTotal | null {
  for (let row = layout.areaTop ?? grid.top; row < layout.headerTop; row++) {
    for (let col = grid.left; col < grid.right; col++) {
      const text = compactText(grid.rawText(row, col));
      if (text === '') continue;
      const one = IN_ONE_CELL.exec(text);
      if (one) return { cell: toA1(row, col), value: new D(one[1]) };
      if (!LABEL.test(text)) continue;
      for (let next = col + 1; next < grid.right; next++) {
        const own = grid.rawText(row, next);
        if (own === '') continue;
        const read = readCell(grid.raw(row, next), grid.numberFormat(row, next));
        if (read.kind === 'number' && !read.quantity.percent && (read.quantity.unit === null || read.quantity.unit === '分')) {
          return { cell: toA1(row, next), value: read.quantity.value };
        }
        break;
      }
    }
  }
  return null;
}
