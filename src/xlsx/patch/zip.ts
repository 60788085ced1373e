// Writing the patched package with fflate's Zip: a part we did not change is copied as the input
// stored it (its compressed bytes, CRC and sizes; nothing inflated or deflated again), a part we
// changed or added is deflated with node's zlib.
import zlib from 'zlib';
import { Zip } from 'fflate';
import type { ZipInputFile } from 'fflate';
import type { StoredPart } from '../guard';

/** A part to put into the zip as it is stored (method 0 or 8, already compressed). */
function storedFile(part: StoredPart): { file: ZipInputFile; data: Uint8Array<ArrayBuffer> } {
  const file = { filename: part.name, size: part.size, crc: part.crc, compression: part.method } as ZipInputFile;
  return { file, data: part.raw as Uint8Array<ArrayBuffer> };
}

function deflatedPart(name: string, data: Buffer): StoredPart {
  return { name, method: 8, crc: zlib.crc32(data) >>> 0, size: data.length, raw: zlib.deflateRawSync(data, { level: 6 }) };
}

/**
 * The package: the input's parts in their order, with `changed` parts replaced (null removes one),
 * then the `added` parts.
 */
export function writeZip(
  input: readonly StoredPart[],
  changed: ReadonlyMap<string, Buffer | null>,
  added: ReadonlyMap<string, Buffer>,
): Buffer {
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
    else if (changed.get(part.name) !== null) put(deflatedPart(part.name, changed.get(part.name)!));
  }
  for (const [name, data] of added) put(deflatedPart(name, data));
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
