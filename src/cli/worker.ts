// A worker thread of a folder run: scores the files it is sent, one at a time, and sends each
// result back (the scored workbook's and the Word report's bytes moved, not copied).
import { parentPort } from 'worker_threads';
import { scoreFile } from './scoreFile';
import type { FileJob } from './job';

parentPort!.on('message', (job: FileJob) => {
  scoreFile(job).then(
    (done) => {
      const bytes = done.bytes ? new Uint8Array(done.bytes) : null;
      const docx = done.docx ? new Uint8Array(done.docx) : null;
      parentPort!.postMessage({ done: { ...done, bytes, docx } }, [bytes, docx].flatMap((b) => (b ? [b.buffer] : [])));
    },
    // The message, not a stack trace: the file's error says it (JIXIAO_DEBUG=1 gives the trace).
    (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? (process.env.JIXIAO_DEBUG ? (e.stack ?? e.message) : e.message) : String(e) }),
  );
});
