// The XML layer every part is read and patched with (src/xlsx/package/xml.ts): where each element
// starts and ends, splicing at those places, attributes set in order, namespaces found in scope, and
// Excel's own escapes for text.
import {
  appendChildren,
  applySplices,
  attributePrefix,
  elementsOf,
  escapeAttribute,
  escapeSheetText,
  escapeText,
  namespaceAt,
  prefixFor,
  prefixOf,
  scanXml,
  setAttributes,
  startTag,
  unescapeSheetText,
  withAttributes,
  XmlSyntaxError,
} from '../../../src/xlsx/package/xml';
import type { XmlElement } from '../../../src/xlsx/package/xml';

const slice = (xml: string, el: XmlElement) => xml.slice(el.start, el.end);

describe('scanXml and elementsOf', () => {
  test('give each element its name, prefix-free name, attributes and exact offsets, children before their parent', () => {
    const xml = '<?xml version="1.0"?>\n<a:root xmlns:a="urn:a" k="v"><a:c r="A1"><a:v>1</a:v></a:c><empty/></a:root>';
    const seen: string[] = [];
    scanXml(xml, (el) => seen.push(el.name));
    expect(seen).toEqual(['a:v', 'a:c', 'empty', 'a:root']);
    const [root, c, v, empty] = elementsOf(xml);
    expect([root.name, root.local, root.parent, root.selfClosing]).toEqual(['a:root', 'root', null, false]);
    expect(root.attributes).toEqual({ 'xmlns:a': 'urn:a', k: 'v' });
    expect(slice(xml, c)).toBe('<a:c r="A1"><a:v>1</a:v></a:c>');
    expect(xml.slice(c.start, c.openEnd)).toBe('<a:c r="A1">');
    expect([v.parent, c.parent]).toEqual([c, root]);
    expect([slice(xml, empty), empty.selfClosing, empty.openEnd === empty.end]).toEqual(['<empty/>', true, true]);
    expect(root.end).toBe(xml.length);
  });

  test('collect the text, CDATA included and unescaped, only of the elements asked for', () => {
    const xml = '<r><t>a &amp; b</t><v><![CDATA[<1>]]></v><x>skip</x></r>';
    const els = elementsOf(xml, { textOf: new Set(['t', 'v']) });
    expect(els.map((e) => [e.local, e.text])).toEqual([
      ['r', ''],
      ['t', 'a & b'],
      ['v', '<1>'],
      ['x', ''],
    ]);
  });

  test('offsets count UTF-16 units, so a splice lands right after Chinese text and surrogate pairs', () => {
    const xml = '<r><t>指标𠀀</t><c/></r>';
    const c = elementsOf(xml).find((e) => e.local === 'c')!;
    expect(slice(xml, c)).toBe('<c/>');
  });

  test('refuse XML that is not well formed with an XmlSyntaxError', () => {
    for (const bad of ['<a><b></a>', '<a>', '<a></a><b/>', '<a x="1" x="2"/>', 'text']) {
      expect(() => elementsOf(bad)).toThrow(XmlSyntaxError);
    }
    expect(new XmlSyntaxError('m').name).toBe('XmlSyntaxError');
  });
});

describe('namespaces in scope', () => {
  const xml = '<w xmlns="urn:main" xmlns:r="urn:rel"><sheets><sheet xmlns:r2="urn:rel" r2:id="1"/><inner xmlns="" xmlns:r="urn:other"><leaf/></inner></sheets></w>';
  // Parsed inside each test, not while the file loads (README, Mutation testing).
  const byName = (n: string) => elementsOf(xml).find((e) => e.local === n)!;

  test('namespaceAt reads the nearest declaration, the element’s own first; xmlns="" takes the default away', () => {
    expect(namespaceAt(byName('sheets'), '')).toBe('urn:main');
    expect(namespaceAt(byName('sheets'), 'r')).toBe('urn:rel');
    expect(namespaceAt(byName('leaf'), 'r')).toBe('urn:other');
    expect(namespaceAt(byName('leaf'), '')).toBeUndefined();
    expect(namespaceAt(byName('sheet'), 'r2')).toBe('urn:rel');
    expect(namespaceAt(byName('sheets'), 'r2')).toBeUndefined();
    expect(namespaceAt(null, 'r')).toBeUndefined();
    expect(namespaceAt(byName('leaf'), 'xml')).toBe('http://www.w3.org/XML/1998/namespace');
  });

  test('prefixFor finds a prefix bound to the namespace where it is used, the element’s own first, never one rebound nearer', () => {
    expect(prefixFor(byName('w'), 'urn:main')).toBe('');
    expect(prefixFor(byName('sheets'), 'urn:rel')).toBe('r:');
    expect(prefixFor(byName('sheet'), 'urn:rel')).toBe('r2:');
    expect(prefixFor(byName('leaf'), 'urn:rel')).toBeNull();
    expect(prefixFor(byName('leaf'), 'urn:main')).toBeNull();
    expect(prefixFor(byName('sheets'), 'urn:none')).toBeNull();
    const own = elementsOf('<x:a xmlns:x="urn:x" xmlns:y="urn:x"/>')[0];
    expect(prefixFor(own, 'urn:x')).toBe('x:');
  });

  test('attributePrefix uses a bound prefix, else declares the one wanted on the new element (a default namespace never serves an attribute)', () => {
    expect(attributePrefix(byName('sheets'), 'urn:rel', 'r')).toEqual({ prefix: 'r', declaration: '' });
    expect(attributePrefix(byName('leaf'), 'urn:rel', 'r')).toEqual({ prefix: 'r', declaration: ' xmlns:r="urn:rel"' });
    expect(attributePrefix(byName('w'), 'urn:main', 'm')).toEqual({ prefix: 'm', declaration: ' xmlns:m="urn:main"' });
  });

  test('prefixOf gives the prefix with its colon', () => {
    expect([prefixOf('x:c'), prefixOf('c'), prefixOf('')]).toEqual(['x:', '', '']);
  });
});

