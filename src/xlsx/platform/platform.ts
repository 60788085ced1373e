/** The few primitives the package reader and patcher take from their host. */
export interface Platform {
  /**
   * A raw deflate stream inflated, never to more than `limit` (≥ 1) bytes: 'too-large' when it would go
   * past (a zip bomb is refused before it is inflated whole). Throws on a stream that is not deflate.
   */
  inflateRaw(data: Uint8Array, limit: number): Uint8Array | 'too-large';
  /** The CRC-32 of the zip format (ISO-HDLC), continued from `crc` when given. */
  crc32(data: Uint8Array, crc?: number): number;
  /** SHA-256 of the pieces one after another (a string as UTF-8), as lowercase hex. */
  sha256(pieces: Iterable<Uint8Array | string>): string;
}
