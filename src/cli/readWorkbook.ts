// Reading a workbook file for scoring: .xlsx/.xlsm through the loading step's defences; .xls, .et
// and .ods converted by LibreOffice first (../xlsx/convert), and said so.
import { loadWorkbook } from '../xlsx';
import type { XlsxPackage } from '../xlsx';
import type { CliMessages } from './messages';

export interface ReadWorkbook {
  readonly workbook: XlsxPackage;
  /** The file was another format, read through a conversion: the output is an .xlsx. */
  readonly converted: boolean;
  /** What reading it has to say (on stderr, beside the result). */
  readonly messages: readonly string[];
}

export async function readWorkbook(file: string, shown: string, converter: string | null, timeoutMs: number | undefined, m: CliMessages): Promise<ReadWorkbook> {
  const loaded = await loadWorkbook(file, { converter, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
  const converted = loaded.format !== 'xlsx';
  return { workbook: loaded.workbook, converted, messages: converted ? [m.converted(shown, loaded.format)] : [] };
}
