// Reading a workbook file for scoring: .xlsx/.xlsm through the loading step's defences; .xls, .et
// and .ods converted by LibreOffice first (../xlsx/convert), and said so. A job may come with its
// file already converted (./prepareJob, on the thread that hands files out, which can stop
// LibreOffice and remove its temporary folder when the run is stopped).
import { loadWorkbook, openWorkbook } from '../xlsx';
import type { XlsxPackage } from '../xlsx';
import type { CliMessages } from './messages';
import type { FileJob } from './job';

export interface ReadWorkbook {
  readonly workbook: XlsxPackage;
  /** The file was another format, read through a conversion: the output is an .xlsx. */
  readonly converted: boolean;
  /** What reading it has to say (on stderr, beside the result). */
  readonly messages: readonly string[];
}

export async function readWorkbook(job: FileJob, m: CliMessages): Promise<ReadWorkbook> {
  const loaded = job.prepared
    ? { workbook: openWorkbook({ bytes: Buffer.from(job.prepared.bytes.buffer, job.prepared.bytes.byteOffset, job.prepared.bytes.byteLength), format: job.prepared.format }, job.file), format: job.prepared.format }
    : await loadWorkbook(job.file, { converter: job.converter, ...(job.convertTimeoutMs !== undefined ? { timeoutMs: job.convertTimeoutMs } : {}) });
  const converted = loaded.format !== 'xlsx';
  return { workbook: loaded.workbook, converted, messages: converted ? [m.converted(job.shown, loaded.format)] : [] };
}
