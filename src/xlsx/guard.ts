// The defences of the loading step: a workbook file is examined byte by byte before any part is read.
// The reader holds every part it reads in memory and builds an object for every row and cell it
// meets (and, for the core, a grid as large as the merged areas reach), so a zip bomb, a million-row
// sheet or a merge over a whole sheet would take the process down. Here the zip's central directory is read, every part is inflated with a hard
// limit on its output, XML that declares a DOCTYPE (external or expanding entities) is refused, and
// each worksheet's rows, cells and merged cells are counted against the limits below. A worksheet
// that is mostly empty formatting (a used range reaching XFD1048576) is not refused: the empty rows
// trailing after its last row with content are cut down to EMPTY_TAIL_ROWS, and the caller is told.
import { promises as fsPromises } from 'fs';
import zlib from 'zlib';
import type { DosTime } from './patch/zipTime';

/** The limits, in one place; README.md (安全与可靠 / Safety) states them. */
export const LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Parts (files) inside the zip. */
  entries: 10_000,
  /** One part, unpacked. */
  partBytes: 100 * 1024 * 1024,
  /** All parts together, unpacked. */
  totalBytes: 200 * 1024 * 1024,
  /** Row elements of one worksheet after trimming its empty tail (rows with content, and empty rows between them). */
  rows: 50_000,
  /** Cell elements of all worksheets (empty formatted cells count too: the reader makes an object of each). */
  cells: 500_000,
  /** Cells covered by the merged areas of all worksheets (a merged area is read row by row). */
  mergedCells: 500_000,
  /** Formatting-only rows kept after the last row with content; the rest are not loaded. */
  emptyTailRows: 1_000,
} as const;

export type GuardProblem =
  | 'too-large'
  | 'zip-bomb'
  | 'unsafe-xml'
  | 'too-many-rows'
  | 'too-many-cells'
  | 'merge-too-large'
  | 'corrupt';

export interface GuardRefusal {
  readonly ok: false;
  readonly problem: GuardProblem;
  /** The part or sheet concerned, and the figures, for the message. */
  readonly part?: string;
  readonly count?: number;
  readonly limit?: number;
  readonly detail?: string;
  /** Worksheet part → sheet name, as far as known when refusing. */
  readonly sheetNames?: ReadonlyMap<string, string>;
}

/** Formatting-only rows that were not loaded, per worksheet part. */
export interface TrimmedTail {
  readonly part: string;
  /** One-based row number of the first row not loaded. */
  readonly firstRow: number;
  /** Row elements not loaded. */
  readonly rows: number;
}

/** One part as the zip stores it, for copying into a patched package without inflating it again. */
export interface StoredPart {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The compressed bytes, as in the input file. */
  readonly raw: Buffer;
  /** The entry's time, as the input stored it (written back unchanged). */
  readonly modified: DosTime;
}

export interface GuardPass {
  readonly ok: true;
  /** The parts, unpacked and checked (worksheets trimmed), by name. */
  readonly parts: Map<string, Buffer>;
  /** Every entry in the order of the zip's central directory, compressed as it was. */
  readonly stored: readonly StoredPart[];
  /** The worksheets that were trimmed, as they were before trimming (the scored copy keeps their rows). */
  readonly untrimmed: ReadonlyMap<string, Buffer>;
  readonly trimmed: readonly TrimmedTail[];
  /** Worksheet part (`xl/worksheets/sheet1.xml`) → sheet name (指标体系). */
  readonly sheetNames: ReadonlyMap<string, string>;
}

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
  readonly modified: DosTime;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function refuse(problem: GuardProblem, extra: Omit<GuardRefusal, 'ok' | 'problem'> = {}): GuardRefusal {
  return { ok: false, problem, ...extra };
}

