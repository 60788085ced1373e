// The command line's primitives: node's zlib and crypto.
import { createHash } from 'crypto';
import zlib from 'zlib';
import type { Platform } from './platform';

export const platform: Platform = {
  inflateRaw(data, limit) {
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: limit });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
      throw e;
    }
  },
  crc32: (data, crc = 0) => zlib.crc32(data, crc) >>> 0,
  sha256(pieces) {
    const hash = createHash('sha256');
    for (const p of pieces) hash.update(p);
    return hash.digest('hex');
  },
};
