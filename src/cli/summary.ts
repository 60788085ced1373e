// The reviewer's overview of many workbooks as the workbook 汇总.xlsx: a line per scored sheet (or
// file not scored) and the 扣分明细 sheet of every row a reviewer looks at.
import path from 'path';
import { tableWorkbook, type TableValue } from '../xlsx/tableBook';
import type { CliMessages } from './messages';
import { unpackDetails, type SummaryRow } from './summaryRow';

export const SUMMARY_FILE = '汇总.xlsx';

/** Competition ranks by total, highest first (1, 2, 2, 4); a line not scored has none. */
function ranks(rows: readonly SummaryRow[]): Map<SummaryRow, number> {
  const scored = rows.filter((o) => o.total !== null && o.failure === null).sort((a, b) => b.total! - a.total!);
  const out = new Map<SummaryRow, number>();
  scored.forEach((o, i) => out.set(o, i > 0 && scored[i - 1].total === o.total ? out.get(scored[i - 1])! : i + 1));
  return out;
}

/** The day of `at` in China Standard Time (UTC+8), where the reviewers are: `2024-03-01`. */
const dayOf = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * 汇总.xlsx (SPEC §5), a reviewer's sheet: a title with the run's date; a line per scored sheet (or file
 * not scored), highest 复核得分 first, with its rank, the typed 自评得分 beside it and their difference,
 * its share, both grades, the counts, what keeps it 未完成, and one column per level-1 area. 扣分明细:
 * every deduction, changed typed score, error and manual row of every file. Both on A4 landscape,
 * their header frozen, filtered and repeated on each page.
 */
export function summaryWorkbook(rows: readonly SummaryRow[], m: CliMessages, at: Date): Buffer {
  const c = m.reviewColumns;
  const d = m.detailColumns;
  const rank = ranks(rows);
  const order = [...rank.keys(), ...rows.filter((o) => !rank.has(o))];
  const areas = [...new Set(order.flatMap((o) => o.review?.areas.map((a) => a.name) ?? []))];
  return tableWorkbook(
    [
      {
        name: m.summarySheet,
        title: m.reviewTitle(dayOf(at)),
        keyColumns: 2,
        columns: [
          { header: c.index, width: 4 },
          { header: c.department, width: 16, wrap: true },
          { header: c.project, width: 14, wrap: true },
          { header: c.file, width: 14, wrap: true },
          { header: c.sheet, width: 10, wrap: true },
          { header: c.typed, width: 7, format: '0.00' },
          { header: c.total, width: 7, format: '0.00' },
          { header: c.difference, width: 7, format: '0.00' },
          { header: c.maxTotal, width: 7, format: '0.00' },
          { header: c.rate, width: 8, format: '0.00%' },
          { header: c.grade, width: 9, wrap: true },
          { header: c.deductions, width: 5 },
          { header: c.errors, width: 5 },
          { header: c.manual, width: 5 },
          { header: c.computed, width: 5 },
          { header: c.kept, width: 6 },
          { header: c.note, width: 24, wrap: true },
          ...areas.map((name) => ({ header: name, width: 8, format: '0.00' as const, wrap: true })),
          { header: c.rank, width: 5 },
        ],
        rows: order.map((o, i) => {
          const scored = o.total !== null && o.failure === null;
          const r = o.review;
          const typed = scored ? (r?.typedTotal ?? null) : null;
          const areaOf = (name: string) => r?.areas.find((a) => a.name === name)?.score ?? null;
          return [
            i + 1,
            r?.unit ?? o.department,
            r?.project ?? null,
            path.basename(o.file),
            o.sheet,
            typed,
            scored ? o.total : null,
            scored && typed !== null ? Math.round((o.total! - typed) * 100) / 100 : null,
            scored ? o.maxTotal : null,
            scored && o.maxTotal ? o.total! / o.maxTotal : null,
            scored ? m.grades(r?.typedGrade ?? null, o.grade) : null,
            scored ? o.deductions : null,
            scored ? o.errors : null,
            scored ? o.manual : null,
            scored ? o.computed : null,
            scored ? o.kept : null,
            o.failure ?? (o.notComputed ? m.notComputed(o.notComputed) : r && (r.open.manual.length || r.open.error.length) ? m.openRows(r.open.manual, r.open.error) : null),
            ...areas.map((name) => (scored ? areaOf(name) : null)),
            rank.get(o) ?? null,
          ];
        }),
      },
      {
        name: m.deductionSheet,
        columns: [
          { header: d.file, width: 14, wrap: true },
          { header: d.sheet, width: 10, wrap: true },
          { header: d.cell, width: 6 },
          { header: d.indicator, width: 18, wrap: true },
          { header: d.kind, width: 10, wrap: true },
          { header: d.points, width: 6, format: '0.00' },
          { header: d.typed, width: 7, format: '0.00' },
          { header: d.score, width: 7, format: '0.00' },
          { header: d.deduction, width: 6, format: '0.00' },
          { header: d.reason, width: 50, wrap: true },
        ],
        rows: detailRows(order, m),
      },
    ],
    at,
  );
}

/** The 扣分明细 rows, one sheet's lines unpacked at a time. */
function* detailRows(rows: readonly SummaryRow[], m: CliMessages): Generator<readonly TableValue[]> {
  for (const o of rows) {
    for (const l of unpackDetails(o.details)) {
      yield [path.basename(o.file), o.sheet, l.cell, l.indicator, l.kinds.map((k) => m.detailKinds[k]).join(m.listSep), l.points, l.typed, l.score, l.deduction, l.reason];
    }
  }
}
