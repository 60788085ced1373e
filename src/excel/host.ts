// The host: Excel.run and the requirement sets, behind an interface so tests can stand in for Excel.

/** What the adapter needs from the host; defaults to the real globals (Excel.run, Office.context). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export type NotesVia = 'notes' | 'comments' | 'reason-column';

export function notesVia(host: ExcelHost): NotesVia {
  if (host.isSetSupported('ExcelApi', '1.18')) return 'notes';
  if (host.isSetSupported('ExcelApi', '1.10')) return 'comments';
  return 'reason-column';
}
