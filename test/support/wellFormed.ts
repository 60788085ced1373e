// Every XML part of a package read by a namespace-aware parser (saxes with xmlns on): a prefix
// used without a declaration in scope, a second root or a stray `<` is a part Excel would repair or
// refuse. The check the patcher's own reading cannot make (it reads names as written).
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** Parts read as XML: by their extension, as [Content_Types].xml's defaults name them in every writer seen. */
const XML_PART = /\.(xml|rels|vml)$/i;

/** The part's text: UTF-8, or UTF-16 where it starts with a byte-order mark. */
function decoded(data: Uint8Array): string {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
  return b.toString('utf8').replace(/^\uFEFF/, '');
}

/** The namespace error of one part's text, or null when it is well formed and every prefix is declared. */
export function namespaceError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}

/** Every XML part of the zip that is not well formed, namespaces included: `part: error`. */
export function malformedParts(zip: Uint8Array, only?: (part: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    if (!XML_PART.test(name) || (only && !only(name))) continue;
    const error = namespaceError(decoded(data));
    if (error !== null) problems.push(`${name}: ${error}`);
  }
  return problems;
}
