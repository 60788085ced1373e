// Writing the patched package with fflate's Zip: a part we did not change is copied as the input
// stored it (its compressed bytes, CRC, sizes and time; nothing inflated or deflated again), a part we
// changed or added is deflated by fflate (at level 6, in one piece or as its pieces come): the same
// code on the command line and in the page (../platform), so both write the same bytes. No byte
// comes from the clock: every entry's time is given (zipTime.ts), so the same parts give the same bytes.
import { Deflate, deflateSync, Zip } from 'fflate';
import type { ZipInputFile } from 'fflate';
import type { StoredPart } from '../guard';
import { platform } from '../platform';
import { fflateTime, newest, type DosTime } from './zipTime';

/** A part to put into the zip as it is stored (method 0 or 8, already compressed). */
function storedFile(part: StoredPart): { file: ZipInputFile; data: Uint8Array<ArrayBuffer> } {
  const file = { filename: part.name, size: part.size, crc: part.crc, compression: part.method, mtime: fflateTime(part.modified) } as ZipInputFile;
  return { file, data: part.raw as Uint8Array<ArrayBuffer> };
}

/** Pieces joined into about this many characters before they are encoded and deflated. */
const BATCH = 1 << 16;

/**
 * A part deflated from its text as it comes, piece by piece, so that a large part (a summary's
 * 扣分明细 of many workbooks) is never held whole, as a string or as bytes.
 */
export function deflatedPieces(name: string, pieces: Iterable<string>, modified: DosTime): StoredPart {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  let crc = 0;
  let size = 0;
  let batch: string[] = [];
  let length = 0;
  const flush = (final: boolean) => {
    const bytes = Buffer.from(batch.join(''), 'utf8');
    crc = platform.crc32(bytes, crc);
    size += bytes.length;
    deflate.push(bytes, final);
    batch = [];
    length = 0;
  };
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= BATCH) flush(false);
  }
  flush(true);
  return { name, method: 8, crc, size, raw: Buffer.concat(out), modified };
}

function deflatedPart(name: string, data: Buffer, modified: DosTime): StoredPart {
  const raw = deflateSync(data, { level: 6 });
  return { name, method: 8, crc: platform.crc32(data), size: data.length, raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), modified };
}

/**
 * The package: the input's parts in their order, with `changed` parts replaced (null removes one),
 * then the `added` parts. A changed part keeps its own time; an added one takes the newest time of
 * the input's parts (when the workbook was last saved, as far as the package says), so that a
 * patched file's bytes follow from the input's alone.
 */
export function writeZip(
  input: readonly StoredPart[],
  changed: ReadonlyMap<string, Buffer | null>,
  added: ReadonlyMap<string, Buffer>,
): Buffer {
  const addedAt = newest(input.map((p) => p.modified));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  const put = (part: StoredPart) => {
    const { file, data } = storedFile(part);
    zip.add(file);
    file.ondata!(null, data, true);
  };
  for (const part of input) {
    if (!changed.has(part.name)) put(part);
    else if (changed.get(part.name) !== null) put(deflatedPart(part.name, changed.get(part.name)!, part.modified));
  }
  for (const [name, data] of added) put(deflatedPart(name, data, addedAt));
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
