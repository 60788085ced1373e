// Opening a workbook file: its bytes read defensively (a regular file, within the size limit), what
// it is told by its signature, .xls/.et/.ods converted by LibreOffice, the zip examined within the
// limits of ./guard, and only then a package whose parts are read each when first needed. Every way
// a file cannot be read is an XlsxFileError naming it.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'fs';
import { inspectXlsx, LIMITS } from './guard';
import type { GuardPass, GuardProblem } from './guard';
import { CONVERT_TIMEOUT_MS, ConvertError, convertToXlsx } from './convert';
import { XmlSyntaxError } from './patch/xml';
import { XlsxPackage } from './patch/package';

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

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream Excel keeps an encrypted (password-protected) workbook in, inside an OLE2 file. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** The file each workbook was loaded from and its format, for naming it when a part turns out unreadable. */
const FILES = new WeakMap<XlsxPackage, { file: string; facts: XlsxFileFacts }>();

/** The file a workbook was loaded from, and its facts (its format), for messages. */
export function loadedFrom(wb: XlsxPackage): { file: string; facts: XlsxFileFacts } {
  return FILES.get(wb) ?? { file: '', facts: {} };
}

/** Runs a step that reads parts of the file: XML that is not well formed makes the file unreadable. */
export function reading<T>(wb: XlsxPackage, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      const loaded = loadedFrom(wb);
      throw new XlsxFileError('corrupt', loaded.file, e.message, loaded.facts);
    }
    throw e;
  }
}

/**
 * The file's bytes, refused before reading when it is not a file or passes the size limit. Opened
 * without waiting (O_NONBLOCK), so that a FIFO or a device under a workbook's name is seen for what it
 * is instead of blocking the run; a regular file reads the same either way. Read synchronously: the
 * workbook is parsed at once on this thread anyway, and an asynchronous read would wait in node's
 * pool of I/O threads — shared by every thread of the process — behind the disk syncs of the outputs
 * being written (a folder run measured 5 ms a file of such waiting).
 */
function readWhole(file: string): Buffer {
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

/** The zip checked within the limits of `./guard`, or the refusal as an XlsxFileError. */
function inspected(data: Buffer, file: string, format: WorkbookFormat): GuardPass {
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

/** The checked parts as a package, read each when first needed; a workbook without worksheets is refused. */
function opened(checked: GuardPass, file: string, format: WorkbookFormat): XlsxPackage {
  const facts: XlsxFileFacts = format !== 'xlsx' ? { format } : {};
  const wb = new XlsxPackage(checked);
  FILES.set(wb, { file, facts });
  if (reading(wb, () => wb.worksheets.length) === 0) throw new XlsxFileError('corrupt', file, 'no worksheets', facts);
  return wb;
}

/** An .xlsx/.xlsm file's bytes as a package: a renamed .xls, an encrypted workbook or a text file is named for what it is. */
function openXlsx(data: Buffer, file: string): XlsxPackage {
  if (data.subarray(0, 8).equals(OLE2)) throw new XlsxFileError(data.indexOf(ENCRYPTED_PACKAGE) >= 0 ? 'encrypted' : 'ole2', file);
  if (!data.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('not-zip', file);
  return opened(inspected(data, file, 'xlsx'), file, 'xlsx');
}

/**
 * Reads an .xlsx/.xlsm workbook file, defensively. The signature is checked first, so a renamed .xls,
 * an encrypted workbook (both OLE2 containers) or a text file is named for what it is; then the zip is
 * examined and unpacked within the limits of `./guard` (no zip bombs, no DOCTYPE, bounded rows,
 * cells and merges); only the parts so checked are read, each when first needed. Its cells read as
 * the file held them: scoring and restoring change what `xlsxBytes` writes, not what they read (its
 * backup store alone reads as last written, so that each sheet scored adds to it).
 */
export async function loadXlsx(file: string): Promise<XlsxPackage> {
  return openXlsx(readWhole(file), file);
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

export interface LoadedWorkbook {
  readonly workbook: XlsxPackage;
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

/** Prepared bytes as a package: held to every limit of the loading step before anything is read. */
export function openWorkbook(prepared: PreparedWorkbook, file: string): XlsxPackage {
  return prepared.format === 'xlsx' ? openXlsx(prepared.bytes, file) : opened(inspected(prepared.bytes, file, prepared.format), file, prepared.format);
}

/**
 * Reads a workbook file of any format the scorer takes: prepared (converted where it is not an
 * .xlsx), then opened. The workbook patched and written is that .xlsx.
 */
export async function loadWorkbook(file: string, options: LoadWorkbookOptions): Promise<LoadedWorkbook> {
  const prepared = await prepareWorkbook(file, options);
  return { workbook: openWorkbook(prepared, file), format: prepared.format };
}
