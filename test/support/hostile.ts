// The hostile corpus (issue 20), made at test time: the workbooks a real writer makes
// (scripts/hostile/make_hostile.py, openpyxl and XlsxWriter from Debian), and the ones made here by
// hand from its `xw-base.xlsx` — parts Excel opens but those writers never write (UTF-16, encoded
// targets, no style sheet, leading slashes, a dialog sheet), and attacks no writer makes (duplicate
// and climbing entry names, guards walked round). A writer that is missing skips its files with a
// warning, except under CI=true, where it fails (scripts/ensure-test-tools.sh installs them).
import { execFile, execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { unzipSync } from 'fflate';
import { baseBasicData, baseRows, deflated, zipBytes } from '../../scripts/make-bad-fixtures';
import type { RawEntry } from '../../scripts/make-bad-fixtures';
import { fromA1, toA1 } from '../../src/core';
import { BACKUP_SHEET, loadXlsx } from '../../src/xlsx';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/hostile/make_hostile.py');

export interface HostileFile {
  readonly file: string;
  /** The case of issue 20 it belongs to (0–12). */
  readonly case: number;
  readonly writer: string;
  readonly what: string;
}

const ci = () => Boolean(process.env.CI) && process.env.CI !== 'false';

/** A python3 with openpyxl and XlsxWriter (Debian's, where apt puts them), or null, said. */
export function hostilePython(): string | null {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(candidate, ['-c', 'import xlsxwriter, openpyxl'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next
    }
  }
  if (ci()) throw new Error('openpyxl and XlsxWriter are missing and CI is set: apt-get install python3-openpyxl python3-xlsxwriter (scripts/ensure-test-tools.sh does).');
  console.warn('\n*** SKIPPING the hostile corpus: openpyxl and XlsxWriter not installed (apt-get install python3-openpyxl python3-xlsxwriter; CI=true makes this a failure). ***\n');
  return null;
}

/** A zip's parts, by name, in their order. */
export function unzipped(zip: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, data]) => [name, Buffer.from(data)]));
}

/** The parts zipped again, each deflated under the name given (no name is checked: attacks are made so). */
export function rezipped(parts: Iterable<[string, Buffer]>, extra: readonly RawEntry[] = []): Buffer {
  return zipBytes([...[...parts].map(([name, data]) => deflated(name, data)), ...extra]);
}

const text = (parts: Map<string, Buffer>, name: string): string => parts.get(name)!.toString('utf8');

