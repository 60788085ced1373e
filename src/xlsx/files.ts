// A workbook file's bytes: read defensively (a regular file, within the size limit), told what it is
// by its signature, .xls/.et/.ods converted by LibreOffice, the zip examined within the limits of
// ./guard. Every way a file cannot be read is an XlsxFileError naming it. Nothing here loads the
// scorer: a command line hands files out with this alone (and converts them, which it can stop).
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'fs';
import { inspectXlsx, LIMITS } from './guard';
import type { GuardPass, GuardProblem } from './guard';
import { CONVERT_TIMEOUT_MS, ConvertError, convertToXlsx } from './convert';

export type XlsxFileProblem =
  | 'not-found'
  | 'no-converter'
  | 'convert-failed'
  | 'convert-timeout'
  | 'not-a-file'
  | 'empty'
  | 'ole2'
  | 'encrypted'
  | 'not-zip'
  | 'corrupt'
  | 'backup-name-taken'
  | 'backup-tampered'
  | Exclude<GuardProblem, 'corrupt'>;

/** What a refusal is about: the sheet (or part) and the figures against the limit. */
export interface XlsxFileFacts {
  readonly sheet?: string;
  readonly part?: string;
  readonly count?: number;
  readonly limit?: number;
  /** A merged range, for merge-too-large. */
  readonly range?: string;
  /** What was over: `entries`, `zip64`, `total` or `part` (else the file itself). */
  readonly what?: string;
  /** The file's format when it is not .xlsx: what the message names (`.ods`, not a damaged .xlsx). */
  readonly format?: WorkbookFormat;
  /** A conversion's time limit, in seconds. */
  readonly seconds?: number;
  /** The cell a tampered backup names. */
  readonly cell?: string;
}

/** What a workbook file is: Office Open XML, the binary .xls (or WPS .et), or OpenDocument. */
export type WorkbookFormat = 'xlsx' | 'xls' | 'et' | 'ods';

