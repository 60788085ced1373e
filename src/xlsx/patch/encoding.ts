// A part's bytes as text, and back. Excel and nearly every writer use UTF-8, but XML may be UTF-16
// (with its byte-order mark, as XML 1.0 §4.3.3 asks, or known by its `<?xml` as Appendix F
// describes), and Excel opens such parts. A part we change is written back in the encoding it came
// in, mark and all, so that its XML declaration stays true.

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

/** The text as bytes in that encoding, with its byte-order mark where it had one. */
export function encodePart(text: string, encoding: PartEncoding): Buffer {
  const body =
    encoding.charset === 'utf8' ? Buffer.from(text, 'utf8') : encoding.charset === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
  return encoding.bom ? Buffer.concat([MARKS[encoding.charset], body]) : body;
}
