// A part's bytes as text, and back. Excel and nearly every writer use UTF-8, but XML may be UTF-16
// (with its byte-order mark, as XML 1.0 §4.3.3 asks, or known by its `<?xml` as Appendix F
// describes), and Excel opens such parts. A part we change is written back in the encoding it came
// in, mark and all, so that its XML declaration stays true.
import { StringDecoder } from 'string_decoder';

export interface PartEncoding {
  readonly charset: 'utf8' | 'utf16le' | 'utf16be';
  /** It starts with a byte-order mark. */
  readonly bom: boolean;
}

export const UTF8: PartEncoding = { charset: 'utf8', bom: false };

const MARKS = {
  utf8: Buffer.from([0xef, 0xbb, 0xbf]),
  utf16le: Buffer.from([0xff, 0xfe]),
  utf16be: Buffer.from([0xfe, 0xff]),
} as const;

/** How the part's bytes are encoded. */
export function encodingOf(data: Buffer): PartEncoding {
  for (const charset of ['utf8', 'utf16le', 'utf16be'] as const) {
    if (data.subarray(0, MARKS[charset].length).equals(MARKS[charset])) return { charset, bom: true };
  }
  // `<?` in UTF-16 without a mark: 3C 00 3F 00, or 00 3C 00 3F.
  if (data[0] === 0x3c && data[1] === 0x00 && data[2] === 0x3f && data[3] === 0x00) return { charset: 'utf16le', bom: false };
  if (data[0] === 0x00 && data[1] === 0x3c && data[2] === 0x00 && data[3] === 0x3f) return { charset: 'utf16be', bom: false };
  return UTF8;
}

/** The part's text, without its byte-order mark. */
export function decodePart(data: Buffer, encoding: PartEncoding = encodingOf(data)): string {
  const body = encoding.bom ? data.subarray(MARKS[encoding.charset].length) : data;
  if (encoding.charset === 'utf8') return body.toString('utf8');
  if (encoding.charset === 'utf16le') return body.toString('utf16le');
  // Swapped in a copy (swap16 works in place), an odd last byte dropped.
  return Buffer.from(body.subarray(0, body.length - (body.length % 2))).swap16().toString('utf16le');
}

/**
 * The part's text in pieces (of `bytes` bytes each), without its byte-order mark: read so, a large
 * part is never held as one string (a sheet of 54 MB is 107 MB of text). Joined, the pieces are the
 * part's text; a UTF-16 surrogate pair cut between two is whole again once they are.
 */
export function* decodedPieces(data: Buffer, bytes = 1 << 20): Generator<string> {
  const encoding = encodingOf(data);
  const body = encoding.bom ? data.subarray(MARKS[encoding.charset].length) : data;
  if (encoding.charset === 'utf8') {
    // A character cut between two pieces is kept back for the next.
    const decoder = new StringDecoder('utf8');
    for (let at = 0; at < body.length; at += bytes) yield decoder.write(body.subarray(at, at + bytes));
    yield decoder.end();
    return;
  }
  const even = Math.max(2, bytes - (bytes % 2));
  const units = body.subarray(0, body.length - (body.length % 2));
  for (let at = 0; at < units.length; at += even) {
    const piece = units.subarray(at, at + even);
    yield encoding.charset === 'utf16le' ? piece.toString('utf16le') : Buffer.from(piece).swap16().toString('utf16le');
  }
}

/** The text as bytes in that encoding, with its byte-order mark where it had one. */
export function encodePart(text: string, encoding: PartEncoding): Buffer {
  const body =
    encoding.charset === 'utf8' ? Buffer.from(text, 'utf8') : encoding.charset === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
  return encoding.bom ? Buffer.concat([MARKS[encoding.charset], body]) : body;
}
