// The page's primitives: fflate's inflate (fed in 4 KB slices, so that a bomb stops at the limit instead
// of filling the tab), SheetJS's crc-32 and noble's SHA-256 — synchronous, as the patcher is.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import CRC32 from 'crc-32';
import { Inflate } from 'fflate';
import type { Platform } from './platform';

/** Compressed bytes given to the inflater at a time: deflate expands at most 1032:1, so ≤ 4 MB a step. */
const SLICE = 1 << 12;

export const platform: Platform = {
  inflateRaw(data, limit) {
    const out: Uint8Array[] = [];
    let size = 0;
    const inflate = new Inflate((chunk) => {
      size += chunk.length;
      if (size <= limit) out.push(chunk);
    });
    for (let at = 0; at < data.length && size <= limit; at += SLICE) {
      inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    }
    if (data.length === 0) inflate.push(data, true);
    if (size > limit) return 'too-large';
    const whole = new Uint8Array(size);
    let at = 0;
    for (const chunk of out) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    return whole;
  },
  crc32: (data, crc = 0) => CRC32.buf(data, crc) >>> 0,
  sha256(pieces) {
    const hash = sha256.create();
    for (const p of pieces) hash.update(typeof p === 'string' ? utf8ToBytes(p) : p);
    return bytesToHex(hash.digest());
  },
};
