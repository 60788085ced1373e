// The host: Excel.run and the requirement sets, behind an interface so tests can stand in for Excel.

/** What the adapter needs from the host; defaults to the real globals (Excel.run, Office.context). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /**
   * Office.context.partitionKey: the key "add-ins should use to partition data" where the host partitions
   * storage, undefined where it does not (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
   */
  readonly partitionKey?: string;
  /** The clock a run's claim on the workbook is dated by (runLock); Date.now where not given. */
  now?(): number;
}

/**
 * `delayForCellEdit`: Excel holds the batch until the person leaves cell edit mode instead of failing it
 * (Excel.RunOptions.delayForCellEdit; office.js asks for it only where the host reports the
 * DelayForCellEdit capability, else the batch fails as before).
 */
export interface RunOptions {
  delayForCellEdit?: boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch, options) => Excel.run({ delayForCellEdit: options?.delayForCellEdit === true }, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    partitionKey: Office.context.partitionKey ?? undefined,
    now: () => Date.now(),
  };
}

export type NotesVia = 'notes' | 'comments' | 'reason-column';

export function notesVia(host: ExcelHost): NotesVia {
  if (host.isSetSupported('ExcelApi', '1.18')) return 'notes';
  if (host.isSetSupported('ExcelApi', '1.10')) return 'comments';
  return 'reason-column';
}
