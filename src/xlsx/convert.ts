// Reading .xls, .et (WPS) and .ods workbooks: LibreOffice headless converts them to .xlsx, which then
// goes through the loading step's defences like any other. LibreOffice keeps what the person sees —
// values, formulas with their results, merges, number formats, fills, fonts, borders, notes — where
// the JavaScript readers on npm drop the formats (README, 读取 .xls/.et/.ods 的选择). The conversion
// runs on a copy in a private temporary folder, with a profile of its own (so that runs side by side
// do not share one, and no macro of the file is trusted), and is killed, with every process it
// started, when it passes its time limit.
import { spawn } from 'child_process';
import { existsSync, promises as fs, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';

/** Where LibreOffice is looked for, in this order (JIXIAO_SOFFICE names another; `none` turns it off). */
const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

/** A conversion's time limit unless JIXIAO_CONVERT_TIMEOUT_MS says otherwise: a cold start takes 7–10 s here. */
export const CONVERT_TIMEOUT_MS = 120_000;

/** The LibreOffice to convert with, or null when there is none (or it is turned off). */
export function findConverter(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const named = env.JIXIAO_SOFFICE;
  if (named === 'none') return null;
  if (named) return existsSync(named) ? named : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export type ConvertFailure =
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'failed'; readonly detail: string }
  | { readonly kind: 'too-large'; readonly bytes: number };

/** Raised when LibreOffice did not give an .xlsx: it failed, or passed its time limit. */
export class ConvertError extends Error {
  constructor(readonly failure: ConvertFailure) {
    super(failure.kind === 'timeout' ? `conversion stopped after ${failure.seconds} s` : failure.kind === 'too-large' ? `converted to ${failure.bytes} bytes` : failure.detail);
    this.name = 'ConvertError';
  }
}

/** LibreOffice processes running now (each its process group's leader) and their private folders. */
const running = new Set<number>();
const folders = new Set<string>();

/** Ends a process group, as far as it still runs. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

/**
 * Stops every conversion under way, at once and without waiting: each LibreOffice with every process
 * it started, and their temporary folders removed. For a run that is itself being stopped (Ctrl+C).
 */
export function stopConversions(): void {
  for (const pid of running) killGroup(pid);
  running.clear();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

function run(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    // Its own process group, so that a timeout ends soffice.bin and whatever else it started too.
    const child = spawn(command, args, {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, LANG: 'C.UTF-8', SAL_USE_VCLPLUGIN: 'svp' },
    });
    if (child.pid !== undefined) running.add(child.pid);
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    let done = false;
    const finish = (code: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (child.pid !== undefined) {
        // Whatever it left running in its group goes with it.
        killGroup(child.pid);
        running.delete(child.pid);
      }
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ code, output, timedOut });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
      else child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      output = e.message;
      finish(null);
    });
    // Its exit, not its pipes' closing: a process it started that holds them open must not keep the run waiting.
    child.on('exit', (code) => setTimeout(() => finish(code), 200));
    child.on('close', (code) => finish(code));
  });
}

/**
 * The workbook converted to .xlsx bytes. `data` is the file as read (its size already checked);
 * `extension` what LibreOffice is told it is (`xls` for .xls and .et, `ods`).
 */
export async function convertToXlsx(converter: string, data: Buffer, extension: 'xls' | 'ods', timeoutMs: number, maxBytes: number): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-convert-'));
  folders.add(dir);
  try {
    const input = path.join(dir, `input.${extension}`);
    const outDir = path.join(dir, 'out');
    await fs.writeFile(input, data, { mode: 0o600 });
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nologo',
      '--nodefault',
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      input,
    ];
    const r = await run(converter, args, dir, timeoutMs);
    if (r.timedOut) throw new ConvertError({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) });
    const output = path.join(outDir, 'input.xlsx');
    let size: number;
    try {
      size = (await fs.stat(output)).size;
    } catch {
      const said = r.output.split('\n').filter((l) => l.trim() && !/javaldx/.test(l)).join(' ').trim();
      throw new ConvertError({ kind: 'failed', detail: said || `exit ${r.code}` });
    }
    if (size > maxBytes) throw new ConvertError({ kind: 'too-large', bytes: size });
    return await fs.readFile(output);
  } finally {
    folders.delete(dir);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
