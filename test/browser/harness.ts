// What the browser test needs around the page: a production build that is not stale, a tiny static
// server on 127.0.0.1, and Debian's chromium driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const STANDIN = join(ROOT, 'test', 'output', 'browser', 'standin.js');
export const CHROMIUM = '/usr/bin/chromium';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), st.mtimeMs);
}

function webpack(args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), ...args], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ADDIN_URL: '' },
  });
}

/** Builds dist/ (production) and the stand-in host unless both are newer than their sources. */
export function ensureBuilt(): { rebuilt: boolean } {
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'assets')),
    newest(join(ROOT, 'manifest.xml')),
    newest(join(ROOT, 'webpack.config.js')),
    newest(join(ROOT, 'package-lock.json')),
  );
  let rebuilt = false;
  const html = join(DIST, 'taskpane.html');
  // A development build (npm run build:dev) in dist/ does not count: its names carry no content hash.
  const production = existsSync(html) && /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(html, 'utf8'));
  if (!production || newest(html) <= sources) {
    webpack(['--mode', 'production']);
    rebuilt = true;
  }
  const standinSources = Math.max(sources, newest(join(ROOT, 'test', 'browser')), newest(join(ROOT, 'test', 'support')));
  if (newest(STANDIN) <= standinSources) {
    webpack(['--env', 'standin']);
    rebuilt = true;
  }
  return { rebuilt };
}

export const WEB = join(DIST, 'web');

/** Builds the web page (dist/web/) unless it is newer than its sources. */
export function ensureWebBuilt(): { rebuilt: boolean } {
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'webpack.web.js')),
    newest(join(ROOT, 'webpack.config.js')),
    newest(join(ROOT, 'package-lock.json')),
  );
  const html = join(WEB, 'index.html');
  const production = existsSync(html) && /web\.[0-9a-f]{8}\.js/.test(readFileSync(html, 'utf8'));
  if (production && newest(html) > sources) return { rebuilt: false };
  webpack(['--mode', 'production', '--env', 'web']);
  return { rebuilt: true };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type a served file is sent with, by its extension. */
export function contentType(path: string): string {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

export interface Served {
  readonly url: string;
  /** Paths requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Answers a request itself (returns true), before the folder is looked in. */
export type Answer = (path: string, req: IncomingMessage, res: ServerResponse) => boolean;

/** Serves a folder on 127.0.0.1 at a free port. */
export async function serve(dir: string, answer: Answer = () => false): Promise<Served> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (answer(path, req, res)) return;
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': contentType(file) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser test can run here; under CI it must. */
export function chromiumAvailable(): boolean {
  const present = existsSync(CHROMIUM);
  if (!present && process.env.CI && process.env.CI !== 'false') {
    throw new Error(`${CHROMIUM} is missing and CI is set: install it (apt-get install chromium); .ci/run does.`);
  }
  if (!present) {
    console.warn(
      `\n*** SKIPPING the task pane browser test: ${CHROMIUM} not found. Install it with apt-get install chromium (CI=true makes this a failure). ***\n`,
    );
  }
  return present;
}