/** A file that is not a readable .xlsx workbook, or one the loading step refuses to unpack. */
export class XlsxFileError extends Error {
  constructor(
    readonly problem: XlsxFileProblem,
    readonly file: string,
    readonly detail?: string,
    readonly facts: XlsxFileFacts = {},
  ) {
    super(`${file}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'XlsxFileError';
  }
}

export const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
export const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream Excel keeps an encrypted (password-protected) workbook in, inside an OLE2 file. */
export const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * The file's bytes, refused before reading when it is not a file or passes the size limit. Opened
 * without waiting (O_NONBLOCK), so that a FIFO or a device under a workbook's name is seen for what it
 * is instead of blocking the run; a regular file reads the same either way. Read synchronously: the
 * workbook is parsed at once on this thread anyway, and an asynchronous read would wait in node's
 * pool of I/O threads — shared by every thread of the process — behind the disk syncs of the outputs
 * being written (a folder run measured 5 ms a file of such waiting).
 */
export function readWhole(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new XlsxFileError('not-found', file, (e as Error).message);
  }
  let data: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new XlsxFileError('not-a-file', file);
    if (stat.size > LIMITS.fileBytes) throw new XlsxFileError('too-large', file, undefined, { count: stat.size, limit: LIMITS.fileBytes });
    data = readFileSync(fd);
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    throw new XlsxFileError('not-found', file, (e as Error).message);
  } finally {
    closeSync(fd);
  }
  if (data.length === 0) throw new XlsxFileError('empty', file);
  return data;
}

const ODS_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet', 'latin1');

/**
 * What the bytes are, by their signature (an OpenDocument file starts with its stored `mimetype`),
 * else by the file's extension; null for a zip that is none of them and for anything else.
 */
function formatOf(data: Buffer, file: string): WorkbookFormat | null {
  const extension = /\.(xlsx|xlsm|xls|et|ods)$/i.exec(file)?.[1].toLowerCase();
  if (data.subarray(0, 8).equals(OLE2)) return extension === 'et' ? 'et' : 'xls';
  if (data.subarray(0, 4).equals(ZIP)) {
    if (data.subarray(30, 30 + ODS_MIMETYPE.length).equals(ODS_MIMETYPE) || extension === 'ods') return 'ods';
    return 'xlsx';
  }
  return extension === 'ods' || extension === 'xls' || extension === 'et' ? extension : null;
}

/**
 * What a file is, from its first bytes and its name, read without waiting (a FIFO is not waited on);
 * null when it cannot be read now (the loading step says why).
 */
export function formatOfFile(file: string): WorkbookFormat | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return null;
    const head = Buffer.alloc(30 + ODS_MIMETYPE.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return formatOf(head.subarray(0, n), file);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The zip checked within the limits of `./guard`, or the refusal as an XlsxFileError. */
export function inspected(data: Buffer, file: string, format: WorkbookFormat): GuardPass {
  const checked = inspectXlsx(data);
  if (checked.ok) return checked;
  const names = checked.sheetNames ?? new Map<string, string>();
  const facts: XlsxFileFacts = {
    ...(checked.part ? { part: checked.part } : {}),
    ...(checked.part && names.has(checked.part) ? { sheet: names.get(checked.part) } : {}),
    ...(checked.count !== undefined ? { count: checked.count } : {}),
    ...(checked.limit !== undefined ? { limit: checked.limit } : {}),
    ...(checked.problem === 'merge-too-large' && checked.detail ? { range: checked.detail } : {}),
    ...(checked.detail && ['entries', 'zip64', 'total', 'part'].includes(checked.detail) ? { what: checked.detail } : {}),
    ...(format !== 'xlsx' ? { format } : {}),
  };
  throw new XlsxFileError(checked.problem, file, checked.problem === 'corrupt' || checked.problem === 'unsafe-entry' ? checked.detail : undefined, facts);
}

export interface LoadWorkbookOptions {
  /** LibreOffice, to convert .xls/.et/.ods with; null when there is none. */
  readonly converter: string | null;
  readonly timeoutMs?: number;
}

/** A workbook file's bytes as an .xlsx (converted where it was another format), not yet opened. */
export interface PreparedWorkbook {
  readonly bytes: Buffer;
  readonly format: WorkbookFormat;
}


/**
 * A workbook file of any format the scorer takes as .xlsx bytes: an .xlsx/.xlsm as it is; .xls, .et
 * and .ods converted by LibreOffice (`./convert`), after the same size limit and, for an .ods (a zip
 * too), the same zip defences. The conversion waits on LibreOffice, not on this thread, so that a
 * command line can run it where it can stop it (and its temporary folder) when it is stopped.
 */
export async function prepareWorkbook(file: string, options: LoadWorkbookOptions): Promise<PreparedWorkbook> {
  const data = readWhole(file);
  const format = formatOf(data, file);
  if (format === 'xlsx' || format === null) return { bytes: data, format: 'xlsx' };
  if (format === 'ods') {
    if (!data.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('not-zip', file, undefined, { format });
    inspected(data, file, format);
  } else if (!data.subarray(0, 8).equals(OLE2)) throw new XlsxFileError('not-zip', file, undefined, { format });
  else if (data.indexOf(ENCRYPTED_PACKAGE) >= 0) throw new XlsxFileError('encrypted', file);
  if (options.converter === null) throw new XlsxFileError('no-converter', file, undefined, { format });
  let converted: Buffer;
  try {
    converted = await convertToXlsx(options.converter, data, format === 'ods' ? 'ods' : 'xls', options.timeoutMs ?? CONVERT_TIMEOUT_MS, LIMITS.fileBytes);
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
    const f = e.failure;
    if (f.kind === 'timeout') throw new XlsxFileError('convert-timeout', file, undefined, { format, seconds: f.seconds });
    if (f.kind === 'too-large') throw new XlsxFileError('too-large', file, undefined, { format, count: f.bytes, limit: LIMITS.fileBytes });
    throw new XlsxFileError('convert-failed', file, f.detail, { format });
  }
  if (!converted.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('convert-failed', file, 'not an .xlsx', { format });
  return { bytes: converted, format };
}
