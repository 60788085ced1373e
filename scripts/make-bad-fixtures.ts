// Builds the corpus of bad and malicious workbooks that test/hard/*.test.ts attacks the scorer with.
//
//   npx tsx scripts/make-bad-fixtures.ts          # (re)writes the small files into test/fixtures/bad/
//
// Bad workbooks are made with ExcelJS from one small, valid indicator table, each spoiled in one
// way. Malicious files are written byte by byte (a zip writer below, JSZip to read ExcelJS's parts)
// because ExcelJS would never write them. Files marked `big` are not committed: the tests generate
// them into a temporary folder.
import { promises as fs } from 'fs';
import path from 'path';
import zlib from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const BAD_DIR = path.resolve(__dirname, '../test/fixtures/bad');

export interface BadFixture {
  readonly file: string;
  /** What it attacks, one line, for the folder's README. */
  readonly attacks: string;
  /** bad: must be scored or named; malicious: must be refused; limit: the largest accepted, for the memory bound. */
  readonly kind: 'bad' | 'malicious' | 'limit';
  /** Too big to commit: generated at test time. */
  readonly big?: boolean;
  build(file: string): Promise<void>;
}

// ---- the valid table every bad workbook starts from ---------------------------------------------

const FORMULA_RULE = '指标得分=(预算资金总来源-中期评估调整取消资金-预算结余注销资金)/预算资金总来源*指标分值';
const TIER_RULE = '达96%以上,不扣分;达92%以上,按80%打分;达88%以上,按60%打分;未达到88%,不得分';
const PER_ITEM_RULE = '发现1个项目扣0.5分，直至扣完';
const RANGE_RULE = '≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；60%（含）-70%，计2分；低于60%不得分';

type Row = ExcelJS.CellValue[];

/** Row 1 a title, row 2 the header, rows 3–6 four indicators, row 7 合计. Scores 4.75+5+4.5+4 = 18.25. */
export function baseRows(): Row[] {
  return [
    ['2020年度部门整体支出绩效自评表'],
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际完成值', '得分', '扣分原因'],
    ['预算管理', '预算编制', '预算安排准确性', 5, FORMULA_RULE, null, null, null],
    ['预算管理', '预算执行', '预算执行率', 5, TIER_RULE, '97.38%', null, null],
    ['目标管理', '绩效目标', '目标填报质量', 5, PER_ITEM_RULE, 1, null, null],
    ['产出', '数量', '项目完成率', 5, RANGE_RULE, '85%', null, null],
    ['合计', null, null, 20, null, null, null, null],
  ];
}

export function baseBasicData(): Row[] {
  return [
    ['项目', '数值', '单位'],
    ['预算资金总来源', 3184.21, '万元'],
    ['中期评估调整取消资金', 73.69, '万元'],
    ['预算结余注销资金', 83.46, '万元'],
  ];
}

interface Sheet {
  readonly name: string;
  readonly rows: readonly Row[];
  readonly merges?: readonly string[];
  readonly edit?: (ws: ExcelJS.Worksheet) => void;
}

function workbookOf(sheets: readonly Sheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    s.edit?.(ws);
  }
  return wb;
}

async function writeWorkbook(file: string, sheets: readonly Sheet[]): Promise<void> {
  await workbookOf(sheets).xlsx.writeFile(file);
}

/** The base workbook with its indicator rows (and basic data) changed by `edit`. */
function spoiled(edit: (rows: Row[], basic: Row[]) => void, extra: Partial<Sheet> = {}, basicSheet = true): (file: string) => Promise<void> {
  return async (file) => {
    const rows = baseRows();
    const basic = baseBasicData();
    edit(rows, basic);
    const sheets: Sheet[] = [{ name: '指标体系', rows, ...extra }];
    if (basicSheet) sheets.push({ name: '基础数据', rows: basic });
    await writeWorkbook(file, sheets);
  };
}

const LONG = (seed: string) => seed.repeat(Math.ceil(10000 / seed.length)).slice(0, 10000);