function centralDirectory(data: Buffer): CentralEntry[] | GuardRefusal {
  const from = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return refuse('corrupt', { detail: 'no end of central directory' });
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  // Zip64 markers: no workbook Excel writes needs them (they begin at 4 GB or 65,535 parts).
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return refuse('too-large', { detail: 'zip64' });
  if (count > LIMITS.entries) return refuse('too-large', { count, limit: LIMITS.entries, detail: 'entries' });
  if (offset + size > end) return refuse('corrupt', { detail: 'central directory out of bounds' });
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL) return refuse('corrupt', { detail: 'bad central directory entry' });
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    entries.push({
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      crc: data.readUInt32LE(at + 16),
      compressedSize: data.readUInt32LE(at + 20),
      declaredSize: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
      modified: data.readUInt32LE(at + 12),
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one part, never producing more than `limit` bytes. */
function unpack(data: Buffer, e: CentralEntry, limit: number): { out: Buffer; stored: Buffer } | GuardRefusal {
  if (e.flags & 1) return refuse('corrupt', { part: e.name, detail: 'encrypted zip entry' });
  const local = e.localOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) return refuse('corrupt', { part: e.name, detail: 'bad local header' });
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (start + e.compressedSize > data.length) return refuse('corrupt', { part: e.name, detail: 'part out of bounds' });
  const stored = data.subarray(start, start + e.compressedSize);
  let out: Buffer;
  if (e.method === 0) out = stored;
  else if (e.method === 8) {
    try {
      // One byte more than the part says it holds: a part that inflates past its declared size is a bomb.
      out = zlib.inflateRawSync(stored, { maxOutputLength: Math.max(1, Math.min(e.declaredSize, limit) + 1) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        return refuse('zip-bomb', { part: e.name, count: e.declaredSize, detail: 'inflates past its declared size' });
      }
      return refuse('corrupt', { part: e.name, detail: (err as Error).message });
    }
  } else return refuse('corrupt', { part: e.name, detail: `compression method ${e.method}` });
  if (out.length > e.declaredSize) return refuse('zip-bomb', { part: e.name, count: e.declaredSize, detail: 'inflates past its declared size' });
  if (out.length !== e.declaredSize) return refuse('corrupt', { part: e.name, detail: 'size mismatch' });
  return { out, stored };
}

const DOCTYPE_MARKS = ['<!DOCTYPE', '<!ENTITY'].flatMap((t) => [Buffer.from(t, 'latin1'), Buffer.from(t, 'utf16le'), Buffer.from(t, 'utf16le').swap16()]);

function declaresDoctype(xml: Buffer): boolean {
  return DOCTYPE_MARKS.some((mark) => xml.indexOf(mark) >= 0);
}

const B = (s: string) => Buffer.from(s, 'latin1');
const SHEET_DATA = B('<sheetData');
const SHEET_DATA_END = B('</sheetData>');
const ROW = B('<row');
const ROW_END = B('</row>');
const CELL = B('<c');
const CONTENT = [B('<v>'), B('<v '), B('<is>'), B('<is '), B('<f>'), B('<f ')];
const MERGE = B('<mergeCell ');

function isNameEnd(byte: number): boolean {
  return byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d; // space > / tab newline
}

// Searches stay inside the row (a subarray): searching the whole rest of a sheet from every empty
// row would make a sheet of empty rows quadratic.
function hasContent(row: Buffer): boolean {
  return CONTENT.some((mark) => row.indexOf(mark) >= 0);
}

function countCells(row: Buffer): number {
  let n = 0;
  for (let i = row.indexOf(CELL); i >= 0; i = row.indexOf(CELL, i + 2)) {
    if (i + 2 >= row.length || isNameEnd(row[i + 2])) n++;
  }
  return n;
}

/** `B12` → { row: 12, col: 2 } (one-based). */
function ref(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(text);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function mergedCells(xml: Buffer): { cells: number; largest: string } {
  let cells = 0;
  let largest = '';
  let largestCells = 0;
  for (let i = xml.indexOf(MERGE); i >= 0; i = xml.indexOf(MERGE, i + MERGE.length)) {
    const close = xml.indexOf(0x3e, i);
    const tag = xml.toString('latin1', i, close < 0 ? i + 200 : close);
    const range = /\bref\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
    if (!range) continue;
    const [a, b = a] = range.split(':');
    const tl = ref(a);
    const br = ref(b);
    if (!tl || !br) continue;
    const n = (Math.abs(br.row - tl.row) + 1) * (Math.abs(br.col - tl.col) + 1);
    cells += n;
    if (n > largestCells) {
      largestCells = n;
      largest = range;
    }
  }
  return { cells, largest };
}

/**
 * Checks one worksheet part: counts its row and cell elements and merged cells, and cuts the
 * formatting-only rows trailing after its last row with content down to LIMITS.emptyTailRows.
 */
function checkWorksheet(
  part: string,
  xml: Buffer,
  before: { cells: number; merged: number },
): { xml: Buffer; trimmed?: TrimmedTail; cells: number; merged: number } | GuardRefusal {
  const merged = mergedCells(xml);
  if (before.merged + merged.cells > LIMITS.mergedCells) {
    return refuse('merge-too-large', { part, count: merged.cells, limit: LIMITS.mergedCells, detail: merged.largest });
  }
  const dataStart = xml.indexOf(SHEET_DATA);
  const dataOpenEnd = dataStart < 0 ? -1 : xml.indexOf(0x3e, dataStart);
  // No sheetData, or an empty one (`<sheetData/>`): no rows to count.
  if (dataStart < 0 || dataOpenEnd < 0 || xml[dataOpenEnd - 1] === 0x2f) return { xml, cells: 0, merged: merged.cells };
  const dataEnd = xml.indexOf(SHEET_DATA_END, dataStart);
  if (dataEnd < 0) return refuse('corrupt', { part, detail: 'sheetData not closed' });

  let rows = 0;
  let cells = before.cells;
  // Row elements after the last one with content: where they start, and how many.
  let tailRows = 0;
  let tailCells = 0;
  let tailKeptCells = 0;
  let tailFirstRow = 0;
  let cut = -1;
  for (let i = xml.indexOf(ROW, dataStart); i >= 0 && i < dataEnd; ) {
    if (!isNameEnd(xml[i + 4])) {
      i = xml.indexOf(ROW, i + 4);
      continue;
    }
    const close = xml.indexOf(0x3e, i);
    if (close < 0 || close > dataEnd) return refuse('corrupt', { part, detail: 'row not closed' });
    let end: number;
    let content = false;
    let rowCells = 0;
    if (xml[close - 1] === 0x2f) end = close + 1;
    else {
      const rowEnd = xml.indexOf(ROW_END, close);
      if (rowEnd < 0 || rowEnd > dataEnd) return refuse('corrupt', { part, detail: 'row not closed' });
      end = rowEnd + ROW_END.length;
      const inner = xml.subarray(close, rowEnd);
      content = hasContent(inner);
      rowCells = countCells(inner);
    }
    rows++;
    if (content) {
      // The empty rows before this one are not a tail after all: their cells count.
      cells += tailCells + rowCells;
      tailRows = 0;
      tailCells = 0;
      tailKeptCells = 0;
      cut = -1;
    } else {
      tailCells += rowCells;
      if (tailRows < LIMITS.emptyTailRows) tailKeptCells += rowCells;
      if (tailRows === 0) {
        const r = /\br\s*=\s*["'](\d+)["']/.exec(xml.toString('latin1', i, close));
        tailFirstRow = r ? Number(r[1]) : 0;
      }
      tailRows++;
      if (tailRows === LIMITS.emptyTailRows) cut = end;
    }
    // Refused as soon as a row with content passes the limit: a million-row sheet is turned away
    // at its 50,001st row, without reading the rest.
    if (content && rows > LIMITS.rows) return refuse('too-many-rows', { part, count: rows, limit: LIMITS.rows });
    if (cells > LIMITS.cells) return refuse('too-many-cells', { part, count: cells, limit: LIMITS.cells });
    i = xml.indexOf(ROW, end);
  }
  if (cells + tailKeptCells > LIMITS.cells) return refuse('too-many-cells', { part, count: cells + tailKeptCells, limit: LIMITS.cells });
  const used = { cells: cells + tailKeptCells - before.cells, merged: merged.cells };
  if (tailRows <= LIMITS.emptyTailRows || cut < 0) return { xml, ...used };
  const dropped = tailRows - LIMITS.emptyTailRows;
  const firstDropped = /\br\s*=\s*["'](\d+)["']/.exec(xml.toString('latin1', cut, Math.min(dataEnd, cut + 200)))?.[1];
  return {
    xml: Buffer.concat([xml.subarray(0, cut), xml.subarray(dataEnd)]),
    trimmed: { part, firstRow: firstDropped ? Number(firstDropped) : tailFirstRow + LIMITS.emptyTailRows, rows: dropped },
    ...used,
  };
}

const WORKSHEET_PART = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const XML_PART = /\.(xml|rels|vml)$/i;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** Sheet names by worksheet part, from xl/workbook.xml and its relationships. */
function sheetNamesOf(workbook: Buffer | undefined, rels: Buffer | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of rels.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.toString('utf8').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, unescapeXml(name));
  }
  return names;
}

/** Compression beyond this ratio, on a part over the size limit, marks a zip bomb. */
const BOMB_RATIO = 100;

const WORKBOOK_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

/** Examines a workbook file's bytes (already known to start like a zip). */
export function inspectXlsx(data: Buffer): GuardPass | GuardRefusal {
  const found = centralDirectory(data);
  if (!Array.isArray(found)) return found;
  // Declared sizes first, before anything is inflated. A part far bigger than the limit that
  // compresses like a real sheet (under 100:1) is a sheet too big to score; one that compresses
  // better than that is a bomb. All parts together are held to the total.
  const declared = found.reduce((sum, e) => sum + e.declaredSize, 0);
  for (const e of found) {
    if (e.declaredSize <= LIMITS.partBytes) continue;
    const bomb = e.declaredSize > BOMB_RATIO * Math.max(1, e.compressedSize);
    return refuse(bomb ? 'zip-bomb' : 'too-large', { part: e.name.replace(/^\//, ''), count: e.declaredSize, limit: LIMITS.partBytes, detail: 'part' });
  }
  if (declared > LIMITS.totalBytes) return refuse('zip-bomb', { count: declared, limit: LIMITS.totalBytes, detail: 'total' });
  // The workbook and its relationships first, so that a refused worksheet can be named.
  const rank = (e: CentralEntry) => (WORKBOOK_PARTS.includes(e.name.replace(/^\//, '')) ? 0 : 1);
  const entries = [...found].sort((a, b) => rank(a) - rank(b));
  const parts = new Map<string, Buffer>();
  const stored = new Map<string, StoredPart>();
  const untrimmed = new Map<string, Buffer>();
  const trimmed: TrimmedTail[] = [];
  let sheetNames = new Map<string, string>();
  const counted = { cells: 0, merged: 0 };
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const unpacked = unpack(data, e, LIMITS.partBytes);
    if ('ok' in unpacked) return { ...unpacked, sheetNames };
    const out = unpacked.out;
    stored.set(e.name, { name: e.name, method: e.method, crc: e.crc, size: e.declaredSize, raw: unpacked.stored, modified: e.modified });
    if (XML_PART.test(e.name) && declaresDoctype(out)) return refuse('unsafe-xml', { part: e.name, sheetNames });
    const name = e.name.replace(/^\//, '');
    if (WORKSHEET_PART.test(name)) {
      const checked = checkWorksheet(name, out, counted);
      if ('ok' in checked) return { ...checked, sheetNames };
      if (checked.trimmed) {
        trimmed.push(checked.trimmed);
        untrimmed.set(e.name, out);
      }
      counted.cells += checked.cells;
      counted.merged += checked.merged;
      parts.set(e.name, checked.xml);
    } else parts.set(e.name, out);
    if (rank(e) === 0) sheetNames = sheetNamesOf(parts.get('xl/workbook.xml'), parts.get('xl/_rels/workbook.xml.rels'));
  }
  const inOrder = found.filter((e) => stored.has(e.name)).map((e) => stored.get(e.name)!);
  return { ok: true, parts, stored: inOrder, untrimmed, trimmed, sheetNames };
}

/**
 * What a workbook file's parts add up to unpacked, as its zip's central directory declares them,
 * read without reading the file whole (for planning how many to score at once; 0 when the file is
 * not a readable zip — the loading step then says why).
 */
export async function declaredUnpackedSize(file: string): Promise<number> {
  let handle: import('fs').promises.FileHandle | undefined;
  try {
    handle = await fsPromises.open(file, 'r');
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) return 0;
    const count = tail.readUInt16LE(end + 10);
    const cdSize = tail.readUInt32LE(end + 12);
    const cdOffset = tail.readUInt32LE(end + 16);
    if (cdOffset + cdSize > size || count > LIMITS.entries) return 0;
    const cd = Buffer.alloc(cdSize);
    await handle.read(cd, 0, cdSize, cdOffset);
    let total = 0;
    for (let at = 0, i = 0; i < count && at + 46 <= cd.length && cd.readUInt32LE(at) === CENTRAL; i++) {
      total += cd.readUInt32LE(at + 24);
      at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    return total;
  } catch {
    return 0;
  } finally {
    await handle?.close();
  }
}
