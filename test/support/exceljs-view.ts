// A workbook file as ExcelJS can read it, for tests that look at every cell of a file through an
// independent reader. ExcelJS follows only the part names and relative targets it writes itself,
// and fails on other writers' (openpyxl: absolute targets, xl/comments/comment1.xml, drawings it
// cannot parse). Its copy is therefore renamed to its own conventions, and drawings (images,
// charts, shapes) are kept from it. (Until issue 12's bench the command line read files this way.)
import { promises as fs } from 'fs';
import zlib from 'zlib';
import ExcelJS from 'exceljs';
import { inspectXlsx } from '../../src/xlsx/guard';
import { REL, RelsPart } from '../../src/xlsx/package/rels';
import { DOS_EPOCH } from '../../src/xlsx/package/zipTime';
import { writeZip } from '../../src/xlsx/package/zip';

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`; null for other parts and the package's own rels. */
function sourceOfRels(name: string): string | null {
  const at = name.lastIndexOf('_rels/');
  if (at < 0 || !name.endsWith('.rels') || name === '_rels/.rels') return null;
  return name.slice(0, at) + name.slice(at + '_rels/'.length, -'.rels'.length);
}

const DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const EXCELJS_COMMENTS = /^xl\/comments\d+\.xml$/;
const EXCELJS_VML = /^xl\/drawings\/vmlDrawing\d+\.vml$/;
const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/;
/** A drawing target ExcelJS's pattern does not take, so that it looks for no drawing. */
const NO_DRAWING = '../drawings/_not_read.xml';

/**
 * Whether a relationship part may need ExcelJS's renaming: it names a drawing, notes or a drawing of
 * notes, or a target from the package root. Most parts name none (a plain workbook's sheets), and
 * are not parsed at all; a part that may is parsed and changed only where it must be.
 */
const MAY_NEED = ['relationships/drawing', 'relationships/comments', 'relationships/vmlDrawing', 'Target="/', "Target='/"].map((s) => Buffer.from(s, 'latin1'));
const mayNeedRenaming = (data: Buffer) => MAY_NEED.some((mark) => data.includes(mark));

function exceljsView(parts: ReadonlyMap<string, Buffer>): Map<string, Buffer> {
  const out = new Map(parts);
  for (const name of parts.keys()) if (DRAWING_PART.test(name) || /^xl\/drawings\/_rels\/[^/]+\.xml\.rels$/.test(name)) out.delete(name);
  const fresh = (stem: string, extension: string) => {
    for (let n = 1; ; n++) if (!out.has(`${stem}${n}${extension}`)) return `${stem}${n}${extension}`;
  };
  for (const [name, data] of parts) {
    const source = sourceOfRels(name);
    if (source === null || !mayNeedRenaming(data)) continue;
    const rels = new RelsPart(source, data.toString('utf8'));
    const changed = rels.retargeted((r) => {
      if (r.external) return null;
      if (r.type === DRAWING) return NO_DRAWING;
      let part = r.part;
      const content = parts.get(part);
      if (content && r.type === REL.comments && !EXCELJS_COMMENTS.test(part)) {
        part = fresh('xl/comments', '.xml');
        out.set(part, content);
      } else if (content && r.type === REL.vmlDrawing && !EXCELJS_VML.test(part)) {
        part = fresh('xl/drawings/vmlDrawing', '.vml');
        out.set(part, content);
      }
      // Every target relative, as ExcelJS writes them (openpyxl writes `/xl/…`).
      return rels.targetOf(part);
    });
    if (changed !== null) out.set(name, Buffer.from(changed, 'utf8'));
  }
  return out;
}

/** The parts as a zip, stored as they are (no deflating: ExcelJS reads them at once). */
function storedZip(parts: ReadonlyMap<string, Buffer>): Buffer {
  const stored = [...parts].map(([name, data]) => ({ name, method: 0, crc: zlib.crc32(data) >>> 0, size: data.length, raw: data, modified: DOS_EPOCH }));
  return writeZip(stored, new Map(), new Map());
}

/** The workbook in the file, read by ExcelJS through the view above. */
export async function openThroughView(file: string): Promise<ExcelJS.Workbook> {
  const checked = inspectXlsx(await fs.readFile(file));
  if (!checked.ok) throw new Error(`${file}: ${checked.problem}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(storedZip(exceljsView(checked.parts)) as unknown as ExcelJS.Buffer);
  return wb;
}
