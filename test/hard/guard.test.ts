// The loading step's examination of a zip (src/xlsx/guard.ts), case by case, on hand-made zips.
import { promises as fs } from 'fs';
import zlib from 'zlib';
import { crc32, deflated, zipBytes } from '../../scripts/make-bad-fixtures';
import type { RawEntry } from '../../scripts/make-bad-fixtures';
import { inspectXlsx, LIMITS } from '../../src/xlsx/guard';
import { SAMPLE } from '../fixtures/xlsx';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET = `${R}/worksheet`;
const WORKBOOK = `<?xml version="1.0"?><workbook xmlns:r="${R}"><sheets><sheet name="指标体系" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="${WORKSHEET}" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A workbook whose sheets are these parts, as the relationships name them. */
function book(sheets: Record<string, string>): Record<string, string> {
  const names = Object.keys(sheets);
  return {
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns:r="${R}"><sheets>${names.map((_, i) => `<sheet name="表${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships>${names.map((n, i) => `<Relationship Id="rId${i + 1}" Type="${WORKSHEET}" Target="/${n}"/>`).join('')}</Relationships>`,
    ...sheets,
  };
}

function zipOf(parts: Record<string, string | Buffer>, extra: RawEntry[] = []): Buffer {
  return zipBytes([...Object.entries(parts).map(([n, d]) => deflated(n, Buffer.isBuffer(d) ? d : Buffer.from(d, 'utf8'))), ...extra]);
}

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;

describe('inspectXlsx', () => {
  it('passes the sample untouched: every part, nothing trimmed, sheets named', async () => {
    const r = inspectXlsx(await fs.readFile(SAMPLE));
    if (!r.ok) throw new Error(r.problem);
    expect(r.trimmed).toEqual([]);
    expect([...r.sheetNames.values()]).toEqual(expect.arrayContaining(['指标体系', '基础数据']));
  });

  it('refuses a part declared far over the size limit before inflating anything: a sheet too big, or a bomb by its ratio', () => {
    const small = deflated('xl/worksheets/sheet1.xml', Buffer.from(sheet('')));
    const big = { ...small, declaredSize: LIMITS.partBytes + 1, stored: Buffer.alloc(LIMITS.partBytes / 20) };
    const r = inspectXlsx(zipOf({ 'xl/workbook.xml': WORKBOOK, 'xl/_rels/workbook.xml.rels': RELS }, [big]));
    expect(r).toMatchObject({ ok: false, problem: 'too-large', part: 'xl/worksheets/sheet1.xml', detail: 'part' });
    const bomb = { ...small, declaredSize: LIMITS.partBytes + 1 };
    expect(inspectXlsx(zipOf({}, [bomb]))).toMatchObject({ ok: false, problem: 'zip-bomb' });
  });

  it('refuses zip64 markers and more than 10,000 parts', () => {
    const z = zipOf({ a: 'x' });
    z.writeUInt16LE(0xffff, z.length - 22 + 10);
    expect(inspectXlsx(z)).toMatchObject({ ok: false, problem: 'too-large', detail: 'zip64' });
    const many: RawEntry[] = [];
    const one = deflated('p0', Buffer.from('x'));
    for (let i = 1; i <= LIMITS.entries; i++) many.push({ ...one, name: `p${i}`, sameDataAs: 'p0' });
    expect(inspectXlsx(zipBytes([one, ...many]))).toMatchObject({ ok: false, problem: 'too-large', detail: 'entries' });
  });

  it('refuses a DOCTYPE however it is encoded (UTF-8, UTF-16 LE or BE), in any XML part', () => {
    for (const enc of ['utf8', 'utf16le', 'utf16be'] as const) {
      const text = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>';
      const data = enc === 'utf16be' ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, enc);
      expect(inspectXlsx(zipOf({ 'docProps/custom.xml': data }))).toMatchObject({ ok: false, problem: 'unsafe-xml', part: 'docProps/custom.xml' });
    }
  });

  it('refuses an unknown compression method and a part that inflates to more than it declares', () => {
    const bz = { ...deflated('a.xml', Buffer.from('<a/>')), method: 12 as unknown as 8 };
    expect(inspectXlsx(zipBytes([bz]))).toMatchObject({ ok: false, problem: 'corrupt' });
    const data = Buffer.alloc(5000, 0x61);
    const liar: RawEntry = { name: 'a.bin', stored: zlib.deflateRawSync(data), method: 8, crc: crc32(data), declaredSize: 100 };
    expect(inspectXlsx(zipBytes([liar]))).toMatchObject({ ok: false, problem: 'zip-bomb', part: 'a.bin' });
  });

  it('counts rows with content, keeps 1,000 empty trailing rows, and cuts the rest (naming the first row cut)', () => {
    const content = Array.from({ length: 3 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const empty = Array.from({ length: 1500 }, (_, i) => `<row r="${i + 4}" ht="20" customHeight="1"><c r="B${i + 4}" s="1"/></row>`).join('');
    const r = inspectXlsx(zipOf({ 'xl/workbook.xml': WORKBOOK, 'xl/_rels/workbook.xml.rels': RELS, 'xl/worksheets/sheet1.xml': sheet(content + empty) }));
    if (!r.ok) throw new Error(r.problem);
    expect(r.trimmed).toEqual([{ part: 'xl/worksheets/sheet1.xml', firstRow: 1004, rows: 500 }]);
    const kept = r.parts.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(kept).toContain('<row r="1003"');
    expect(kept).not.toContain('<row r="1004"');
    expect(kept.endsWith('</sheetData></worksheet>')).toBe(true);
    expect(r.sheetNames.get('xl/worksheets/sheet1.xml')).toBe('指标体系');
  });

  it('keeps empty rows that stand between rows with content, and counts them against the row limit', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 2}"/>`).join('');
    const ok = inspectXlsx(zipOf(book({ 'xl/worksheets/sheet1.xml': sheet(`${rows(2000)}<row r="3000"><c r="A3000"><v>1</v></c></row>`) })));
    expect(ok).toMatchObject({ ok: true, trimmed: [] });
    const over = inspectXlsx(zipOf(book({ 'xl/worksheets/sheet1.xml': sheet(`${rows(LIMITS.rows)}<row r="60000"><c r="A60000"><v>1</v></c></row>`) })));
    expect(over).toMatchObject({ ok: false, problem: 'too-many-rows', limit: LIMITS.rows });
  });

  it('sums merged cells over all sheets', () => {
    const merges = (ref: string) => `<?xml version="1.0"?><worksheet><sheetData/><mergeCells><mergeCell ref="${ref}"/></mergeCells></worksheet>`;
    const half = 'A1:E60000'; // 300,000 cells
    expect(inspectXlsx(zipOf(book({ 'xl/worksheets/sheet1.xml': merges(half) })))).toMatchObject({ ok: true });
    expect(inspectXlsx(zipOf(book({ 'xl/worksheets/sheet1.xml': merges(half), 'xl/worksheets/sheet2.xml': merges(half) })))).toMatchObject({
      ok: false,
      problem: 'merge-too-large',
      part: 'xl/worksheets/sheet2.xml',
    });
  });
});