describe('writing XML', () => {
  test('escapes text and attribute values', () => {
    expect(escapeText('a & <b> "c"')).toBe('a &amp; &lt;b&gt; "c"');
    expect(escapeAttribute('a & "b"\n\r\t<')).toBe('a &amp; &quot;b&quot;&#10;&#13;&#9;&lt;');
  });

  test('startTag writes attributes in the order given, escaped, open or self-closing', () => {
    expect(startTag('x:c', { r: 'A1', t: 'a"b' })).toBe('<x:c r="A1" t="a&quot;b">');
    expect(startTag('c', {}, true)).toBe('<c/>');
  });

  test('appendChildren inserts before the end tag, or opens a self-closing element', () => {
    const xml = '<r><a>x</a><b/></r>';
    const [, a, b] = elementsOf(xml);
    expect(applySplices(xml, [appendChildren(a, '<y/>')])).toBe('<r><a>x<y/></a><b/></r>');
    expect(applySplices(xml, [appendChildren(b, '<y/>')])).toBe('<r><a>x</a><b><y/></b></r>');
  });

  test('applySplices replaces ranges, keeps insertions at one place in the order given, and refuses overlaps', () => {
    expect(applySplices('abcdef', [])).toBe('abcdef');
    expect(applySplices('abcdef', [{ from: 4, to: 5, text: 'E' }, { from: 1, to: 2, text: 'B' }])).toBe('aBcdEf');
    expect(applySplices('abc', [{ from: 1, to: 1, text: '1' }, { from: 1, to: 1, text: '2' }, { from: 0, to: 1, text: 'A' }])).toBe('A12bc');
    expect(() => applySplices('abcdef', [{ from: 1, to: 4, text: '' }, { from: 2, to: 3, text: '' }])).toThrow('overlapping XML changes at 2');
    expect(applySplices('abc', [{ from: 3, to: 3, text: 'd' }])).toBe('abcd');
  });

  test('withAttributes gives the element with attributes set, removed or added last, content kept', () => {
    const xml = '<c r="A1" s="2" t="s"><v>0</v></c>';
    const [c] = elementsOf(xml);
    expect(withAttributes(xml, c, { s: '5' })).toBe('<c r="A1" s="5" t="s"><v>0</v></c>');
    expect(withAttributes(xml, c, { s: null, x: '1' })).toBe('<c r="A1" t="s" x="1"><v>0</v></c>');
    const [e] = elementsOf('<c r="A1"/>');
    expect(withAttributes('<c r="A1"/>', e, { s: '3' })).toBe('<c r="A1" s="3"/>');
  });

  test('setAttributes changes only the start tag, keeping the order and adding new ones last', () => {
    const xml = '<row r="1" spans="1:3" ht="9"><c/></row>';
    const [row] = elementsOf(xml);
    expect(applySplices(xml, [setAttributes(row, { spans: '1:5', ht: null, x: '2' })])).toBe('<row r="1" spans="1:5" x="2"><c/></row>');
    const [empty] = elementsOf('<pageSetup/>');
    expect(applySplices('<pageSetup/>', [setAttributes(empty, { scale: '80' })])).toBe('<pageSetup scale="80"/>');
  });
});

describe('Excel’s escapes in text', () => {
  test('control characters are written as _xHHHH_, a literal _xHHHH_ kept literal, and both read back', () => {
    const text = 'a\u0001b\u001Fc\uFFFE _x0041_ d\t\n\r';
    const written = escapeSheetText(text);
    expect(written).toBe('a_x0001_b_x001F_c_xFFFE_ _x005F_x0041_ d\t\n\r');
    expect(escapeSheetText('<&>')).toBe('&lt;&amp;&gt;');
    expect(unescapeSheetText(written.replace(/&amp;/g, '&'))).toBe(text.replace('_x0041_', '_x0041_'));
    expect(unescapeSheetText('plain')).toBe('plain');
    expect(unescapeSheetText('_x0041__x4E2D_')).toBe('A中');
  });
});
