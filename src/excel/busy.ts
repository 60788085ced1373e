// Excel busy with the person: typing in a cell, or a dialog of its own open. Told by the error's code,
// never by its message (a Chinese Excel words it in Chinese).

/** Why Excel takes no batch now, from the code it refused one with; null for any other refusal. */
export type Busy = 'cell-edit' | 'dialog';

export function busyOf(e: unknown): Busy | null {
  const code = (e as { code?: unknown } | null)?.code;
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
export const mayBeCellEdit = (e: unknown) => (e as { code?: unknown } | null)?.code === 'InvalidOperation';
