// A file's conversion, done on the thread that hands files out before the file goes to a worker: that
// thread stops LibreOffice (and removes its temporary folder) when the run is stopped, which a worker
// thread cannot. Only the light part of the adapter is loaded here, never the scorer.
import { formatOfFile, prepareWorkbook, XlsxFileError } from '../xlsx/files';
import { fileFailed } from './fileFailed';
import type { CliMessages } from './messages';
import type { FileDone, FileJob } from './job';

/**
 * A job whose file LibreOffice must convert, converted here (this thread owns the conversion: it is
 * stopped with the run); any other job as it is, for the worker to read. A file that cannot be
 * converted is its result already.
 */
export async function prepareJob(job: FileJob, m: CliMessages): Promise<FileJob | FileDone> {
  if (job.problem || job.prepared) return job;
  const format = formatOfFile(job.file);
  if (format === null || format === 'xlsx') return job;
  try {
    const prepared = await prepareWorkbook(job.file, { converter: job.converter, ...(job.convertTimeoutMs !== undefined ? { timeoutMs: job.convertTimeoutMs } : {}) });
    return { ...job, prepared: { bytes: new Uint8Array(prepared.bytes.buffer, prepared.bytes.byteOffset, prepared.bytes.byteLength), format: prepared.format } };
  } catch (e) {
    if (!(e instanceof XlsxFileError)) throw e;
    return fileFailed(job.shown, job.file, m.unreadable(job.shown, e.problem, e.detail, e.facts), m.unreadableMark);
  }
}
