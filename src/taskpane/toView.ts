// A ScoreResult as the pane's plain view (see ./view). Loaded on demand, after the first scoring.
import type Decimal from 'decimal.js';
import type { Issue, ScoreResult } from '../core/types';
import { conclusion } from '../core/conclusion';
import { fromA1 } from '../core/address';
import type { CellItem, ResultView } from './view';

const fmt = (d: Decimal): string => d.toFixed();

/** `(10分) 预算管理` → `预算管理`. */
export function groupName(name: string): string {
  return name.replace(/[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, '').trim();
}

export function toView(result: ScoreResult, at: Date = new Date()): ResultView {
  const rowCells = new Set(result.rows.map((r) => r.cell));
  // The error issue on each row of the indicator sheet: it names the cell to fix (the input).
  const rowErrors = new Map<number, Issue>();
  for (const issue of result.issues) {
    const pos = issue.severity === 'error' && !issue.sheet ? fromA1(issue.cell) : null;
    if (pos && !rowErrors.has(pos.row)) rowErrors.set(pos.row, issue);
  }
  const deductions: CellItem[] = [];
  const errors: CellItem[] = [];
  const manual: CellItem[] = [];
  const listed = new Set<Issue>();
  for (const r of result.rows) {
    if (r.status === 'deducted') {
      deductions.push({ cell: r.cell, indicator: r.indicator, lost: fmt(r.deduction), text: r.explanation });
    } else if (r.status === 'error') {
      const issue = rowErrors.get(r.row);
      if (issue) listed.add(issue);
      errors.push({ cell: issue?.cell ?? r.cell, indicator: r.indicator, text: r.explanation });
    } else if (r.status === 'manual') {
      manual.push({ cell: r.cell, indicator: r.indicator, text: r.explanation });
    }
  }
  const warnings: CellItem[] = [];
  for (const issue of result.issues) {
    const item: CellItem = { cell: issue.cell, sheet: issue.sheet, indicator: '', text: issue.message };
    if (issue.severity === 'error') {
      if (!listed.has(issue)) errors.push(item);
    } else if (issue.code !== 'manual-score-needed' || !rowCells.has(issue.cell)) {
      warnings.push(item);
    }
  }
  return {
    lang: result.lang,
    sheet: result.sheet,
    total: fmt(result.total),
    maxTotal: fmt(result.maxTotal),
    grade: result.grade,
    complete: result.complete,
    groups: result.level1.map((g) => ({
      name: groupName(g.name),
      score: fmt(g.score),
      points: fmt(g.points),
      lost: fmt(g.points.minus(g.score)),
      complete: g.complete,
    })),
    deductions,
    errors,
    manual,
    warnings,
    conclusion: result.rows.length ? conclusion(result) : '',
    at: at.toISOString(),
  };
}

