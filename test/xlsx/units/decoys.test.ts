// Elements of the right name in the wrong place, and the edges of each rule: what the parts read
// must be exactly what Excel reads — a `<c>` under a `<row>` of sheetData, an `<xf>` of cellXfs (not of
// cellStyleXfs), a top-level VML `<shape>`, a note's own runs — and nothing that merely looks like it.
import zlib from 'zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { inspectXlsx } from '../../../src/xlsx/guard';
import { putBackCell, writeCellState } from '../../../src/xlsx/package/cells';
import { encodingOf } from '../../../src/xlsx/package/encoding';
import { CommentsPart, VmlPart } from '../../../src/xlsx/package/notes';
import { XlsxPackage } from '../../../src/xlsx/package/package';
import { relationshipId, RelsPart } from '../../../src/xlsx/package/rels';
import { SheetPart } from '../../../src/xlsx/package/sheet';
import { StylePart } from '../../../src/xlsx/package/styles';
import { WorkbookPart } from '../../../src/xlsx/package/workbook';
import { elementsOf } from '../../../src/xlsx/package/xml';
import { deflatedPieces } from '../../../src/xlsx/package/zip';
import { dosTime, fflateTime, newest } from '../../../src/xlsx/package/zipTime';
import type { CellState } from '../../../src/core';

