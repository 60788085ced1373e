// Opening a workbook file as a package whose parts are read each when first needed: its bytes (./files:
// read defensively, converted where they are not an .xlsx, examined within the limits of ./guard),
// then the package, refused when it holds no worksheet.
import { ENCRYPTED_PACKAGE, inspected, OLE2, prepareWorkbook, readWhole, XlsxFileError, ZIP } from './files';
import type { LoadWorkbookOptions, PreparedWorkbook, WorkbookFormat, XlsxFileFacts } from './files';
import type { GuardPass } from './guard';
import { XmlSyntaxError } from './package/xml';
import { XlsxPackage } from './package/package';

export interface LoadedWorkbook {
  readonly workbook: XlsxPackage;
  readonly format: WorkbookFormat;
}

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

/** Formatting-only rows the loading step did not load, by sheet: the scored copy lacks them. */
export interface TrimmedRows {
  readonly sheet: string;
  /** One-based number of the first row not loaded. */
  readonly firstRow: number;
  readonly rows: number;
}

/** The empty formatted rows `loadXlsx` left out of this workbook's reading (none for most workbooks). */
export function trimmedRows(wb: XlsxPackage): readonly TrimmedRows[] {
  return wb.trimmed.map((t) => ({ sheet: wb.sheetNames.get(t.part) ?? t.part, firstRow: t.firstRow, rows: t.rows }));
}
