// What the command line prints for a person: a table per file, the summary of a folder, progress.
// Every text that comes from a workbook (names, explanations, file names) passes terminalSafe.
import path from 'path';
import { shownAddress } from '../core/cells';
import type { Issue, RowResult, ScoreResult } from '../core';
import type { CliMessages } from './messages';
import { changedTypedScore, counts, whyNotComputed } from './counts';
import type { SummaryRow } from './summaryRow';
import { displayWidth, renderTable } from './table';
import type { Paint } from './table';
import { terminalSafe } from './terminal';
import type { Stream } from './io';

/** Room for a text in the table's columns, and in a line of its own. */
const INDICATOR_ROOM = 40;
const REASON_ROOM = 160;
const NAME_ROOM = 60;
export const LINE_ROOM = 600;

export class Progress {
  private shown = false;
  constructor(
    private readonly stderr: Stream,
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}

  step(done: number, label: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const safe = terminalSafe(label, 1000);
    const name = displayWidth(safe) > 40 ? `…${[...safe].slice(-39).join('')}` : safe;
    this.stderr.write(`\r\u001b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${name}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stderr.write('\r\u001b[K');
    this.shown = false;
  }
}

const fmt2 = (d: { toFixed(n: number): string }): string => d.toFixed(2);

function statusPaint(row: RowResult, paint: Paint, text: string): string {
  if (row.status === 'deducted') return paint('yellow', text);
  if (row.status === 'error') return paint('red', text);
  if (row.status === 'manual') return paint('blue', text);
  return text;
}

/** Why a row stands as it does: nothing for a checked full mark, else its explanation (a typed score kept says so). */
function reasonOf(row: RowResult, m: CliMessages): string {
  if (row.status === 'manual') return m.labelled(m.status.manual, row.explanation);
  if (row.status === 'full' && !row.kept) return '';
  return row.explanation;
}

/**
 * One sheet's table: every indicator, its points, score, deduction and why; the total; what the rows
 * come to; the typed scores that differ from the computed ones; the other issues, errors first.
 */
export function fileReport(file: string, result: ScoreResult, m: CliMessages, paint: Paint): string {
  const c = m.columns;
  const rows = result.rows.map((r) => {
    const score = r.score === null ? '—' : fmt2(r.score);
    const deduction = r.deduction === null ? '' : r.deduction.isZero() ? '' : fmt2(r.deduction);
    return [
      terminalSafe(r.indicator, INDICATOR_ROOM),
      r.points === null ? '—' : r.points.toFixed(),
      statusPaint(r, paint, score),
      statusPaint(r, paint, deduction),
      statusPaint(r, paint, terminalSafe(reasonOf(r, m), REASON_ROOM)),
    ];
  });
  const lines = [
    paint('bold', terminalSafe(m.fileHeading(file, result.sheet), LINE_ROOM)),
    renderTable(
      [
        { title: c.indicator },
        { title: c.points, align: 'right' },
        { title: c.score, align: 'right' },
        { title: c.deduction, align: 'right' },
        { title: c.reason },
      ],
      rows,
    ),
    paint(
      'bold',
      m.totalLine(fmt2(result.total), result.maxTotal.toFixed(), result.gradedOn === null ? null : fmt2(result.gradedOn), result.grade === null ? null : m.grade(result.grade), result.complete),
    ),
    m.rowCounts(counts(result)),
  ];
  const why = whyNotComputed(result);
  if (why) lines.push(paint('yellow', m.notComputed(why)));
  const differ = result.rows.filter(changedTypedScore);
  if (differ.length) {
    lines.push(m.disagreementsHeading);
    for (const r of differ) lines.push(`  ${terminalSafe(m.disagreement(r.cell, r.indicator, fmt2(r.typedScore!), fmt2(r.score!)), LINE_ROOM)}`);
  }
  // A typed score that differs is listed above; errors come before warnings.
  const issues = result.issues.filter((i) => i.code !== 'score-changed');
  issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (issues.length) {
    lines.push(m.issuesHeading);
    for (const i of issues) {
      const sev = m.severity(i.severity);
      lines.push(`  ${i.severity === 'error' ? paint('red', sev) : paint('yellow', sev)} ${terminalSafe(issueText(i), LINE_ROOM)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * An issue with its place said once: `基础数据!B7 …`. A message that starts with its cell (`H12：…`)
 * has it replaced by the place, not repeated before it.
 */
export function issueText(i: Issue): string {
  const where = shownAddress(i.sheet, i.cell);
  if (where === '') return i.message;
  if (i.cell !== '' && i.message.startsWith(i.cell)) return `${where}${i.message.slice(i.cell.length)}`;
  return `${where} ${i.message}`;
}

/** The folder's summary table: one row per scored sheet (or file not scored). */
export function summaryReport(rows: readonly SummaryRow[], m: CliMessages, paint: Paint): string {
  const c = m.summaryColumns;
  const lines = rows.map((o) => {
    const scored = o.failure === null && o.total !== null;
    return [
      terminalSafe(path.basename(o.file), NAME_ROOM),
      terminalSafe(o.sheet ?? '', NAME_ROOM),
      terminalSafe(o.department, NAME_ROOM),
      scored ? o.total!.toFixed(2) : '',
      scored ? m.grade(o.grade) : paint('red', o.failureMark ?? ''),
      scored ? String(o.deductions) : '',
      scored ? (o.errors ? paint('red', String(o.errors)) : '0') : '',
      scored ? String(o.computed) : '',
      scored ? String(o.kept) : '',
      o.notComputed ? paint('yellow', m.notComputed(o.notComputed)) : '',
    ];
  });
  return `${paint('bold', m.summaryHeading)}\n${renderTable(
    [
      { title: c.file },
      { title: c.sheet },
      { title: c.department },
      { title: c.total, align: 'right' },
      { title: c.grade },
      { title: c.deductions, align: 'right' },
      { title: c.errors, align: 'right' },
      { title: c.computed, align: 'right' },
      { title: c.kept, align: 'right' },
      { title: c.note },
    ],
    lines,
  )}\n`;
}