/** Replaces `from` by `to` in a part's text (once; a replacement that finds nothing is a broken fixture). */
function edit(parts: Map<string, Buffer>, name: string, from: string | RegExp, to: string): void {
  const before = text(parts, name);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${name}: ${String(from)} not found`);
  parts.set(name, Buffer.from(after, 'utf8'));
}

const SHEET1 = 'xl/worksheets/sheet1.xml';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The base sheet with every element in the `x:` prefix and no default namespace, as some generators write. */
function prefixed(sheetXml: string): string {
  return sheetXml
    .replace(/<(\/?)([A-Za-z]+)([\s/>])/g, '<$1x:$2$3')
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

/** A sheet of `rows` rows of `cells` cells each (a value in the first), prefixed, around the base's table. */
function manyCells(rows: number, cells: number): string {
  const row = (r: number) => `<x:row r="${r}"><x:c><x:v>1</x:v></x:c>${'<x:c/>'.repeat(cells - 1)}</x:row>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${Array.from({ length: rows }, (_, i) => row(i + 1)).join('')}</x:sheetData></x:worksheet>`;
}

type Build = (parts: Map<string, Buffer>) => Buffer;

/** The files made by hand from xw-base.xlsx: name, case, what it carries, how it is made. */
const HAND_MADE: readonly { name: string; case: number; what: string; build: Build }[] = [
  {
    name: 'dialogsheet.xlsx',
    case: 1,
    what: 'an Excel 5 dialog sheet as the first tab',
    build: (parts) => {
      parts.set('xl/dialogsheets/sheet1.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dialogsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></dialogsheet>`));
      edit(parts, 'xl/workbook.xml', '<sheets>', '<sheets><sheet name="对话框1" sheetId="9" r:id="rId90"/>');
      edit(parts, 'xl/_rels/workbook.xml.rels', '</Relationships>', `<Relationship Id="rId90" Type="${R}/dialogsheet" Target="dialogsheets/sheet1.xml"/></Relationships>`);
      edit(parts, '[Content_Types].xml', '</Types>', '<Override PartName="/xl/dialogsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml"/></Types>');
      return rezipped(parts);
    },
  },
  {
    name: 'no-sheetdata.xlsx',
    case: 1,
    what: 'a third worksheet without <sheetData>',
    build: (parts) => {
      parts.set('xl/worksheets/sheet3.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`));
      edit(parts, 'xl/workbook.xml', '</sheets>', '<sheet name="说明" sheetId="3" r:id="rId90"/></sheets>');
      edit(parts, 'xl/_rels/workbook.xml.rels', '</Relationships>', `<Relationship Id="rId90" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/></Relationships>`);
      edit(parts, '[Content_Types].xml', '</Types>', '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
      return rezipped(parts);
    },
  },
  {
    name: 'styles-without-lists.xlsx',
    case: 1,
    what: 'a style sheet without <fills> and <cellXfs>',
    build: (parts) => {
      edit(parts, 'xl/styles.xml', /<fills\b.*?<\/fills>/s, '');
      edit(parts, 'xl/styles.xml', /<cellXfs\b.*?<\/cellXfs>/s, '');
      return rezipped(parts);
    },
  },
  {
    name: 'fills-count-0.xlsx',
    case: 1,
    what: 'a style sheet whose fills are <fills count="0"/>',
    build: (parts) => {
      edit(parts, 'xl/styles.xml', /<fills\b.*?<\/fills>/s, '<fills count="0"/>');
      return rezipped(parts);
    },
  },
  {
    name: 'malformed-part.xlsx',
    case: 1,
    what: 'shared strings that are not well-formed XML (cut short)',
    build: (parts) => {
      const xml = text(parts, 'xl/sharedStrings.xml');
      parts.set('xl/sharedStrings.xml', Buffer.from(xml.slice(0, Math.floor(xml.length / 2)), 'utf8'));
      return rezipped(parts);
    },
  },
  {
    name: 'prefixed-merges.xlsx',
    case: 3,
    what: 'an x:-prefixed sheet with 400 whole-column merges',
    build: (parts) => {
      const merges = Array.from({ length: 400 }, (_, i) => `<x:mergeCell ref="${colName(i + 20)}1:${colName(i + 20)}1048576"/>`).join('');
      parts.set(SHEET1, Buffer.from(prefixed(text(parts, SHEET1)).replace('</x:sheetData>', `</x:sheetData><x:mergeCells count="400">${merges}</x:mergeCells>`)));
      return rezipped(parts);
    },
  },
  {
    name: 'prefixed-cells.xlsx',
    case: 3,
    what: '4,000,000 x:-prefixed cells',
    build: (parts) => {
      parts.set('xl/worksheets/sheet2.xml', Buffer.from(manyCells(250, 16_000)));
      return rezipped(parts);
    },
  },
  {
    name: 'tab-merge.xlsx',
    case: 3,
    what: 'a merge over the rest of the sheet written <mergeCell\\tref=…>',
    build: (parts) => {
      edit(parts, SHEET1, '</sheetData>', '</sheetData><mergeCells count="1"><mergeCell\tref="A9:XFD1048576"/></mergeCells>');
      return rezipped(parts);
    },
  },
  {
    name: 'sheet-elsewhere.xlsx',
    case: 3,
    what: 'a worksheet stored at xl/ws/sheet1.xml with 600,000 rows',
    build: (parts) => {
      const rows = Array.from({ length: 600_000 }, (_, i) => `<row r="${i + 10}"><c r="A${i + 10}"><v>${i}</v></c></row>`).join('');
      parts.set('xl/ws/sheet1.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`));
      parts.delete('xl/worksheets/sheet2.xml');
      edit(parts, 'xl/_rels/workbook.xml.rels', 'Target="worksheets/sheet2.xml"', 'Target="ws/sheet1.xml"');
      edit(parts, '[Content_Types].xml', '/xl/worksheets/sheet2.xml', '/xl/ws/sheet1.xml');
      return rezipped(parts);
    },
  },
  {
    name: 'huge-backup.xlsx',
    case: 4,
    what: 'a backup sheet of our name whose JSON holds 2,100,001 empty records: 4,200,002 commas and brackets, where scoring writes 360,016 for 20,000 rows',
    build: (parts) => {
      const json = `{"version":1,"backups":[${'{},'.repeat(2_100_000)}{}]}`;
      // In cells of 32,000 characters down column A, as scoring writes its store.
      const rows = Array.from({ length: Math.ceil(json.length / 32_000) }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${json.slice(i * 32_000, (i + 1) * 32_000)}</t></is></c></row>`);
      parts.set('xl/worksheets/sheet3.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`));
      edit(parts, 'xl/workbook.xml', '</sheets>', `<sheet name="${BACKUP_SHEET}" sheetId="3" state="veryHidden" r:id="rId90"/></sheets>`);
      edit(parts, 'xl/_rels/workbook.xml.rels', '</Relationships>', `<Relationship Id="rId90" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/></Relationships>`);
      edit(parts, '[Content_Types].xml', '</Types>', '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
      return rezipped(parts);
    },
  },
  {
    name: 'duplicate-entry.xlsx',
    case: 7,
    what: 'two zip entries named xl/worksheets/sheet1.xml',
    build: (parts) => rezipped(parts, [deflated(SHEET1, Buffer.from(text(parts, SHEET1).replace('预算管理', '篡改')))]),
  },
  {
    name: 'case-duplicate-entry.xlsx',
    case: 7,
    what: 'entries xl/worksheets/sheet1.xml and xl/worksheets/Sheet1.xml (one part to Excel)',
    build: (parts) => rezipped(parts, [deflated('xl/worksheets/Sheet1.xml', parts.get(SHEET1)!)]),
  },
  {
    name: 'climbing-entry.xlsx',
    case: 7,
    what: 'an entry named ../../evil.txt',
    build: (parts) => rezipped(parts, [deflated('../../evil.txt', Buffer.from('evil'))]),
  },
  {
    name: 'absolute-entry.xlsx',
    case: 7,
    what: 'an entry named /tmp/evil.txt (an absolute path)',
    build: (parts) => rezipped(parts, [deflated('/tmp/evil.txt', Buffer.from('evil'))]),
  },
  {
    name: 'utf16-parts.xlsx',
    case: 11,
    what: 'the workbook, the indicator sheet and the shared strings in UTF-16 with a byte-order mark',
    build: (parts) => {
      for (const name of ['xl/workbook.xml', SHEET1, 'xl/sharedStrings.xml']) {
        const xml = text(parts, name).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
        parts.set(name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
      }
      return rezipped(parts);
    },
  },
  {
    name: 'encoded-targets.xlsx',
    case: 11,
    what: 'the indicator sheet stored as xl/worksheets/指标 体系.xml, its target percent-encoded',
    build: (parts) => {
      const stored = 'xl/worksheets/指标 体系.xml';
      const encoded = encodeURI('worksheets/指标 体系.xml');
      parts.set(stored, parts.get(SHEET1)!);
      parts.set('xl/worksheets/_rels/指标 体系.xml.rels', parts.get('xl/worksheets/_rels/sheet1.xml.rels') ?? Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`));
      parts.delete(SHEET1);
      parts.delete('xl/worksheets/_rels/sheet1.xml.rels');
      edit(parts, 'xl/_rels/workbook.xml.rels', 'Target="worksheets/sheet1.xml"', `Target="${encoded}"`);
      edit(parts, '[Content_Types].xml', 'PartName="/xl/worksheets/sheet1.xml"', `PartName="/xl/${encoded}"`);
      return rezipped(parts);
    },
  },
  {
    name: 'no-styles.xlsx',
    case: 11,
    what: 'a package without a style sheet',
    build: (parts) => {
      parts.delete('xl/styles.xml');
      edit(parts, 'xl/_rels/workbook.xml.rels', /<Relationship [^>]*Target="styles.xml"\/>/, '');
      edit(parts, '[Content_Types].xml', /<Override PartName="\/xl\/styles.xml"[^>]*\/>/, '');
      return rezipped(parts);
    },
  },
  {
    name: 'leading-slash.xlsx',
    case: 11,
    what: 'every entry named with a leading slash (/xl/workbook.xml …)',
    build: (parts) => rezipped([...parts].map(([name, data]) => [`/${name}`, data] as [string, Buffer])),
  },
];

/** `A`, `B` … `ZZ` for a zero-based column. */
function colName(n: number): string {
  let s = '';
  for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function run(cmd: string, args: readonly string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} failed: ${stderr || err.message}`)) : resolve(stdout),
    );
    child.stdin!.end(input);
  });
}

/** Writes the corpus into `dir`; none of it without Python's writers (said, or a failure under CI). */
export async function makeHostileCorpus(dir: string): Promise<HostileFile[]> {
  await fs.mkdir(dir, { recursive: true });
  const py = hostilePython();
  if (!py) return [];
  const table = JSON.stringify({ rows: baseRows(), basic: baseBasicData() });
  const made: HostileFile[] = (await run(py, [SCRIPT, dir], table))
    .trim()
    .split('\n')
    .map((line) => {
      const [name, writer, what] = line.split('\t');
      return { file: path.join(dir, name), case: Number(/case (\d+)/.exec(what)?.[1] ?? -1), writer, what };
    });
  const base = await fs.readFile(path.join(dir, 'xw-base.xlsx'));
  for (const h of HAND_MADE) {
    const file = path.join(dir, h.name);
    await fs.writeFile(file, h.build(unzipped(base)));
    made.push({ file, case: h.case, writer: 'by hand, from xw-base.xlsx', what: h.what });
  }
  return made;
}

/**
 * Every cell of every sheet (but our backup's) as our reader reads it: value, formula, number format,
 * fill and note, by sheet and address. A cell under a merged area other than its top-left is left
 * out: nothing of its own shows (LibreOffice gives it the area's format when it saves).
 */
export async function everyCell(file: string): Promise<Record<string, Record<string, unknown>>> {
  const wb = await loadXlsx(file);
  const out: Record<string, Record<string, unknown>> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === BACKUP_SHEET) continue;
    const cells: Record<string, unknown> = {};
    const at = new Set<string>();
    for (const c of ws.sheet.cells()) at.add(`${c.row}:${c.col}`);
    for (const ref of ws.existingNotes()?.comments.refs() ?? []) {
      const p = fromA1(ref);
      if (p) at.add(`${p.row}:${p.col}`);
    }
    for (const k of at) {
      const [row, col] = k.split(':').map(Number);
      if (ws.coveredBy(row, col)) continue;
      const s = ws.state(row, col);
      if (s.value !== null || s.formula !== null || s.numberFormat !== null || s.fill !== null || s.note !== null) cells[toA1(row, col)] = s;
    }
    out[ws.name] = cells;
  }
  return out;
}