// ---- raw zip writing ------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  readonly name: string;
  /** The bytes stored (deflated unless `method` is 0). */
  readonly stored: Buffer;
  readonly method: 0 | 8;
  readonly crc: number;
  /** The uncompressed size written into the headers (a zip bomb may lie here). */
  readonly declaredSize: number;
  /** Central-directory entries only: point at another entry's local header (overlapping bomb). */
  readonly sameDataAs?: string;
}

export function deflated(name: string, data: Buffer): RawEntry {
  return { name, stored: zlib.deflateRawSync(data, { level: 9 }), method: 8, crc: crc32(data), declaredSize: data.length };
}

/** Writes a zip: local headers and data for entries without `sameDataAs`, then a central directory for all. */
export function zipBytes(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const offsets = new Map<string, number>();
  let at = 0;
  for (const e of entries) {
    if (e.sameDataAs) continue;
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // names in UTF-8
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    h.writeUInt32LE(e.crc, 14);
    h.writeUInt32LE(e.stored.length, 18);
    h.writeUInt32LE(e.declaredSize, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    offsets.set(e.name, at);
    parts.push(h, name, e.stored);
    at += h.length + name.length + e.stored.length;
  }
  const cdStart = at;
  for (const e of entries) {
    const source = e.sameDataAs ? entries.find((x) => x.name === e.sameDataAs)! : e;
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0800, 8);
    h.writeUInt16LE(source.method, 10);
    h.writeUInt32LE(0x00210000, 12);
    h.writeUInt32LE(e.crc, 16);
    h.writeUInt32LE(source.stored.length, 20);
    h.writeUInt32LE(e.declaredSize, 24);
    h.writeUInt16LE(name.length, 28);
    h.writeUInt32LE(offsets.get(source.name)!, 42);
    parts.push(h, name);
    at += h.length + name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(at - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  parts.push(end);
  return Buffer.concat(parts);
}

/** The base workbook's parts (as ExcelJS writes them), to build malicious variants from. */
async function baseParts(): Promise<Map<string, Buffer>> {
  const buffer = await workbookOf([
    { name: '指标体系', rows: baseRows() },
    { name: '基础数据', rows: baseBasicData() },
  ]).xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  const parts = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async('nodebuffer'));
  return parts;
}

async function writeParts(file: string, change: (parts: Map<string, Buffer>) => void, extra: RawEntry[] = []): Promise<void> {
  const parts = await baseParts();
  change(parts);
  const entries = [...parts].map(([name, data]) => deflated(name, data));
  await fs.writeFile(file, zipBytes([...entries, ...extra]));
}

// ---- OLE2 (compound file) writing: .xls and password-protected workbooks -----------------------

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A minimal compound file (version 3, 512-byte sectors) holding the given streams, each padded to
 * at least 4096 bytes so that no mini stream is needed. What Excel writes for an .xls (a `Workbook`
 * stream) and for an encrypted .xlsx (`EncryptionInfo` and `EncryptedPackage`).
 */
export function compoundFile(streams: readonly { name: string; data: Buffer }[]): Buffer {
  const padded = streams.map((s) => {
    const size = Math.max(4096, s.data.length);
    const data = Buffer.alloc(Math.ceil(size / 512) * 512);
    s.data.copy(data);
    return { name: s.name, data, size };
  });
  const dataSectors = padded.reduce((n, s) => n + s.data.length / 512, 0);
  const total = 2 + dataSectors; // sector 0: FAT, sector 1: directory
  if (total > 128) throw new Error('compoundFile: one FAT sector only');
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  let next = 2;
  const starts: number[] = [];
  for (const s of padded) {
    const n = s.data.length / 512;
    starts.push(next);
    for (let i = 0; i < n; i++) fat.writeUInt32LE(i === n - 1 ? END : next + i + 1, (next + i) * 4);
    next += n;
  }
  const dir = Buffer.alloc(512);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const o = i * 128;
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir[o + 66] = type;
    dir[o + 67] = 1; // black
    dir.writeUInt32LE(FREE, o + 68); // left sibling
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, 'Root Entry', 5, 1, FREE, END, 0);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, FREE, i + 2 <= padded.length ? i + 2 : FREE, starts[i], s.size));
  for (let i = padded.length + 1; i < 4; i++) {
    dir.writeUInt32LE(FREE, i * 128 + 68);
    dir.writeUInt32LE(FREE, i * 128 + 72);
    dir.writeUInt32LE(FREE, i * 128 + 76);
  }
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76); // DIFAT[0] = FAT in sector 0
  return Buffer.concat([header, fat, dir, ...padded.map((s) => s.data)]);
}

