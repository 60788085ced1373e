// The page's worker: each request answered by ./jobs (the command line's code), one at a time.
import { restoreWorkbook, scoreWorkbook, stoppedResult, summaryFile } from './jobs';
import { zipOf } from './zipAll';
import type { Answers, Reply, Request } from './protocol';

/** The worker's side of its port (the project's types are the DOM's, not a worker's). */
const port = self as unknown as { onmessage: ((event: MessageEvent<{ id: number; request: Request }>) => void) | null; postMessage(reply: Reply, transfer: ArrayBuffer[]): void };

async function answer(request: Request): Promise<{ ok: Answers[Request['kind']]; moved: ArrayBuffer[] }> {
  switch (request.kind) {
    case 'score': {
      const ok = await scoreWorkbook(request.shown, request.bytes, request.options, request.problem, request.summaryIfOurs);
      return { ok, moved: [ok?.scored, ok?.docx].flatMap((f) => (f ? [f.bytes.buffer as ArrayBuffer] : [])) };
    }
    case 'stopped':
      return { ok: stoppedResult(request.shown, request.lang), moved: [] };
    case 'restore': {
      const ok = restoreWorkbook(request.shown, request.bytes, request.lang);
      return { ok, moved: ok.kind === 'restored' ? [ok.file.bytes.buffer as ArrayBuffer] : [] };
    }
    case 'summary': {
      const ok = summaryFile(request.rows, request.lang, request.at);
      return { ok, moved: [ok.bytes.buffer as ArrayBuffer] };
    }
    case 'zip': {
      const ok = zipOf(request.files, request.at);
      return { ok, moved: [ok.buffer as ArrayBuffer] };
    }
  }
}

port.onmessage = (event) => {
  const { id, request } = event.data;
  answer(request).then(
    ({ ok, moved }) => port.postMessage({ id, ok }, [...new Set(moved)]),
    (e: unknown) => port.postMessage({ id, error: e instanceof Error ? e.message : String(e) }, []),
  );
};
