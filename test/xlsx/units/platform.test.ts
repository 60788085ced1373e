// The command line's primitives (node's zlib and crypto) and the page's (fflate, crc-32, noble) are
// one function each: the same answer for every input, the same refusal at the same limit. Anything
// else would make the page's scored file differ from the command line's, or let a bomb through.
import fc from 'fast-check';
import { deflateSync, Inflate } from 'fflate';
import { platform as node } from '../../../src/xlsx/platform/node';
import { platform as browser } from '../../../src/xlsx/platform/browser';

const bytes = fc.uint8Array({ maxLength: 4096 });
/** Text that compresses far (a sheet's XML does), and so inflates far past its compressed size. */
const repetitive = fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 2000 })).map(([s, n]) => new TextEncoder().encode(s.repeat(n)));

describe('the page and the command line read and digest alike', () => {
  test('CRC-32, whole and continued, as the zip format has it', () => {
    expect(node.crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    fc.assert(
      fc.property(bytes, bytes, (a, b) => {
        const whole = node.crc32(new Uint8Array([...a, ...b]));
        expect(browser.crc32(a)).toBe(node.crc32(a));
        expect(browser.crc32(b, browser.crc32(a))).toBe(whole);
        expect(node.crc32(b, node.crc32(a))).toBe(whole);
      }),
    );
  });

  test('SHA-256 of pieces, bytes and text alike', () => {
    expect(browser.sha256(['abc'])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(
      fc.property(fc.array(fc.oneof(bytes, fc.string({ unit: 'grapheme' }))), (pieces) => {
        expect(browser.sha256(pieces)).toBe(node.sha256(pieces));
      }),
    );
  });

  test('inflating: the same bytes within the limit, the same refusal one byte past it', () => {
    fc.assert(
      fc.property(fc.oneof(bytes, repetitive), fc.integer({ min: 0, max: 3 }), (data, level) => {
        const stream = deflateSync(data, { level: (level * 3) as 0 | 3 | 6 | 9 });
        const limit = data.length + 1;
        expect(Buffer.from(browser.inflateRaw(stream, limit) as Uint8Array)).toEqual(Buffer.from(node.inflateRaw(stream, limit) as Uint8Array));
        expect(Buffer.from(browser.inflateRaw(stream, limit) as Uint8Array)).toEqual(Buffer.from(data));
        if (data.length > 1) {
          expect(browser.inflateRaw(stream, data.length - 1)).toBe('too-large');
          expect(node.inflateRaw(stream, data.length - 1)).toBe('too-large');
        }
      }),
    );
  });

  test('a bomb stops at the limit in the page too, fed no further than the slice that passed it', () => {
    // 64 MB of zeros in about 64 KB: sixteen slices; refused at 256 KB, the inflater is given one.
    const bomb = deflateSync(new Uint8Array(64 << 20), { level: 1 });
    // Counted by hand, not with jest.spyOn: the mutation run takes this file on mocha.
    const push = Inflate.prototype.push;
    let slices = 0;
    Inflate.prototype.push = function (this: Inflate, ...args: Parameters<Inflate['push']>) {
      slices += 1;
      return push.apply(this, args);
    };
    try {
      expect(browser.inflateRaw(bomb, 1 << 18)).toBe('too-large');
      expect(bomb.length).toBeGreaterThan(10 * 4096);
      expect(slices).toBe(1);
    } finally {
      Inflate.prototype.push = push;
    }
    expect(node.inflateRaw(bomb, 1 << 18)).toBe('too-large');
  });

  test('a stream that is not deflate is refused by both', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]);
    expect(() => node.inflateRaw(garbage, 100)).toThrow();
    expect(() => browser.inflateRaw(garbage, 100)).toThrow();
  });
});