// ---- the corpus ---------------------------------------------------------------------------------

/** A 1,000,000-row worksheet's XML, built in chunks. */
function millionRowSheet(rows: number): Buffer {
  const chunks: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>三级指标</t></is></c><c r="B1" t="inlineStr"><is><t>分值</t></is></c><c r="C1" t="inlineStr"><is><t>得分</t></is></c></row>',
  ];
  for (let r = 2; r <= rows; r++) chunks.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  chunks.push('</sheetData></worksheet>');
  return Buffer.from(chunks.join(''), 'utf8');
}

/** An indicator sheet of `rows` rows (header included), every one scored by a per-item rule and deducted. */
function largeIndicatorSheet(rows: number): Buffer {
  const t = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const chunks = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    `<row r="1">${t('A1', '三级指标')}${t('B1', '分值')}${t('C1', '评分标准')}${t('D1', '实际完成值')}${t('E1', '得分')}</row>`,
  ];
  for (let r = 2; r <= rows; r++) {
    chunks.push(`<row r="${r}">${t(`A${r}`, `指标${r}`)}<c r="B${r}"><v>1</v></c>${t(`C${r}`, PER_ITEM_RULE)}<c r="D${r}"><v>1</v></c><c r="E${r}"><v>1</v></c></row>`);
  }
  chunks.push('</sheetData></worksheet>');
  return Buffer.from(chunks.join(''), 'utf8');
}

/** A sheet of `rows` rows each holding `cols` formatted empty cells. */
function formattedEmptySheet(rows: number, cols: number): Buffer {
  const letters = (n: number) => (n < 26 ? String.fromCharCode(65 + n) : String.fromCharCode(64 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26)));
  const chunks = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}"><c r="A${r}"><v>${r}</v></c>`;
    for (let c = 1; c < cols; c++) row += `<c r="${letters(c)}${r}" s="0"/>`;
    chunks.push(`${row}</row>`);
  }
  chunks.push('</sheetData></worksheet>');
  return Buffer.from(chunks.join(''), 'utf8');
}