const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('a worksheet reads only its own cells', () => {
  const xml = `<worksheet xmlns="${M}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1"><v>1</v><extLst><f>NOT</f></extLst></c><c r="B1" t="inlineStr"><is><t>a</t><r><t>b</t></r></is><extLst><t>no</t></extLst></c></row><row r="2"><c r="A2" s="3"><f t="array" ref="A2">X</f><v>2</v></c></row></sheetData><extLst><ext><row r="9"><c r="A9"><v>9</v></c></row><mergeCell ref="A1:Z99"/><legacyDrawing r:id="rIdX"/></ext></extLst><mergeCells><mergeCell ref="C1:D1"/></mergeCells><legacyDrawingHF r:id="rId5"/></worksheet>`;

  test('a row, a cell, a value, a formula and text only where the schema puts them', () => {
    const part = new SheetPart(xml); // in the test, not at load: see read.test.ts
    expect([...part.cells()].map((c) => [c.row, c.col, c.value, c.formula?.text ?? null, c.inline ?? null])).toEqual([
      [0, 0, '1', null, null],
      [0, 1, undefined, null, 'ab'],
      [1, 0, '2', 'X', null],
    ]);
    expect(part.merges).toEqual(['A1:Z99', 'C1:D1']);
    // Only the worksheet's own legacyDrawing names its notes' drawing (not the header's, not one in an extension).
    expect(part.legacyDrawingId).toBeUndefined();
    expect(part.arrayAt(1, 0)).toBeUndefined();
    expect(part.styleAt(1, 0)).toBe(3);
  });

  test('a child set or added goes in schema order among the worksheet’s own children, an AlternateContent standing for oleObjects', () => {
    const ordered = new SheetPart(`<worksheet xmlns="${M}"><sheetData/><mc:AlternateContent xmlns:mc="urn:mc"/><extLst/></worksheet>`);
    ordered.setChild('pageSetup', '<pageSetup/>');
    ordered.setChild('sheetPr', '<sheetPr/>');
    ordered.setChild('cols', '<cols/>');
    ordered.setChild('dimension', '<dimension ref="A1"/>');
    expect(ordered.toXml()).toBe(`<worksheet xmlns="${M}"><sheetPr/><dimension ref="A1"/><cols/><sheetData/><pageSetup/><mc:AlternateContent xmlns:mc="urn:mc"/><extLst/></worksheet>`);
    const cols = new SheetPart(`<worksheet xmlns="${M}"><cols><col min="1" max="1" style="2"/><col min="2" max="2"/></cols><sheetData/></worksheet>`);
    expect([cols.styleAt(0, 0), cols.styleAt(0, 1)]).toEqual([2, 0]);
    cols.setChild('pageSetup', '<pageSetup/>');
    expect(cols.styleAt(0, 0)).toBe(2);
    cols.setChild('cols', null);
    expect(cols.styleAt(0, 0)).toBe(0);
  });

  test('new cells in a row go in column order, new rows in row order, each after what comes before it', () => {
    const p = new SheetPart(`<worksheet xmlns="${M}"><sheetData><row r="2"><c r="B2"/><c r="D2"/></row><row r="4"/></sheetData></worksheet>`);
    p.setCell(1, 4, '<c r="E2"/>');
    p.setCell(1, 2, '<c r="C2"/>');
    p.setCell(1, 0, '<c r="A2"/>');
    p.setCell(2, 0, '<c r="A3"/>');
    p.setCell(0, 0, '<c r="A1"/>');
    p.setCell(3, 1, '<c r="B4"/>');
    p.setCell(3, 0, '<c r="A4"/>');
    expect(p.toXml()).toBe(`<worksheet xmlns="${M}"><sheetData><row r="1"><c r="A1"/></row><row r="2"><c r="A2"/><c r="B2"/><c r="C2"/><c r="D2"/><c r="E2"/></row><row r="3"><c r="A3"/></row><row r="4"><c r="A4"/><c r="B4"/></row></sheetData></worksheet>`);
    const same = new SheetPart(`<worksheet xmlns="${M}"><sheetData><row r="2"><c r="B2"/></row></sheetData></worksheet>`);
    same.setCell(1, 1, '<c r="B2"><v>1</v></c>');
    expect(same.toXml()).toContain('<row r="2"><c r="B2"><v>1</v></c></row>');
  });

  test('the used range widens only to take a cell created outside it; a cell replaced leaves it', () => {
    const p = new SheetPart(`<worksheet xmlns="${M}"><dimension ref="B2:C3"/><sheetData><row r="2"><c r="B2"/></row></sheetData></worksheet>`);
    p.setCell(1, 1, '<c r="B2"><v>1</v></c>');
    expect(p.toXml()).toContain('<dimension ref="B2:C3"/>');
    p.setCell(2, 2, '<c r="C3"/>');
    expect(p.toXml()).toContain('<dimension ref="B2:C3"/>');
    p.setCell(0, 3, '<c r="D1"/>');
    expect(p.toXml()).toContain('<dimension ref="B1:D3"/>');
    const left = new SheetPart(`<worksheet xmlns="${M}"><dimension ref="C3"/><sheetData/></worksheet>`);
    left.setCell(1, 0, '<c r="A2"/>');
    expect(left.toXml()).toContain('<dimension ref="A2:C3"/>');
    const spans = new SheetPart(`<worksheet xmlns="${M}"><sheetData><row r="1" spans="2:3"><c r="B1"/></row></sheetData></worksheet>`);
    spans.setCell(0, 2, '<c r="C1"/>');
    spans.setCell(0, 1, '<c r="B1"><v>0</v></c>');
    expect(spans.toXml()).toContain('<row r="1" spans="2:3"><c r="B1"><v>0</v></c><c r="C1"/></row>');
    spans.setCell(0, 3, '<c r="D1"/>');
    expect(spans.toXml()).toContain('spans="2:4"');
  });
});

