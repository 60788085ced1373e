// A ScoreResult as the pane's plain view (see ./view). Loaded on demand, after the first scoring.
import type Decimal from 'decimal.js';
import type { Issue, RowResult, ScoreResult } from '../core/types';
import { buildReport, reportText } from '../core/conclusion';
import { fromA1 } from '../core/address';
import { plainName } from '../core/report/names';
import { subjectOf } from '../core/report/subject';
import type { PrintOutcome } from '../excel';
import type { CellItem, ChangedItem, DeductionItem, DetailRow, KeptItem, ManualItem, NoteItem, ResultView } from './view';

/** Scores, totals and deductions: two decimals, as the sheet shows them (0.00). */
const two = (d: Decimal): string => d.toFixed(2);
/** Points: as written (10, 2.5). */
const points = (d: Decimal): string => d.toFixed();

/** `H12：原得分…` / `H12: …` → `原得分…`: the list shows the cell beside the text, once. */
export function withoutCell(text: string, cell: string): string {
  return text.startsWith(cell) && /^[：:]/.test(text.slice(cell.length)) ? text.slice(cell.length + 1).trimStart() : text;
}

/**
 * What the adapter adds to a result: the other sheets, the print setup, the 扣分原因 column, and the
 * cells whose explanation could not go into a note or comment.
 */
export interface ScoringExtras {
  readonly otherSheets?: readonly string[];
  readonly print?: PrintOutcome | null;
  readonly reasonColumn?: ResultView['reasonColumn'];
  readonly notesSkipped?: readonly string[];
  readonly notesLeft?: readonly string[];
}

/** Each such cell with its indicator and the explanation the note would have carried. */
function noteItems(result: ScoreResult, extras: ScoringExtras): NoteItem[] {
  const item = (kind: NoteItem['kind']) => (cell: string): NoteItem => {
    const row = result.rows.find((r) => r.cell === cell);
    return { cell, kind, indicator: row?.indicator ?? '', text: row ? withoutCell(row.explanation, cell) : '' };
  };
  return [...(extras.notesSkipped ?? []).map(item('skipped')), ...(extras.notesLeft ?? []).map(item('left'))];
}

/** The issues that the lists show on their own rows, not among the warnings. */
const LISTED: ReadonlySet<Issue['code']> = new Set(['manual-score-needed', 'verdict-contradicts', 'score-changed']);

function detail(r: RowResult, sheet: string, kind: DetailRow['kind'], reason: string, cell: string): DetailRow {
  return {
    kind,
    level1: plainName(r.level1),
    indicator: r.indicator,
    points: r.points === null ? null : r.points.toNumber(),
    score: r.score === null ? null : r.score.toNumber(),
    lost: r.deduction === null ? null : r.deduction.toNumber(),
    reason,
    cell,
    sheet,
  };
}