export const BAD_FIXTURES: readonly BadFixture[] = [
  // -- bad workbooks: each must give a message naming the cell, no exception, the SPEC's exit status
  {
    file: 'no-header.xlsx',
    kind: 'bad',
    attacks: 'no header row: the indicator rows stand without 三级指标/分值/得分 above them',
    build: spoiled((rows) => rows.splice(0, 2)),
  },
  {
    file: 'header-only.xlsx',
    kind: 'bad',
    attacks: 'a header row and nothing under it',
    build: spoiled((rows) => rows.splice(2)),
  },
  {
    file: 'points-as-text.xlsx',
    kind: 'bad',
    attacks: '分值 typed as text: “五分” (not a number), “5分” (readable), “ 5 ” with spaces (readable)',
    build: spoiled((rows) => {
      rows[2][3] = '五分';
      rows[3][3] = '5分';
      rows[4][3] = ' 5 ';
    }),
  },
  {
    file: 'merged-header.xlsx',
    kind: 'bad',
    attacks: 'a two-row header: 指标 merged over the three level columns, 分值/评分标准/实际完成值/得分 merged down two rows, 得分 merged across G:H',
    build: async (file) => {
      const rows = baseRows();
      rows.splice(1, 1, ['指标', null, null, '分值', '评分标准', '实际完成值', '得分', null], ['一级指标', '二级指标', '三级指标', null, null, null, null, null]);
      for (const r of rows.slice(3)) r[7] = null;
      await writeWorkbook(file, [
        { name: '指标体系', rows, merges: ['A2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:H3'] },
        { name: '基础数据', rows: baseBasicData() },
      ]);
    },
  },
  {
    file: 'duplicate-column.xlsx',
    kind: 'bad',
    attacks: 'the same column twice: two 得分 columns (G and I)',
    build: spoiled((rows) => {
      rows[1][8] = '得分';
    }),
  },
  {
    file: 'empty-basic-data.xlsx',
    kind: 'bad',
    attacks: 'a 基础数据 sheet with nothing in it, while a formula rule names three of its labels',
    build: spoiled((_rows, basic) => basic.splice(0)),
  },
  {
    file: 'absent-basic-data.xlsx',
    kind: 'bad',
    attacks: 'no 基础数据 sheet at all, while a formula rule names three of its labels',
    build: spoiled(() => undefined, {}, false),
  },
  {
    file: 'missing-label.xlsx',
    kind: 'bad',
    attacks: 'a label the formula rule names (预算结余注销资金) missing from 基础数据',
    build: spoiled((_rows, basic) => basic.splice(3, 1)),
  },
  {
    file: 'error-values.xlsx',
    kind: 'bad',
    attacks: 'error values: #DIV/0! as a row’s 实际完成值 (F4), #REF! as a 基础数据 value (B2)',
    build: spoiled((rows, basic) => {
      rows[3][5] = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      basic[1][1] = { error: '#REF!' } as ExcelJS.CellErrorValue;
    }),
  },
  {
    file: 'formula-no-cache.xlsx',
    kind: 'bad',
    attacks: 'formulas without cached results (as a generator writes them): 实际完成值 F4 =B1/B2 and 基础数据 B2 =1+2, no value stored',
    build: spoiled((rows, basic) => {
      rows[3][5] = { formula: '3100.75/3184.21' } as ExcelJS.CellFormulaValue;
      basic[1][1] = { formula: '3000+184.21' } as ExcelJS.CellFormulaValue;
    }),
  },
  {
    file: 'dates.xlsx',
    kind: 'bad',
    attacks: 'dates where numbers belong: a date as 实际完成值 (F5, a count) and as 分值 (D6)',
    build: spoiled((rows) => {
      rows[4][5] = new Date(Date.UTC(2019, 4, 1));
      rows[5][3] = new Date(Date.UTC(2020, 0, 5));
    }),
  },
  {
    file: 'huge-negative.xlsx',
    kind: 'bad',
    attacks: 'huge and negative numbers: 1e308 and -3184.21 in 基础数据, -1 problems found (F5), 1e300% as a rate (F6)',
    build: spoiled((rows, basic) => {
      basic[1][1] = 1e308;
      basic[2][1] = -3184.21;
      rows[4][5] = -1;
      rows[5][5] = 1e300;
    }),
  },
  {
    file: 'negative-points.xlsx',
    kind: 'bad',
    attacks: 'negative and zero points: 分值 −5 (D3) and 0 (D4)',
    build: spoiled((rows) => {
      rows[2][3] = -5;
      rows[3][3] = 0;
    }),
  },
  {
    file: 'long-cells.xlsx',
    kind: 'bad',
    attacks: '10,000-character cells: an indicator name, a rule (digits and 扣 repeated, to tempt regex backtracking), an actual value, a 基础数据 label',
    build: spoiled((rows, basic) => {
      rows[2][2] = LONG('预算安排准确性');
      rows[4][4] = LONG('发现1个项目扣0.5分，');
      rows[5][5] = LONG('8');
      rows[3][5] = LONG('9７.3８% ');
      basic.push([LONG('预算资金'), 1]);
    }),
  },
  {
    file: 'xfd-used-range.xlsx',
    kind: 'bad',
    big: true,
    attacks: 'a used range reaching XFD1048576: 100,000 formatted empty rows below the table, formatted empty cells in column XFD and at XFD1048576',
    build: spoiled(() => undefined, {
      edit: (ws) => {
        for (let r = 8; r < 100008; r++) {
          const row = ws.getRow(r);
          row.height = 15;
          row.getCell(1).numFmt = '0.00';
        }
        ws.getCell('XFD3').numFmt = '0.00';
        ws.getCell('XFD1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      },
    }),
  },
  {
    file: 'odd-characters.xlsx',
    kind: 'bad',
    attacks: 'full-width, zero-width and BOM characters: ‘得　分’ and ‘\\uFEFF三级指标’ headers, ‘５’ points, ‘９７.３８％’, zero-width spaces inside 基础数据 labels',
    build: spoiled((rows, basic) => {
      rows[1][6] = '得　分';
      rows[1][2] = '\uFEFF三级指标';
      rows[1][3] = '分\u200B值';
      rows[2][3] = '５';
      rows[3][5] = '９７.３８％';
      rows[4][5] = '１';
      basic[1][0] = '预算资金\u200B总来源';
      basic[2][0] = '\uFEFF中期评估调整取消资金';
      basic[3][0] = '预算结余注销资金\u200D';
    }),
  },
  // -- malicious files for the command line: each refused quickly, with a message, in bounded memory
  {
    file: 'zip-bomb.xlsx',
    kind: 'malicious',
    attacks: 'zip bomb: a valid workbook plus 400 entries overlapping one 10 MB run of zeros — a 30 KB file that unpacks to 4 GB',
    build: (file) => {
      const zeros = deflated('xl/media/image1.bin', Buffer.alloc(10 * 1024 * 1024));
      const copies: RawEntry[] = [];
      for (let i = 2; i <= 400; i++) copies.push({ ...zeros, name: `xl/media/image${i}.bin`, sameDataAs: zeros.name });
      return writeParts(file, () => undefined, [zeros, ...copies]);
    },
  },
  {
    file: 'zip-bomb-lying.xlsx',
    kind: 'malicious',
    attacks: 'zip bomb that lies: 100 entries declare 1 KB each but each inflates to 10 MB (1 GB in all), overlapping the same data',
    build: (file) => {
      const zeros = deflated('xl/media/image1.bin', Buffer.alloc(10 * 1024 * 1024));
      const lying = { ...zeros, declaredSize: 1024 };
      const copies: RawEntry[] = [];
      for (let i = 2; i <= 100; i++) copies.push({ ...lying, name: `xl/media/image${i}.bin`, sameDataAs: zeros.name });
      return writeParts(file, () => undefined, [lying, ...copies]);
    },
  },
  {
    file: 'million-rows.xlsx',
    kind: 'malicious',
    big: true,
    attacks: 'a 1,000,000-row sheet (40 MB of sheet XML, under the part-size limit, so the row limit must stop it)',
    build: (file) =>
      writeParts(file, (parts) => {
        parts.set('xl/worksheets/sheet1.xml', millionRowSheet(1_000_000));
      }),
  },
  {
    file: 'xxe.xlsx',
    kind: 'malicious',
    attacks: 'XML external entity: sheet1.xml declares <!ENTITY xxe SYSTEM "file:///etc/passwd"> and uses &xxe; in a cell',
    build: (file) =>
      writeParts(file, (parts) => {
        const xml = parts.get('xl/worksheets/sheet1.xml')!.toString('utf8');
        const attacked = xml
          .replace('?>', '?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
          .replace('<sheetData>', '<sheetData><row r="20"><c r="C20" t="inlineStr"><is><t>&xxe;</t></is></c></row>');
        parts.set('xl/worksheets/sheet1.xml', Buffer.from(attacked, 'utf8'));
      }),
  },
  {
    file: 'billion-laughs.xlsx',
    kind: 'malicious',
    attacks: 'entity expansion (billion laughs) in sharedStrings.xml: ten levels of ten internal entities',
    build: (file) =>
      writeParts(file, (parts) => {
        const levels = ['<!ENTITY lol0 "lol">'];
        for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
        const xml = parts.get('xl/sharedStrings.xml')!.toString('utf8');
        const attacked = xml.replace('?>', `?>\n<!DOCTYPE sst [${levels.join('')}]>`).replace(/<t>[^<]*<\/t>/, '<t>&lol9;</t>');
        parts.set('xl/sharedStrings.xml', Buffer.from(attacked, 'utf8'));
      }),
  },
  {
    file: 'too-many-cells.xlsx',
    kind: 'malicious',
    big: true,
    attacks: '600,000 formatted empty cells in 基础数据 (30,000 rows × 20 columns), each of which ExcelJS would make an object of',
    build: (file) =>
      writeParts(file, (parts) => {
        parts.set('xl/worksheets/sheet2.xml', formattedEmptySheet(30_000, 20));
      }),
  },
  {
    file: 'huge-merge.xlsx',
    kind: 'malicious',
    attacks: 'a merged area over a whole sheet below the table, A8:XFD1048576 (17 billion cells; ExcelJS makes an object per merged cell)',
    build: (file) =>
      writeParts(file, (parts) => {
        const xml = parts.get('xl/worksheets/sheet1.xml')!.toString('utf8');
        parts.set('xl/worksheets/sheet1.xml', Buffer.from(xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A8:XFD1048576"/></mergeCells>'), 'utf8'));
      }),
  },
  {
    file: 'password.xlsx',
    kind: 'malicious',
    attacks: 'a password-protected workbook: an OLE2 compound file with EncryptionInfo and EncryptedPackage streams, as Excel saves one',
    build: (file) =>
      fs.writeFile(
        file,
        compoundFile([
          { name: 'EncryptionInfo', data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption/>')]) },
          { name: 'EncryptedPackage', data: Buffer.alloc(8192, 0x5a) },
        ]),
      ),
  },
  {
    file: 'renamed-xls.xlsx',
    kind: 'malicious',
    attacks: 'an old .xls (OLE2 compound file with a Workbook stream) renamed .xlsx',
    build: (file) => fs.writeFile(file, compoundFile([{ name: 'Workbook', data: Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]) }])),
  },
  {
    file: 'renamed-csv.xlsx',
    kind: 'malicious',
    attacks: 'a .csv (UTF-8 with BOM) renamed .xlsx',
    build: (file) => fs.writeFile(file, '\uFEFF一级指标,三级指标,分值,得分\n预算管理,预算执行率,5,5\n', 'utf8'),
  },
  {
    file: 'largest-accepted.xlsx',
    kind: 'limit',
    big: true,
    attacks: 'not an attack: the largest indicator sheet the limits admit, 20,000 rows each scored and deducted (with a note), for the memory and time bounds',
    build: (file) =>
      writeParts(file, (parts) => {
        parts.set('xl/worksheets/sheet1.xml', largeIndicatorSheet(20_000));
      }),
  },
];

/** Writes the corpus into `dir`; the big files only when asked. Returns the paths by file name. */
export async function makeBadFixtures(dir: string, options: { big?: boolean; only?: readonly string[] } = {}): Promise<Map<string, string>> {
  await fs.mkdir(dir, { recursive: true });
  const out = new Map<string, string>();
  for (const f of BAD_FIXTURES) {
    if (f.big && !options.big) continue;
    if (options.only && !options.only.includes(f.file)) continue;
    const file = path.join(dir, f.file);
    await f.build(file);
    out.set(f.file, file);
  }
  return out;
}

/** The folder's README: one line per file saying what it attacks. */
export function fixturesReadme(): string {
  const line = (f: BadFixture) => `- \`${f.file}\`${f.big ? ' (generated at test time, not committed)' : ''} — ${f.attacks}`;
  return [
    '# Bad and malicious workbooks',
    '',
    'Made by `scripts/make-bad-fixtures.ts` (`npx tsx scripts/make-bad-fixtures.ts` rewrites them);',
    'attacked by `test/hard/bad-workbooks.test.ts` and `test/hard/malicious.test.ts`.',
    '',
    '## Bad workbooks (a message naming the cell, no exception, exit status per SPEC §5)',
    '',
    ...BAD_FIXTURES.filter((f) => f.kind === 'bad').map(line),
    '',
    '## Malicious files (refused quickly, with a message, in bounded memory)',
    '',
    ...BAD_FIXTURES.filter((f) => f.kind === 'malicious').map(line),
    '',
    '## At the limits (accepted, within the stated time and memory)',
    '',
    ...BAD_FIXTURES.filter((f) => f.kind === 'limit').map(line),
    '',
  ].join('\n');
}

if (require.main === module) {
  (async () => {
    const written = await makeBadFixtures(BAD_DIR);
    await fs.writeFile(path.join(BAD_DIR, 'README.md'), fixturesReadme());
    for (const [name, file] of written) console.log(`${name}\t${(await fs.stat(file)).size} bytes`);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
