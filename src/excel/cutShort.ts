// A write Excel stopped after some of its batches had gone in: a person started typing in a cell, opened
// a dialog, or protected the sheet or the workbook, between two of them. Why is decided by the error's code and by
// reading the protection again, never by Excel's message (a Chinese Excel words it in Chinese); what the
// pane says is what was written and the way back.
import type { Lang } from '../core';
import type { ExcelHost } from './host';
import { busyOf, mayBeCellEdit, type Refusal } from './errors';
import { cutShortMessage, refusalMessage } from './messages';
import type { WriteCutShort } from './write';

/** What the person is told: nothing of the sheet written (a refusal, as up front), or how far it got. */
export type CutShort =
  | { kind: 'refused'; reason: Refusal; message: string }
  | { kind: 'partial'; reason: Refusal | 'error'; message: string; written: number; of: number };

/** Why Excel refused the batch, if it was a state of the workbook that stops writing. */
async function whyRefused(context: Excel.RequestContext, host: ExcelHost, sheetId: string, error: unknown): Promise<Refusal | null> {
  const busy = busyOf(error);
  if (busy) return busy;
  try {
    const protection = context.workbook.worksheets.getItem(sheetId).protection.load('protected');
    const structure = host.isSetSupported('ExcelApi', '1.7') ? context.workbook.protection.load('protected') : null;
    const book = host.isSetSupported('ExcelApi', '1.8') ? context.workbook.load('readOnly') : null;
    await context.sync();
    if (protection.protected) return 'protected';
    if (structure?.protected) return 'structure-protected';
    if (book?.readOnly) return 'read-only';
  } catch (e) {
    // Refused again: a person typing refuses every batch (InvalidOperation may be its code: errors.ts).
    if (busyOf(e) === 'cell-edit' || (mayBeCellEdit(error) && mayBeCellEdit(e))) return 'cell-edit';
    // Otherwise Excel answers nothing more: the error is told as it came.
  }
  return null;
}

/**
 * The outcome of a write cut short. With no cell of the sheet written it is a refusal, as up front (the
 * backup sheet may have been written first: it is ours, and consistent with the sheet); an error that
 * is no refusal fails the run as before.
 */
export async function cutShort(context: Excel.RequestContext, host: ExcelHost, task: 'score' | 'restore', sheet: { id: string; name: string }, e: WriteCutShort, lang: Lang): Promise<CutShort> {
  const reason = await whyRefused(context, host, sheet.id, e.cause);
  if (e.written === 0) {
    if (!reason) throw e.cause;
    return { kind: 'refused', reason, message: refusalMessage(reason, sheet.name, lang) };
  }
  const message = cutShortMessage(task, reason ?? 'error', e, sheet.name, e.message, lang);
  return { kind: 'partial', reason: reason ?? 'error', message, written: e.written, of: e.of };
}
