// Reading .xls, .et (WPS) and .ods workbooks: LibreOffice headless converts them to .xlsx, which then
// goes through the loading step's defences like any other. LibreOffice keeps what the person sees —
// values, formulas with their results, merges, number formats, fills, fonts, borders, notes — where
// the JavaScript readers on npm drop the formats (README, 读取 .xls/.et/.ods 的选择). The conversion
// runs on a copy in a private temporary folder, with a profile of its own (so that runs side by side
// do not share one, and no macro of the file is trusted), and is killed, with every process it
// started, when it passes its time limit.
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
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

function run(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    // Its own process group, so that a timeout ends soffice.bin and whatever else it started too.
    const child = spawn(command, args, {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, LANG: 'C.UTF-8', SAL_USE_VCLPLUGIN: 'svp' },
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, output: e.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/**
 * The workbook converted to .xlsx bytes. `data` is the file as read (its size already checked);
 * `extension` what LibreOffice is told it is (`xls` for .xls and .et, `ods`).
 */
export async function convertToXlsx(converter: string, data: Buffer, extension: 'xls' | 'ods', timeoutMs: number, maxBytes: number): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-convert-'));
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
    await fs.rm(dir, { recursive: true, force: true });
  }
}