describe('a style sheet reads only its own lists', () => {
  const xml = `<styleSheet xmlns="${M}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="2"><xf numFmtId="9"/><xf numFmtId="10"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="164"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="0.000"/><font><b/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFF0000"/></patternFill></fill><border/></dxf></dxfs></styleSheet>`;

  test('cell formats of cellXfs only; number formats, fonts, fills and borders of their lists only', () => {
    const p = new StylePart(xml);
    expect(p.cellFormats).toBe(1);
    expect(p.numberFormatOf(0)).toBe('0.0');
    expect(p.numberFormatOf(1)).toBeNull();
    expect(p.numberFormatId('0.000')).toBe(165);
    expect(p.fillId('#FF0000')).toBe(2);
    const out = p.toXml();
    expect(out).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>');
    expect(out).toContain('<fills count="3">');
    expect(out).toContain('<fonts count="1"><font/></fonts>');
  });

  test('a list short of Excel’s reserved items is filled up to them before ours; one that has them is not', () => {
    const one = new StylePart(`<styleSheet xmlns="${M}"><fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`);
    expect(one.fillId('#000000')).toBe(2);
    expect(one.toXml()).toBe(
      `<styleSheet xmlns="${M}"><fonts count="1"><font/></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF000000"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`,
    );
    const noXfs = new StylePart(`<styleSheet xmlns="${M}"><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders></styleSheet>`);
    expect(noXfs.xfWith(0, { numFmtId: 2, fillId: 0 })).toBe(1);
    expect(noXfs.toXml()).toBe(
      `<styleSheet xmlns="${M}"><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
  });
});

describe('notes read only a note’s own runs', () => {
  test('runs of its text (a bare <t>, an <r> without properties), its face from its own properties; authors of its list', () => {
    const xml = `<comments xmlns="${M}"><authors><author>甲</author></authors><extLst><author>不是</author><text><t>x</t></text></extLst><commentList><comment ref="A1" authorId="0"><text><t>一</t><r><t>二</t></r><r><rPr><b/><sz val="9"/><family val="2"/></rPr><t>三</t></r><rPh><t>yi</t></rPh></text><commentPr><rPr><sz val="20"/></rPr></commentPr></comment></commentList></comments>`;
    const p = new CommentsPart(xml);
    expect(p.noteText('A1')).toBe('一二三');
    expect(p.authorCount).toBe(1);
    p.setText('A1', '一二三\n我们的');
    expect(p.toXml()).toContain('<r><rPr><b/><sz val="9"/><family val="2"/></rPr><t>三</t></r><r><rPr><sz val="9"/><family val="2"/></rPr><t xml:space="preserve">\n我们的</t></r><rPh>');
  });

  test('setting the text it has changes nothing; dropping our tail keeps the person’s runs', () => {
    const xml = `<comments xmlns="${M}"><authors><author>甲</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>他的</t></r><r><t>我们的</t></r></text></comment></commentList></comments>`;
    const same = new CommentsPart(xml);
    same.setText('A1', '他的我们的');
    expect(same.toXml()).toBe(xml);
    const shorter = new CommentsPart(xml);
    shorter.setText('A1', '他的');
    expect(shorter.toXml()).toContain('<text><r><t>他的</t></r></text>');
    const other = new CommentsPart(xml);
    other.setText('A1', '别的');
    expect(other.toXml()).toContain('<text><r><t xml:space="preserve">别的</t></r></text>');
  });
});

describe('a VML drawing counts only its own shapes', () => {
  const V = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

  test('a note shape is a top-level shape with a note’s ClientData and both its row and column', () => {
    const xml = `<xml ${V}><o:shapelayout><o:idmap data=""/></o:shapelayout><v:shapetype id="_x0000_t75"/><v:group><v:shape id="_x0000_s9999"><x:ClientData ObjectType="Note"><x:Row>7</x:Row><x:Column>7</x:Column></x:ClientData></v:shape></v:group><v:shape o:spid="_x0000_s1030"><x:ClientData ObjectType="Note"><x:Row>1</x:Row></x:ClientData></v:shape><v:shape id="_x0000_s1031"><x:Row>2</x:Row><x:Column>2</x:Column><x:ClientData ObjectType="Note"><x:Row>3</x:Row><x:Column>4</x:Column></x:ClientData></v:shape><v:rect><x:ClientData ObjectType="Note"><x:Row>5</x:Row><x:Column>5</x:Column></x:ClientData></v:rect></xml>`;
    const p = new VmlPart(xml, 1);
    expect([p.hasShape(7, 7), p.hasShape(1, 0), p.hasShape(2, 2), p.hasShape(3, 4), p.hasShape(4, 3), p.hasShape(5, 5)]).toEqual([false, false, false, true, false, false]);
    p.addShape(9, 9, 2);
    const out = p.toXml();
    // The highest id seen, with the o:spid one, is 1031; the note type is added (this drawing has another type only).
    expect(out).toContain('<v:shapetype id="_x0000_t202"');
    expect(out).toContain('id="_x0000_s1032"');
    expect(out.indexOf('<v:shapetype id="_x0000_t202"')).toBeLessThan(out.indexOf('id="_x0000_s1032"'));
    expect(p.empty).toBe(false);
    p.removeShape(3, 4);
    expect(p.toXml()).not.toContain('_x0000_s1031');
  });

  test('a drawing made for our notes counts the shapes added; a shape is not added twice; its height follows the note', () => {
    const p = VmlPart.empty(2);
    p.addShape(0, 0, 1);
    expect(p.empty).toBe(false);
    expect(p.hasShape(0, 0)).toBe(true);
    p.addShape(0, 0, 1);
    p.addShape(0, 1, 10);
    const out = p.toXml();
    expect(out.match(/<v:shapetype /g)).toHaveLength(1);
    expect(out.match(/<v:shape /g)).toHaveLength(2);
    expect(out).toContain('id="_x0000_s2049" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:56pt;z-index:2049');
    expect(out).toContain('id="_x0000_s2050" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:154pt;');
    expect(out).toContain('<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>');
    expect(VmlPart.idBlocks(`<xml ${V}><o:idmap data=" 3 , 4,"/><o:idmap/></xml>`)).toEqual([3, 4]);
  });
});

describe('the workbook and relationships', () => {
  test('a relationship id only from the relationships namespace, never a declaration', () => {
    const [, a, b, c] = elementsOf(`<w xmlns:r="${R}"><a xmlns:id="${R}" rid="1"/><b r:idx="2" r:Id="3"/><c r:id="4"/></w>`);
    expect([relationshipId(a), relationshipId(b), relationshipId(c)]).toEqual([undefined, undefined, '4']);
    const [, d] = elementsOf(`<w xmlns:r="${R}"><d :id="5" r:id="6"/></w>`.replace(' :id="5"', ''));
    expect(relationshipId(d)).toBe('6');
  });

  test('a sheet of the sheets list only; the root is the workbook', () => {
    const p = new WorkbookPart(`<workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="甲" sheetId="1" r:id="rId1"/></sheets><extLst><sheet name="不是" r:id="rId2"/><definedName name="x">1</definedName></extLst><calcPr/></workbook>`);
    expect(p.sheets.map((s) => s.name)).toEqual(['甲']);
    p.addSheet('备份', 'rId9', 'veryHidden');
    p.recalculateOnOpen();
    expect(p.toXml()).toBe(`<workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="甲" sheetId="1" r:id="rId1"/><sheet name="备份" sheetId="2" state="veryHidden" r:id="rId9"/></sheets><extLst><sheet name="不是" r:id="rId2"/><definedName name="x">1</definedName></extLst><calcPr fullCalcOnLoad="1"/></workbook>`);
  });

  test('relationships of the root list; a part added is not external', () => {
    const p = new RelsPart('xl/workbook.xml', `<Relationships xmlns="urn:p"><extLst><Relationship Id="rIdX" Type="t" Target="x.xml"/></extLst></Relationships>`);
    expect(p.byId('rIdX')?.part).toBe('xl/x.xml');
    p.add('t2', 'xl/y.xml');
    expect(p.byId('rId2')).toEqual({ id: 'rId2', type: 't2', part: 'xl/y.xml', external: false });
    expect(p.toXml().endsWith('<Relationship Id="rId2" Type="t2" Target="y.xml"/></Relationships>')).toBe(true);
  });
});

describe('encodings, zip times and pieces at their edges', () => {
  test('UTF-16 without a mark is known by <? only, each byte of it', () => {
    for (const bytes of [
      [0x3c, 0x00, 0x3f, 0x00],
      [0x00, 0x3c, 0x00, 0x3f],
    ]) expect(encodingOf(Buffer.from(bytes)).charset).not.toBe('utf8');
    for (const bytes of [
      [0x3c, 0x00, 0x41, 0x00],
      [0x3c, 0x01, 0x3f, 0x00],
      [0x3d, 0x00, 0x3f, 0x00],
      [0x3c, 0x00, 0x3f, 0x01],
      [0x00, 0x3c, 0x00, 0x41],
      [0x00, 0x3d, 0x00, 0x3f],
      [0x01, 0x3c, 0x00, 0x3f],
      [0x00, 0x3c, 0x01, 0x3f],
      [0xef, 0xbb, 0x00],
      [0xff, 0x00],
      [0xfe, 0x00],
    ]) expect([bytes, encodingOf(Buffer.from(bytes))]).toEqual([bytes, { charset: 'utf8', bom: false }]);
  });

  test('a zip time stored as a writer meant it, each field in its range, else 1980', () => {
    const word = (y: number, mo: number, d: number, h: number, mi: number, s2: number) => ((((y - 1980) << 9) | (mo << 5) | d) * 65536 + ((h << 11) | (mi << 5) | s2)) >>> 0;
    const fields = (t: number) => {
      const d = fflateTime(t);
      return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
    };
    expect(fields(word(2099, 12, 31, 23, 59, 29))).toEqual([2099, 12, 31, 23, 59, 58]);
    expect(fields(word(1980, 1, 1, 0, 0, 0))).toEqual([1980, 1, 1, 0, 0, 0]);
    for (const bad of [word(2100, 1, 1, 0, 0, 0), word(2020, 0, 1, 0, 0, 0), word(2020, 13, 1, 0, 0, 0), word(2020, 1, 0, 0, 0, 0), word(2020, 1, 1, 24, 0, 0), word(2020, 1, 1, 0, 60, 0), word(2020, 1, 1, 0, 0, 30)]) {
      expect(fields(bad)).toEqual([1980, 1, 1, 0, 0, 0]);
    }
    expect(newest([word(2020, 13, 1, 0, 0, 0), word(2020, 1, 1, 0, 0, 0)])).toBe(word(2020, 1, 1, 0, 0, 0));
    expect(dosTime(new Date(Date.UTC(1980, 0, 1, 0, 0, 1)))).toBe(word(1980, 1, 1, 0, 0, 0));
    expect(dosTime(new Date(Date.UTC(1979, 11, 31, 23, 59, 59)))).toBe(word(1980, 1, 1, 0, 0, 0));
  });

  test('pieces gathered past a batch are deflated as they come, the whole the same', () => {
    const pieces = Array.from({ length: 5 }, (_, i) => `<p>${String(i).repeat(30_000)}</p>`);
    const part = deflatedPieces('p.xml', pieces, 0);
    const whole = Buffer.from(pieces.join(''));
    expect(part.size).toBe(whole.length);
    expect(zlib.inflateRawSync(part.raw).equals(whole)).toBe(true);
  });
});

describe('a package’s own bookkeeping', () => {
  const base = (extra: Record<string, string> = {}, rels = '') => {
    const parts: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8('<Types xmlns="urn:ct"><Override PartName="/xl/calcChain.xml" ContentType="c"/></Types>'),
      'xl/workbook.xml': strToU8(`<workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="urn:p"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>${rels}</Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${M}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`),
    };
    for (const [k, v] of Object.entries(extra)) parts[k] = strToU8(v);
    // One time for every entry: two packages built a second apart are otherwise not the same bytes.
    const pass = inspectXlsx(Buffer.from(zipSync(parts, { mtime: new Date(2020, 0, 1) })));
    if (!pass.ok) throw new Error(pass.problem);
    return new XlsxPackage(pass);
  };
  const state = (s: Partial<CellState> = {}): CellState => ({ value: null, formula: null, numberFormat: null, fill: null, note: null, ...s });
  const out = (p: XlsxPackage) => Object.fromEntries(Object.entries(unzipSync(p.toBuffer())).map(([k, v]) => [k, Buffer.from(v).toString()]));

  test('nothing asked, nothing changed: every part copied as stored', () => {
    const p = base();
    const before = base().toBuffer();
    p.sheet('表');
    expect(p.toBuffer().equals(before)).toBe(true);
  });

  test('digests follow the parts the relationships name, external ones aside; saved, a changed style sheet’s new bytes', () => {
    const p = base({ 'xl/s.xml': `<sst xmlns="${M}"/>`, 'xl/meta.xml': '<metadata/>', 'xl/st.xml': `<styleSheet xmlns="${M}"><cellXfs count="1"><xf/></cellXfs></styleSheet>` }, `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="s.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="meta.xml"/><Relationship Id="rId4" Type="${R}/styles" Target="st.xml"/><Relationship Id="rId5" Type="${R}/sharedStrings" Target="http://x/" TargetMode="External"/>`);
    const d = p.digests();
    expect([d.strings, d.metadata, d.styles].every((x) => typeof x === 'string' && x.length === 64)).toBe(true);
    expect(new Set([d.strings, d.metadata, d.styles]).size).toBe(3);
    expect(p.digests(true)).toEqual(d);
    const ws = p.sheet('表')!;
    writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 1, numberFormat: '0.00' }));
    const saved = p.digests(true);
    expect([saved.strings, saved.metadata]).toEqual([d.strings, d.metadata]);
    expect(saved.styles).not.toBe(d.styles);
    expect(out(p)['xl/st.xml']).toContain('<cellXfs count="2">');
    expect(base().digests()).toEqual({ strings: null, styles: null, metadata: null });
  });

  test('no calculation chain, nothing to drop; a note removed from a cell without notes is nothing; a note put back makes the part', () => {
    const p = base();
    p.dropCalcChain();
    const ws = p.sheet('表')!;
    writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 1 }));
    putBackCell(ws, 0, 1, { cell: '<c r="B1"><v>2</v></c>', comment: null });
    const parts = out(p);
    expect(parts['[Content_Types].xml']).toContain('calcChain');
    expect(Object.keys(parts).filter((k) => k.includes('comments'))).toEqual([]);
    expect(parts['xl/worksheets/sheet1.xml']).toContain('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>');
    const q = base();
    const w2 = q.sheet('表')!;
    putBackCell(w2, 0, 0, { cell: null, comment: '<comment ref="A1" authorId="0"><text><t>原</t></text></comment>' });
    const qp = out(q);
    expect(qp['xl/comments1.xml']).toContain('<comment ref="A1" authorId="0"><text><t>原</t></text></comment>');
    expect(qp['xl/worksheets/sheet1.xml']).toContain('<sheetData><row r="1"></row></sheetData><legacyDrawing r:id="rId2"/>');
  });

  test('a note taken from a cell removes its shape too; a note changed keeps the shape it has', () => {
    const p = base();
    const ws = p.sheet('表')!;
    writeCellState(p, ws, 0, 0, ws.state(0, 0), state({ value: 1, note: '一\n二' }));
    const once = Buffer.from(p.toBuffer());
    const pass = inspectXlsx(once);
    if (!pass.ok) throw new Error(pass.problem);
    const q = new XlsxPackage(pass);
    const w = q.sheet('表')!;
    expect(w.state(0, 0).note).toBe('一\n二');
    writeCellState(q, w, 0, 0, w.state(0, 0), state({ value: 1, note: '三' }));
    const changed = out(q);
    expect(changed['xl/drawings/vmlDrawing1.vml'].match(/<v:shape /g)).toHaveLength(1);
    expect(changed['xl/comments1.xml']).toContain('三');
    const r = new XlsxPackage(pass);
    const w3 = r.sheet('表')!;
    writeCellState(r, w3, 0, 0, w3.state(0, 0), state({ value: 1 }));
    const removed = out(r);
    expect(removed['xl/drawings/vmlDrawing1.vml']).not.toContain('<v:shape ');
    expect(removed['xl/comments1.xml']).not.toContain('<comment ');
  });
});
