// The package's small parts and their plumbing (src/xlsx/package): relationships and content types,
// the workbook part, part names as OPC compares them, encodings, digests, zip times and the zip written.
import { unzipSync } from 'fflate';
import zlib from 'zlib';
import { digestOf, sameDigests } from '../../../src/xlsx/package/digests';
import { decodePart, encodePart, encodingOf, UTF8 } from '../../../src/xlsx/package/encoding';
import { decodedName, partKey, PartNames } from '../../../src/xlsx/package/partNames';
import { ContentTypesPart, isWorksheet, REL, relationshipId, RelsPart, relsPathOf, resolveTarget } from '../../../src/xlsx/package/rels';
import { WorkbookPart } from '../../../src/xlsx/package/workbook';
import { elementsOf } from '../../../src/xlsx/package/xml';
import { deflatedPieces, writeZip } from '../../../src/xlsx/package/zip';
import { DOS_EPOCH, dosTime, fflateTime, newest } from '../../../src/xlsx/package/zipTime';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

describe('relationships', () => {
  test('a part’s relationships live beside it; targets resolve against it, a leading slash from the root', () => {
    expect(relsPathOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relsPathOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/./sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });

  test('a worksheet by its type, transitional or strict; a relationship id by its namespace, whatever the prefix', () => {
    expect(isWorksheet(`${R}/worksheet`)).toBe(true);
    expect(isWorksheet('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet')).toBe(true);
    expect(isWorksheet(`${R}/chartsheet`)).toBe(false);
    expect(isWorksheet(`${R}/worksheets`)).toBe(false);
    const [, a, b, c] = elementsOf(`<s xmlns:q="${R}" xmlns:z="urn:z"><a q:id="rId1"/><b z:id="rId2"/><c xmlns:r="${R}" r:id="rId3" id="x"/></s>`);
    expect([relationshipId(a), relationshipId(b), relationshipId(c)]).toEqual(['rId1', undefined, 'rId3']);
  });

  const rels = `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${R}/hyperlink" Target="http://a.example/" TargetMode="External"/></Relationships>`;

  test('are found by type and by id, with their parts resolved and external targets as written', () => {
    const part = new RelsPart('xl/workbook.xml', rels);
    expect(part.find(`${R}/worksheet`)).toEqual({ id: 'rId1', type: `${R}/worksheet`, part: 'xl/worksheets/sheet1.xml', external: false });
    expect(part.byId('rId3')).toEqual({ id: 'rId3', type: `${R}/hyperlink`, part: 'http://a.example/', external: true });
    expect(part.byId('rId2')).toBeUndefined();
    expect(part.changed).toBe(false);
    expect(part.toXml()).toBe(rels);
    expect(part.targetOf('xl/worksheets/sheet9.xml')).toBe('worksheets/sheet9.xml');
  });

  test('take a new id after the others’ (none taken), targets relative to their part; and remove one', () => {
    const part = new RelsPart('xl/worksheets/sheet1.xml', rels);
    expect(part.add(REL.comments, 'xl/comments1.xml')).toBe('rId4');
    expect(part.add(REL.vmlDrawing, 'xl/drawings/vmlDrawing1.vml')).toBe('rId5');
    part.remove('rId3');
    expect(part.changed).toBe(true);
    expect(part.relationships.map((r) => r.id)).toEqual(['rId1', 'rId4', 'rId5']);
    expect(part.toXml()).toBe(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${REL.comments}" Target="../comments1.xml"/><Relationship Id="rId5" Type="${REL.vmlDrawing}" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
    );
    part.remove('rId9');
    expect(part.relationships).toHaveLength(3);
  });

  test('a part without relationships starts empty; a prefixed root keeps its prefix for ours', () => {
    const none = new RelsPart('xl/worksheets/sheet1.xml', null);
    expect(none.relationships).toEqual([]);
    none.add(REL.comments, 'xl/comments1.xml');
    expect(none.toXml()).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL.comments}" Target="../comments1.xml"/></Relationships>`);
    const prefixed = new RelsPart('xl/workbook.xml', `<p:Relationships xmlns:p="${PKG}"/>`);
    prefixed.add(REL.styles, 'xl/styles.xml');
    expect(prefixed.toXml()).toBe(`<p:Relationships xmlns:p="${PKG}"><p:Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></p:Relationships>`);
  });

  test('retargeted gives the part with the targets asked for changed, or null when none is', () => {
    const part = new RelsPart('xl/workbook.xml', rels);
    expect(part.retargeted(() => null)).toBeNull();
    expect(part.retargeted((r) => (r.external ? null : 'ws/s1.xml'))).toBe(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="ws/s1.xml"/><Relationship Id="rId3" Type="${R}/hyperlink" Target="http://a.example/" TargetMode="External"/></Relationships>`,
    );
  });
});

describe('content types', () => {
  const types = '<Types xmlns="urn:t"><Default Extension="XML" ContentType="application/xml"/><Override PartName="/xl/calcChain.xml" ContentType="c"/></Types>';

  test('add a default once (extensions compare without case), an override, and remove one', () => {
    const part = new ContentTypesPart(types);
    part.ensureDefault('xml', 'x');
    part.ensureDefault('vml', 'v');
    part.ensureDefault('VML', 'v');
    part.addOverride('xl/comments1.xml', 'k');
    part.removeOverride('xl/calcChain.xml');
    part.removeOverride('xl/none.xml');
    expect(part.toXml()).toBe('<Types xmlns="urn:t"><Default Extension="XML" ContentType="application/xml"/><Default Extension="vml" ContentType="v"/><Override PartName="/xl/comments1.xml" ContentType="k"/></Types>');
    expect(new ContentTypesPart(types).toXml()).toBe(types);
  });
});

describe('the workbook part', () => {
  const wb = (inner: string, root = `<workbook xmlns="urn:m" xmlns:r="${R}">`) => `${root}${inner}</workbook>`;

  test('lists its sheets with their relationship ids, whatever prefix names them', () => {
    const part = new WorkbookPart(wb('<sheets><sheet name="甲" sheetId="1" r:id="rId1"/><sheet xmlns:q="' + R + '" name="乙" sheetId="3" q:id="rId2"/><sheet name="丙" sheetId="4"/></sheets>'));
    expect(part.sheets.map((s) => [s.name, s.relId])).toEqual([
      ['甲', 'rId1'],
      ['乙', 'rId2'],
      ['丙', ''],
    ]);
    expect(part.sheet('乙')!.relId).toBe('rId2');
    expect(part.sheet('丁')).toBeUndefined();
  });

  test('adds a very hidden sheet after the others, numbered after the highest, declaring r where the root does not', () => {
    const part = new WorkbookPart(wb('<sheets><sheet name="甲" sheetId="2" r:id="rId1"/><sheet name="乙" sheetId="x" r:id="rId2"/></sheets>'));
    part.addSheet('备份"', 'rId9', 'veryHidden');
    expect(part.toXml()).toContain(`<sheet name="乙" sheetId="x" r:id="rId2"/><sheet name="备份&quot;" sheetId="3" state="veryHidden" r:id="rId9"/></sheets>`);
    const openpyxl = new WorkbookPart(`<workbook xmlns="urn:m"><sheets><sheet xmlns:r="${R}" name="甲" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    openpyxl.addSheet('备份', 'rId5', 'veryHidden');
    expect(openpyxl.toXml()).toContain(`<sheet xmlns:r="${R}" name="备份" sheetId="2" state="veryHidden" r:id="rId5"/>`);
    const prefixed = new WorkbookPart(`<x:workbook xmlns:x="urn:m" xmlns:rr="${R}"><x:sheets/></x:workbook>`);
    expect(() => prefixed.addSheet('备份', 'rId1', 'veryHidden')).not.toThrow();
  });

  test('takes a sheet away, moving later sheets’ names and the active tab down one', () => {
    const part = new WorkbookPart(
      wb(
        '<bookViews><workbookView activeTab="2"/><workbookView activeTab="0"/><workbookView/></bookViews><sheets><sheet name="a" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/><sheet name="c" sheetId="3" r:id="rId3"/></sheets><definedNames><definedName name="x" localSheetId="2">c!A1</definedName><definedName name="y" localSheetId="0">a!A1</definedName><definedName name="z">A1</definedName><definedName name="w" localSheetId="1">b!A1</definedName></definedNames>',
      ),
    );
    part.removeSheet('b');
    part.removeSheet('nothing');
    expect(part.toXml()).toBe(
      wb(
        '<bookViews><workbookView activeTab="1"/><workbookView activeTab="0"/><workbookView/></bookViews><sheets><sheet name="a" sheetId="1" r:id="rId1"/><sheet name="c" sheetId="3" r:id="rId3"/></sheets><definedNames><definedName name="x" localSheetId="1">c!A1</definedName><definedName name="y" localSheetId="0">a!A1</definedName><definedName name="z">A1</definedName><definedName name="w" localSheetId="1">b!A1</definedName></definedNames>',
      ),
    );
  });

  test('finds a sheet’s defined name without regard to case, sets, adds and removes it', () => {
    const part = new WorkbookPart(wb('<sheets/><definedNames><definedName name="_XLNM.Print_Titles" localSheetId="0">a!$1:$1</definedName></definedNames><calcPr calcId="1"/>'));
    expect(part.definedName('_xlnm.Print_Titles', 0)).toBe('<definedName name="_XLNM.Print_Titles" localSheetId="0">a!$1:$1</definedName>');
    expect(part.definedName('_xlnm.Print_Titles', 1)).toBeNull();
    expect(part.emptyNames()).toBeUndefined();
    part.setDefinedName('_xlnm.Print_Titles', 1, '<definedName name="_xlnm.Print_Titles" localSheetId="1">b!$1:$2</definedName>');
    part.setDefinedName('_xlnm.Print_Titles', 0, null);
    expect(part.toXml()).toBe(wb('<sheets/><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">b!$1:$2</definedName></definedNames><calcPr calcId="1"/>'));
    part.setDefinedName('_xlnm.Print_Titles', 1, null);
    part.setDefinedName('other', 3, null);
    expect(part.toXml()).toBe(wb('<sheets/><calcPr calcId="1"/>'));
  });

  test('a list emptied is written as the file had it before our name was added, or as it was', () => {
    const empty = new WorkbookPart(wb('<sheets/><definedNames/>'));
    expect(empty.emptyNames()).toBe('<definedNames/>');
    empty.setDefinedName('n', 0, '<definedName name="n" localSheetId="0">A1</definedName>');
    expect(empty.toXml()).toBe(wb('<sheets/><definedNames><definedName name="n" localSheetId="0">A1</definedName></definedNames>'));
    const back = new WorkbookPart(wb('<sheets/><definedNames><definedName name="n" localSheetId="0">A1</definedName></definedNames>'));
    back.whenNoNames('<definedNames/>');
    back.setDefinedName('n', 0, null);
    expect(back.toXml()).toBe(wb('<sheets/><definedNames/>'));
    const none = new WorkbookPart(wb('<sheets/>'));
    expect(none.emptyNames()).toBeNull();
  });

  test('asks Excel to recalculate on opening: sets calcPr’s fullCalcOnLoad, or adds one where the schema puts it', () => {
    const has = new WorkbookPart(wb('<sheets/><calcPr calcId="9"/>'));
    has.recalculateOnOpen();
    expect(has.toXml()).toBe(wb('<sheets/><calcPr calcId="9" fullCalcOnLoad="1"/>'));
    const already = new WorkbookPart(wb('<sheets/><calcPr fullCalcOnLoad="1"/>'));
    already.recalculateOnOpen();
    expect(already.toXml()).toBe(wb('<sheets/><calcPr fullCalcOnLoad="1"/>'));
    const before = new WorkbookPart(wb('<sheets/><definedNames/><extLst/>'));
    before.recalculateOnOpen();
    before.setDefinedName('n', 0, '<definedName name="n" localSheetId="0">A1</definedName>');
    expect(before.toXml()).toBe(wb('<sheets/><definedNames><definedName name="n" localSheetId="0">A1</definedName></definedNames><calcPr fullCalcOnLoad="1"/><extLst/>'));
    const bare = new WorkbookPart('<x:workbook xmlns:x="urn:m"><x:sheets/></x:workbook>');
    bare.recalculateOnOpen();
    bare.setDefinedName('n', 0, '<x:definedName name="n" localSheetId="0">A1</x:definedName>');
    expect(bare.toXml()).toBe('<x:workbook xmlns:x="urn:m"><x:sheets/><x:definedNames><x:definedName name="n" localSheetId="0">A1</x:definedName></x:definedNames><x:calcPr fullCalcOnLoad="1"/></x:workbook>');
    expect(bare.prefix).toBe('x:');
  });

  test('knows the 1904 date system and a structure lock', () => {
    expect(new WorkbookPart(wb('<workbookPr date1904="1"/><sheets/>')).date1904).toBe(true);
    expect(new WorkbookPart(wb('<workbookPr date1904="true"/><sheets/>')).date1904).toBe(true);
    expect(new WorkbookPart(wb('<workbookPr date1904="0"/><sheets/>')).date1904).toBe(false);
    expect(new WorkbookPart(wb('<sheets/>')).date1904).toBe(false);
    expect(new WorkbookPart(wb('<workbookProtection lockStructure="1"/><sheets/>')).structureLocked).toBe(true);
    expect(new WorkbookPart(wb('<workbookProtection lockStructure="true"/><sheets/>')).structureLocked).toBe(true);
    expect(new WorkbookPart(wb('<workbookProtection lockWindows="1"/><sheets/>')).structureLocked).toBe(false);
    expect(new WorkbookPart(wb('<sheets/>')).structureLocked).toBe(false);
  });
});

describe('part names, encodings and digests', () => {
  test('names compare with %xx read and without regard to case; a malformed escape stays as written', () => {
    expect(decodedName('xl/sheet%201.xml')).toBe('xl/sheet 1.xml');
    expect(decodedName('xl/a%E4%B8.xml')).toBe('xl/a%E4%B8.xml');
    expect(decodedName('plain')).toBe('plain');
    expect(partKey('XL/%E6%8C%87.xml')).toBe('xl/指.xml');
    const names = new PartNames(['xl/worksheets/指标 体系.xml', 'xl/Styles.xml']);
    expect(names.find('xl/worksheets/%E6%8C%87%E6%A0%87%20%E4%BD%93%E7%B3%BB.xml')).toBe('xl/worksheets/指标 体系.xml');
    expect(names.find('XL/styles.xml')).toBe('xl/Styles.xml');
    expect(names.find('xl/none.xml')).toBeNull();
  });

  test('a part’s encoding is known by its byte-order mark or its <?xml, read and written back the same', () => {
    const text = '<?xml version="1.0"?><a>指</a>';
    const cases = [
      [Buffer.from(text, 'utf8'), { charset: 'utf8', bom: false }],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), { charset: 'utf8', bom: true }],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), { charset: 'utf16le', bom: true }],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), { charset: 'utf16be', bom: true }],
      [Buffer.from(text, 'utf16le'), { charset: 'utf16le', bom: false }],
      [Buffer.from(text, 'utf16le').swap16(), { charset: 'utf16be', bom: false }],
    ] as const;
    for (const [bytes, encoding] of cases) {
      expect(encodingOf(bytes)).toEqual(encoding);
      expect(decodePart(bytes)).toBe(text);
      expect(encodePart(text, encoding).equals(bytes)).toBe(true);
    }
    expect(UTF8).toEqual({ charset: 'utf8', bom: false });
    expect(decodePart(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00]))).toBe('A');
  });

  test('digests are SHA-256 of the bytes, null for a part missing; two sets match only field by field', () => {
    expect(digestOf(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(digestOf(null)).toBeNull();
    const d = { strings: 'a', styles: 'b', metadata: null };
    expect(sameDigests(d, { ...d })).toBe(true);
    expect(sameDigests(undefined, d)).toBe(false);
    expect(sameDigests(null as never, d)).toBe(false);
    for (const k of ['strings', 'styles', 'metadata'] as const) expect(sameDigests({ ...d, [k]: 'z' }, d)).toBe(false);
  });
});

