// A part read in pieces (the loading step counts a large sheet so, never holding it as one string):
// joined, the pieces are the part's text, whatever the encoding and wherever a piece ends — inside a
// character of three UTF-8 bytes, or between the two halves of a UTF-16 surrogate pair.
import fc from 'fast-check';
import { decodedPieces, decodePart, encodePart } from '../../../src/xlsx/package/encoding';
import type { PartEncoding } from '../../../src/xlsx/package/encoding';

const ENCODINGS: readonly PartEncoding[] = [
  { charset: 'utf8', bom: false },
  { charset: 'utf8', bom: true },
  { charset: 'utf16le', bom: true },
  { charset: 'utf16le', bom: false },
  { charset: 'utf16be', bom: true },
  { charset: 'utf16be', bom: false },
];

/** XML text with characters of one to four UTF-8 bytes (𝑥 and 😀 are surrogate pairs in UTF-16). */
const xmlText = fc
  .array(fc.constantFrom('<', 'row', '>', ' r="1"', '得分', '扣0.25分', '𝑥', '😀', '·', '\n'), { maxLength: 40 })
  .map((bits) => `<?xml version="1.0"?><x>${bits.join('')}</x>`);

describe('decodedPieces', () => {
  it.each(ENCODINGS.map((e) => [`${e.charset}${e.bom ? ' with its mark' : ''}`, e] as const))('%s: the pieces joined are the text, for every piece size', (_, encoding) => {
    fc.assert(
      fc.property(xmlText, fc.integer({ min: 1, max: 9 }), (text, bytes) => {
        const data = encodePart(text, encoding);
        const pieces = [...decodedPieces(data, bytes)];
        expect(pieces.join('')).toBe(text);
        expect(pieces.join('')).toBe(decodePart(data));
      }),
    );
  });

  it('a large part comes in pieces of about the size asked, not as one string', () => {
    const data = encodePart(`<x>${'<row r="1"><c><v>1</v></c></row>'.repeat(100_000)}</x>`, { charset: 'utf8', bom: false });
    const pieces = [...decodedPieces(data)].filter((p) => p !== '');
    expect(pieces.length).toBe(Math.ceil(data.length / (1 << 20)));
    expect(Math.max(...pieces.map((p) => p.length))).toBe(1 << 20);
  });
});
