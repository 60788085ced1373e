// What Excel's refusals mean, told by the error's code, never by its message (a Chinese Excel words it in
// Chinese): the person busy in Excel (typing in a cell, a dialog of its own open), a payload too big, a
// setting refused; and why a run writes nothing (Refusal).

const codeOf = (e: unknown): unknown => (e as { code?: unknown } | null)?.code;

/** Why Excel takes no batch now, from the code it refused one with; null for any other refusal. */
export type Busy = 'cell-edit' | 'dialog';

export function busyOf(e: unknown): Busy | null {
  const code = codeOf(e);
  // Excel.ErrorCodes.invalidOperationInCellEditMode (learn.microsoft.com/javascript/api/excel/excel.errorcodes).
  if (code === 'InvalidOperationInCellEditMode') return 'cell-edit';
  // WriteNotSupportedWhenModalDialogOpen: what office.js makes of the host's refusal while a dialog is open
  // (excel-web-16.00.debug.js RichApiMessageUtility.buildResponseOnError).
  if (code === 'WriteNotSupportedWhenModalDialogOpen') return 'dialog';
  return null;
}

/**
 * InvalidOperation is also what a batch sent while a person types may fail with (learn.microsoft.com/
 * office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit), and what other refusals use: it means cell
 * edit only when a read that asks nothing of the sheet fails the same way.
 */
export const mayBeCellEdit = (e: unknown) => codeOf(e) === 'InvalidOperation';

/** Excel on the web's refusal of a request or a response above its 5 MB payload limit. */
export const isPayloadLimit = (e: unknown) => /^(Request|Response)PayloadSizeLimitExceeded$/.test(String(codeOf(e)));

/**
 * A setting refused: a workbook open read-only may refuse one (AccessDenied: the stand-in's reading, the
 * documents are silent).
 */
export const isAccessDenied = (e: unknown) => codeOf(e) === 'AccessDenied';

/** Why nothing was written: the sheet or the workbook takes no change, or the person is busy in Excel. */
export type Refusal = 'protected' | 'structure-protected' | 'read-only' | Busy;
