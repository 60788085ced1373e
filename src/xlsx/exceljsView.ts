// The parts as ExcelJS is given them to read. ExcelJS follows only the part names and relative
// targets it writes itself, and fails on others writers' (openpyxl: absolute targets,
// xl/comments/comment1.xml, drawings it cannot parse). Its copy is therefore renamed to its own
// conventions, and drawings (images, charts, shapes: scoring reads none of them) are kept from it.
// Only ExcelJS's view changes: the scored file is patched from the parts as they were.
import { REL, RelsPart } from './patch/rels';

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

export function exceljsView(parts: ReadonlyMap<string, Buffer>): Map<string, Buffer> {
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