export function toView(result: ScoreResult, extras: ScoringExtras = {}, at: Date = new Date()): ResultView {
  const rowCells = new Set(result.rows.map((r) => r.cell));
  // The error issue on each row of the indicator sheet: it names the cell to fix (the input).
  const rowErrors = new Map<number, Issue>();
  for (const issue of result.issues) {
    const pos = issue.severity === 'error' && !issue.sheet ? fromA1(issue.cell) : null;
    if (pos && !rowErrors.has(pos.row)) rowErrors.set(pos.row, issue);
  }
  const errors: CellItem[] = [];
  const changed: ChangedItem[] = [];
  const deductions: DeductionItem[] = [];
  const manual: ManualItem[] = [];
  const kept: KeptItem[] = [];
  const details: DetailRow[] = [];
  const listed = new Set<Issue>();
  for (const r of result.rows) {
    if (r.status === 'error') {
      const issue = rowErrors.get(r.row);
      if (issue) listed.add(issue);
      const cell = issue?.cell ?? r.cell;
      const text = withoutCell(r.explanation, cell);
      errors.push({ cell, indicator: r.indicator, text });
      details.push(detail(r, result.sheet, 'error', text, cell));
      continue;
    }
    if (r.status === 'manual') {
      manual.push({ cell: r.cell, indicator: r.indicator, text: withoutCell(r.explanation, r.cell), review: r.review });
      continue;
    }
    if (r.kept) kept.push({ cell: r.cell, indicator: r.indicator, text: r.explanation, score: two(r.score), unverified: r.kept.because === 'unverified', possible: r.kept.possible });
    // A typed score the rule changed; a kept one is never computed (above the points, its text says so).
    else if (r.typedScore !== null && !r.typedScore.equals(r.score)) {
      changed.push({ cell: r.cell, indicator: r.indicator, text: r.explanation, typed: two(r.typedScore), computed: two(r.score) });
    }
    if (r.status === 'deducted') {
      deductions.push({ cell: r.cell, indicator: r.indicator, lost: two(r.deduction), kept: r.kept !== null, text: r.explanation });
      details.push(detail(r, result.sheet, 'deduction', r.explanation, r.cell));
    }
  }
  const warnings: CellItem[] = [];
  const report = buildReport(result);
  for (const issue of result.issues) {
    const item: CellItem = { cell: issue.cell, sheet: issue.sheet, indicator: '', text: withoutCell(issue.message, issue.cell) };
    if (issue.severity === 'error') {
      if (!listed.has(issue)) {
        errors.push(item);
        details.push({ kind: 'error', level1: '', indicator: '', points: null, score: null, lost: null, reason: item.text, cell: issue.cell, sheet: issue.sheet ?? result.sheet });
      }
    } else if (!LISTED.has(issue.code) || !rowCells.has(issue.cell)) {
      warnings.push(item);
    }
  }
  return {
    version: 6,
    lang: result.lang,
    sheet: result.sheet,
    total: two(result.total),
    maxTotal: points(result.maxTotal),
    gradedOn: result.gradedOn ? two(result.gradedOn) : null,
    grade: result.grade,
    complete: result.complete,
    computed: result.rows.filter((r) => r.score !== null).length - kept.length,
    groups: result.level1.map((g) => ({
      name: plainName(g.name),
      score: two(g.score),
      points: points(g.points),
      lost: two(g.points.minus(g.score)),
      complete: g.complete,
      kept: kept.some((k) => result.rows.some((r) => r.cell === k.cell && plainName(r.level1) === plainName(g.name))),
    })),
    errors,
    changed,
    deductions,
    manual,
    kept,
    notes: noteItems(result, extras),
    warnings,
    conclusion: report ? reportText(report) : '',
    report,
    // Errors first: they stop the result from being final.
    details: [...details.filter((d) => d.kind === 'error'), ...details.filter((d) => d.kind === 'deduction')],
    otherSheets: [...(extras.otherSheets ?? [])],
    print: extras.print ?? null,
    reasonColumn: extras.reasonColumn ?? (result.layout?.columns.reason !== undefined ? 'own' : 'none'),
    at: at.toISOString(),
  };
}

/** A table's name as the table gives it: its 项目名称, else the first text above its header. */
function titleOf(result: ScoreResult): string | null {
  return subjectOf(result).project ?? result.titleRows[0]?.[0] ?? null;
}

/**
 * A view for each table of the sheet, top down. Where it holds several, each is named, the cells whose
 * note could not be written are listed under their own table, and the other sheets under the first.
 */
export function toViews(results: readonly ScoreResult[], extras: ScoringExtras = {}, at: Date = new Date()): ResultView[] {
  if (results.length <= 1) return results.map((r) => toView(r, extras, at));
  const tableOf = (cell: string) => Math.max(0, results.findIndex((r) => r.rows.some((row) => row.cell === cell)));
  return results.map((result, i) => {
    const own = (cells: readonly string[] | undefined) => (cells ?? []).filter((c) => tableOf(c) === i);
    const view = toView(result, { ...extras, otherSheets: i === 0 ? extras.otherSheets : [], notesSkipped: own(extras.notesSkipped), notesLeft: own(extras.notesLeft) }, at);
    return { ...view, table: { title: titleOf(result) } };
  });
}