describe('zip times and the zip written', () => {
  test('a time is the zip’s MS-DOS word of its UTC date and time, clamped to 1980–2099', () => {
    expect(dosTime(new Date(Date.UTC(2024, 2, 5, 13, 7, 9)))).toBe(((44 << 9) | (3 << 5) | 5) * 65536 + ((13 << 11) | (7 << 5) | 4));
    expect(dosTime(new Date(Date.UTC(1970, 0, 1)))).toBe(DOS_EPOCH);
    expect(dosTime(new Date(NaN))).toBe(DOS_EPOCH);
    expect(dosTime(new Date(Date.UTC(2150, 0, 1)))).toBe(dosTime(new Date(Date.UTC(2099, 11, 31, 23, 59, 58))));
    expect(DOS_EPOCH).toBe(0x00210000);
  });

  test('fflate is given the word’s fields in local time; a word no writer could mean is 1980-01-01', () => {
    const t = dosTime(new Date(Date.UTC(2024, 2, 5, 13, 7, 8)));
    const d = fflateTime(t);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()]).toEqual([2024, 2, 5, 13, 7, 8]);
    const zero = fflateTime(0);
    expect([zero.getFullYear(), zero.getMonth(), zero.getDate(), zero.getHours()]).toEqual([1980, 0, 1, 0]);
    expect(fflateTime((0 << 16) | (24 << 11)).getFullYear()).toBe(1980);
  });

  test('newest is the latest valid time, the epoch when there is none', () => {
    const a = dosTime(new Date(Date.UTC(2020, 0, 1)));
    const b = dosTime(new Date(Date.UTC(2021, 5, 1)));
    expect(newest([a, b, 0, 0xffffffff])).toBe(b);
    expect(newest([])).toBe(DOS_EPOCH);
  });

  test('writeZip copies a part as stored, writes a changed one, drops a removed one, adds one at the newest time', () => {
    const raw = (name: string, text: string, modified: number) => {
      const data = Buffer.from(text);
      return { name, method: 8, crc: zlib.crc32(data) >>> 0, size: data.length, raw: zlib.deflateRawSync(data), modified };
    };
    const t1 = dosTime(new Date(Date.UTC(2022, 0, 1, 10)));
    const t2 = dosTime(new Date(Date.UTC(2023, 0, 1, 10)));
    const zip = writeZip([raw('a.xml', '<a/>', t1), raw('b.xml', '<b/>', t2), raw('c.xml', '<c/>', t1)], new Map([['b.xml', Buffer.from('<B/>')], ['c.xml', null]]), new Map([['d.xml', Buffer.from('<d/>')]]));
    const parts = unzipSync(zip);
    expect(Object.keys(parts)).toEqual(['a.xml', 'b.xml', 'd.xml']);
    expect(Buffer.from(parts['b.xml']).toString()).toBe('<B/>');
    expect(Buffer.from(parts['d.xml']).toString()).toBe('<d/>');
    // Each entry's time in its central directory record: a.xml's own, d.xml the newest.
    const times: number[] = [];
    for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) times.push(zip.readUInt32LE(i + 12));
    expect(times).toEqual([t1, t2, t2]);
  });

  test('deflatedPieces deflates text given in pieces, with its CRC and size', () => {
    const pieces = ['<a>', '指'.repeat(40_000), '</a>'];
    const part = deflatedPieces('a.xml', pieces, DOS_EPOCH);
    const whole = Buffer.from(pieces.join(''));
    expect([part.name, part.method, part.size, part.crc, part.modified]).toEqual(['a.xml', 8, whole.length, zlib.crc32(whole) >>> 0, DOS_EPOCH]);
    expect(zlib.inflateRawSync(part.raw).equals(whole)).toBe(true);
  });
});
