// XML read with a real parser (saxes) for where each element starts and ends, and changed by
// splicing new text into the original at those places: everything we do not change stays byte for
// byte as the writer left it, unknown elements and extensions included. No regular expression ever
// looks into the XML; saxes's positions are UTF-16 offsets into the string it was given.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The qualified name as written (`c`, `x:c`, `v:shape`). */
  readonly name: string;
  /** The name without its prefix. */
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset just after the end tag (or after `/>`). */
  end: number;
  readonly selfClosing: boolean;
  readonly parent: XmlElement | null;
  /** The text directly inside, unescaped (only collected where asked for). */
  text: string;
}

/** XML that is not well formed: the part, and so the file, cannot be read. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

export interface ScanOptions {
  /** Collect the text of elements with these local names (`t`, `v`, `f`). */
  readonly textOf?: ReadonlySet<string>;
}

/**
 * Reads the XML and calls `visit` for every element once its end is known (children before their
 * parent). Throws XmlSyntaxError on XML that is not well formed: the caller refuses the file then.
 */
export function scanXml(xml: string, visit: (el: XmlElement) => void, options: ScanOptions = {}): void {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let startAt = 0;
  parser.on('opentagstart', () => {
    startAt = xml.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    const colon = name.indexOf(':');
    const el: XmlElement = {
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      attributes: tag.attributes as Record<string, string>,
      start: startAt,
      openEnd: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
      parent: stack.length ? stack[stack.length - 1] : null,
      text: '',
    };
    stack.push(el);
  });
  if (options.textOf) {
    const wanted = options.textOf;
    const onText = (text: string) => {
      const top = stack[stack.length - 1];
      if (top && wanted.has(top.local)) top.text += text;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.on('closetag', () => {
    const el = stack.pop()!;
    el.end = parser.position;
    visit(el);
  });
  parser.on('error', (e) => {
    throw new XmlSyntaxError(e.message);
  });
  parser.write(xml).close();
}

/** The elements of a well-formed fragment in document order (its root first), offsets into `xml`. */
export function elementsOf(xml: string, options: ScanOptions = {}): XmlElement[] {
  const list: XmlElement[] = [];
  scanXml(xml, (el) => list.push(el), options);
  return list.sort((a, b) => a.start - b.start);
}

/** The prefix of a qualified name with its colon (`x:`), or ''. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * The namespace a prefix (without its colon; '' for the default) stands for at an element, from the
 * declarations on it and its ancestors; undefined where it stands for none. Writers declare where they
 * like: openpyxl puts `xmlns:r` on every `<sheet>`, and its VML declares `ns0`, `ns1` on each shape.
 */
export function namespaceAt(el: XmlElement | null, prefix: string): string | undefined {
  if (prefix === 'xml') return XML_NAMESPACE;
  const declaration = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let at = el; at; at = at.parent) {
    // `xmlns=""` takes the default namespace away again.
    if (declaration in at.attributes) return at.attributes[declaration] || undefined;
  }
  return undefined;
}

/**
 * The prefix (with its colon, or '' for the default) that names `namespace` at an element, the
 * element's own first; null where none does. New elements and attributes are written with it, or
 * declare the namespace themselves.
 */
export function prefixFor(el: XmlElement | null, namespace: string): string | null {
  const own = prefixOf(el?.name ?? '').slice(0, -1);
  if (el && namespaceAt(el, own) === namespace) return own ? `${own}:` : '';
  for (let at = el; at; at = at.parent) {
    for (const [key, value] of Object.entries(at.attributes)) {
      if (value !== namespace) continue;
      const prefix = key === 'xmlns' ? '' : key.startsWith('xmlns:') ? key.slice(6) : null;
      // Bound here, and not bound to something else nearer the element.
      if (prefix !== null && namespaceAt(el, prefix) === namespace) return prefix ? `${prefix}:` : '';
    }
  }
  return null;
}

/**
 * A prefix for `namespace` at an element, for an attribute (which takes no default namespace), and the
 * declaration the new element carries when none is in scope (` xmlns:r="…"`, else '').
 */
export function attributePrefix(el: XmlElement | null, namespace: string, wanted: string): { prefix: string; declaration: string } {
  const bound = prefixFor(el, namespace);
  if (bound) return { prefix: bound.slice(0, -1), declaration: '' };
  return { prefix: wanted, declaration: ` xmlns:${wanted}="${escapeAttribute(namespace)}"` };
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** `<name a="1" b="2">` (or `/>`), attributes in the order given. */
export function startTag(name: string, attributes: Readonly<Record<string, string>>, selfClosing = false): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attributes)) out += ` ${k}="${escapeAttribute(v)}"`;
  return out + (selfClosing ? '/>' : '>');
}

/** One change to a text: the range [from, to) replaced by `text` (from = to inserts). */
export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** Children appended at the end of an element, a self-closing one (`<Relationships/>`) opened for them. */
export function appendChildren(el: XmlElement, text: string): Splice {
  if (el.selfClosing) return { from: el.start, to: el.end, text: `${startTag(el.name, el.attributes)}${text}</${el.name}>` };
  const at = el.end - `</${el.name}>`.length;
  return { from: at, to: at, text };
}

/**
 * Applies the splices. Insertions at one offset keep the order they were given in; ranges must not
 * overlap (a programming error if they do).
 */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return xml;
  const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
  const out: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.from < at) throw new Error(`overlapping XML changes at ${s.from}`);
    out.push(xml.slice(at, s.from), s.text);
    at = s.to;
  }
  out.push(xml.slice(at));
  return out.join('');
}

/**
 * The text of an element with some attributes set (or removed, for null), the others kept in their
 * order and the content kept as it is.
 */
export function withAttributes(xml: string, el: XmlElement, changes: Readonly<Record<string, string | null>>): string {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(el.attributes)) if (!(k in changes)) attributes[k] = v;
  for (const [k, v] of Object.entries(changes)) if (v !== null) attributes[k] = v;
  // Keep the attribute order as written where the attribute stays.
  const ordered: Record<string, string> = {};
  for (const k of Object.keys(el.attributes)) if (k in attributes) ordered[k] = attributes[k];
  for (const [k, v] of Object.entries(attributes)) if (!(k in ordered)) ordered[k] = v;
  const open = startTag(el.name, ordered, el.selfClosing);
  return el.selfClosing ? open : open + xml.slice(el.openEnd, el.end);
}

/** The start-tag splice that sets attributes of an element, leaving its content in place. */
export function setAttributes(el: XmlElement, changes: Readonly<Record<string, string | null>>): Splice {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(el.attributes)) {
    if (!(k in changes)) attributes[k] = v;
    else if (changes[k] !== null) attributes[k] = changes[k]!;
  }
  for (const [k, v] of Object.entries(changes)) if (v !== null && !(k in el.attributes)) attributes[k] = v;
  return { from: el.start, to: el.openEnd, text: startTag(el.name, attributes, el.selfClosing) };
}

/**
 * Text for a SpreadsheetML string (`<t>`): characters XML 1.0 cannot hold (control characters) are
 * written as Excel writes them, `_xHHHH_`, and a literal `_xHHHH_` is kept literal by escaping its `_`.
 */
export function escapeSheetText(text: string): string {
  const encoded = text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeText(encoded);
}

/**
 * The text a SpreadsheetML string (`<t>`) stands for: each `_xHHHH_` is the character it escapes
 * (Excel writes control characters so), and `_x005F_` before one keeps that one literal.
 */
export function unescapeSheetText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An xsd:boolean attribute that is true: `1` or `true` (LibreOffice writes the words). */
export const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true';
