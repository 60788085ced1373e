// The zip container of a workbook, read defensively: the central directory, each entry's name (a
// package's part name, so no `..`, no empty or dot segment, no backslash, no control character, and
// no two entries that name one part), and each part inflated with a hard limit on its output.
import { constants, promises as fsPromises } from 'fs';
import { platform } from '../platform';
import type { DosTime } from '../package/zipTime';
import { partKey } from '../package/partNames';
import { refuse, type GuardRefusal, LIMITS } from './limits';

export interface CentralEntry {
  /** The part's name: the entry's, without the leading slash some writers put on it. */
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

/** Where the end-of-central-directory record starts in these last bytes of a file, or -1. */
export function endOfCentralDirectory(tail: Buffer): number {
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 0xffff); i--) {
    if (tail.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/**
 * Why an entry's name cannot be a part's, or null. A leading slash is allowed (it is dropped): zips
 * made by some tools carry one and Excel opens them. Anything that would climb out of a folder or
 * reach another place when unpacked — `..`, `.`, an empty segment, a backslash, a drive, a control
 * character — is not a part name (ECMA-376 Part 2, §6.2.2).
 */
export function unsafeName(name: string): string | null {
  if (name === '') return 'empty name';
  if (/[\u0000-\u001f\u007f\\]/.test(name)) return 'control character or backslash';
  const segments = name.split('/');
  if (segments.some((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1))) return 'dot or empty segment';
  if (/^[A-Za-z]:/.test(name)) return 'drive';
  return null;
}

/** The entries of the zip's central directory, checked, in its order; or why the zip is refused. */
export function centralDirectory(data: Buffer): CentralEntry[] | GuardRefusal {
  const end = endOfCentralDirectory(data);
  if (end < 0) return refuse('corrupt', { detail: 'no end of central directory' });
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  // Zip64 markers: no workbook Excel writes needs them (they begin at 4 GB or 65,535 parts).
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return refuse('too-large', { detail: 'zip64' });
  if (count > LIMITS.entries) return refuse('too-large', { count, limit: LIMITS.entries, detail: 'entries' });
  if (offset + size > end) return refuse('corrupt', { detail: 'central directory out of bounds' });
  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL) return refuse('corrupt', { detail: 'bad central directory entry' });
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const written = data.toString('utf8', at + 46, at + 46 + nameLength);
    const name = written.replace(/^\/+/, '');
    const unsafe = unsafeName(name);
    if (unsafe) return refuse('unsafe-entry', { part: written, detail: unsafe });
    // Part names are compared without regard to case (ECMA-376 Part 2, §6.2.2.3), and `%xx` escapes read.
    const key = partKey(name);
    if (seen.has(key)) return refuse('unsafe-entry', { part: name, detail: 'duplicate' });
    seen.add(key);
    entries.push({
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      crc: data.readUInt32LE(at + 16),
      compressedSize: data.readUInt32LE(at + 20),
      declaredSize: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
      modified: data.readUInt32LE(at + 12),
      name,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one part, never producing more than `limit` bytes; with its compressed bytes as stored. */
export function unpack(data: Buffer, e: CentralEntry, limit: number): { out: Buffer; stored: Buffer } | GuardRefusal {
  if (e.flags & 1) return refuse('corrupt', { part: e.name, detail: 'encrypted zip entry' });
  const local = e.localOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) return refuse('corrupt', { part: e.name, detail: 'bad local header' });
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (start + e.compressedSize > data.length) return refuse('corrupt', { part: e.name, detail: 'part out of bounds' });
  const stored = data.subarray(start, start + e.compressedSize);
  let out: Buffer;
  if (e.method === 0) out = stored;
  else if (e.method === 8) {
    let inflated;
    try {
      // One byte more than the part says it holds: a part that inflates past its declared size is a bomb.
      inflated = platform.inflateRaw(stored, Math.max(1, Math.min(e.declaredSize, limit) + 1));
    } catch (err) {
      return refuse('corrupt', { part: e.name, detail: (err as Error).message });
    }
    if (inflated === 'too-large') return refuse('zip-bomb', { part: e.name, count: e.declaredSize, detail: 'inflates past its declared size' });
    out = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  } else return refuse('corrupt', { part: e.name, detail: `compression method ${e.method}` });
  if (out.length > e.declaredSize) return refuse('zip-bomb', { part: e.name, count: e.declaredSize, detail: 'inflates past its declared size' });
  if (out.length !== e.declaredSize) return refuse('corrupt', { part: e.name, detail: 'size mismatch' });
  return { out, stored };
}

/**
 * What a workbook file's parts add up to unpacked, as its zip's central directory declares them,
 * read without reading the file whole (for planning how many to score at once; 0 when the file is
 * not a readable zip — the loading step then says why). Opened without waiting: a FIFO or a device
 * under a workbook's name is no file, and is not waited on.
 */
export async function declaredUnpackedSize(file: string): Promise<number> {
  let handle: fsPromises.FileHandle | undefined;
  try {
    handle = await fsPromises.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = await handle.stat();
    if (!stat.isFile()) return 0;
    const size = stat.size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const end = endOfCentralDirectory(tail);
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
