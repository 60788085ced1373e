// The sheets the pane hands in, built from the view: 扣分明细 (every error and deduction, a link to its
// cell) and 评价结论 (the report text, a paragraph a row). Pure; the adapter writes them (addReportSheet).
import { shownAddress } from '../core/cells';
import type { NewSheet } from '../core/newSheet';
import type { Strings } from './strings';
import type { ResultView } from './view';

export function detailSheet(view: ResultView, s: Strings): NewSheet {
  const header = s.detailHeader;
  return {
    name: s.detailSheetName,
    // Points: 一级指标, 指标, 类型, 分值, 得分, 扣分, 原因, 单元格 — the reason wraps, the page is landscape.
    columns: [
      { width: 70, wrap: true },
      { width: 110, wrap: true },
      { width: 40, wrap: false },
      { width: 40, wrap: false },
      { width: 40, wrap: false },
      { width: 40, wrap: false },
      { width: 330, wrap: true },
      { width: 70, wrap: false },
    ],
    rows: [
      [...header],
      ...view.details.map((d) => [
        d.level1,
        d.indicator,
        d.kind === 'error' ? s.detailError : s.detailDeduction,
        d.points,
        d.score,
        d.lost,
        d.reason,
        { text: shownAddress(d.sheet === view.sheet ? null : d.sheet, d.cell), link: { sheet: d.sheet, cell: d.cell } },
      ]),
    ],
    headerRows: 1,
    borders: true,
    orientation: 'Landscape',
  };
}

/** Section headings of the 评价结论 (`（一）评价结论`, `(1) Conclusion`) and area headings (`预算管理方面：`) print bold. */
const HEADING = /^(?:（[一二三四五六七八九十]）|\(\d\) )|[：:]$/;

export function conclusionSheet(view: ResultView, s: Strings): NewSheet {
  const lines = view.conclusion.split('\n');
  return {
    name: s.conclusionSheetName,
    columns: [{ width: 640, wrap: true }],
    rows: lines.map((line) => [line]),
    headerRows: 0,
    borders: false,
    orientation: 'Portrait',
    boldRows: lines.flatMap((line, i) => (HEADING.test(line) ? [i] : [])),
  };
}
