// Reading a workbook file for scoring: an .xlsx/.xlsm through the loading step's defences.
import type ExcelJS from 'exceljs';
import { loadXlsx } from '../xlsx';
import type { CliMessages } from './messages';

export interface ReadWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** The file was another format, read through a conversion: the output is an .xlsx. */
  readonly converted: boolean;
  /** What reading it has to say (on stderr, beside the result). */
  readonly messages: readonly string[];
}

export async function readWorkbook(file: string, _m: CliMessages, _shown: string): Promise<ReadWorkbook> {
  return { workbook: await loadXlsx(file), converted: false, messages: [] };
}
