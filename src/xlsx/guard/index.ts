// The defences of the loading step: a workbook file is examined before any part is read. The reader
// holds every part it reads in memory and builds an object for every row and cell it meets (and, for
// the core, a grid as large as the merged areas reach), so a zip bomb, a million-row sheet or a merge
// over a whole sheet would take the process down. Here the zip's central directory is read (./zip:
// no unsafe or duplicate names), every part is inflated with a hard limit on its output, XML that
// declares a DOCTYPE (external or expanding entities) is refused, and every part the reader will
// parse — found as it finds them, through the relationships from the package's root, wherever they
// are stored — is counted from the parser's own events (./count): rows, cells and merged cells of
// each worksheet, elements of the others. A worksheet that is mostly empty formatting (a used range
// reaching XFD1048576) is not refused: the empty rows trailing after its last row with content are
// cut down to LIMITS.emptyTailRows, and the caller is told.
import { decodedPieces, decodePart, encodePart, encodingOf } from '../package/encoding';
import { PartNames } from '../package/partNames';
import { isWorksheet, REL, RelsPart, relsPathOf } from '../package/rels';
import { WorkbookPart } from '../package/workbook';
import { XmlSyntaxError } from '../package/xml';
import type { DosTime } from '../package/zipTime';
import { countElements, countWorksheet, type Counted, type TrimmedTail } from './count';
import { LIMITS, refuse, type GuardRefusal } from './limits';
import { centralDirectory, unpack } from './zip';

export { LIMITS } from './limits';
export type { GuardProblem, GuardRefusal } from './limits';
export type { TrimmedTail } from './count';
export { declaredUnpackedSize } from './zip';

/** One part as the zip stores it, for copying into a patched package without inflating it again. */
export interface StoredPart {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The compressed bytes, as in the input file. */
  readonly raw: Buffer;
  /** The entry's time, as the input stored it (written back unchanged). */
  readonly modified: DosTime;
}

export interface GuardPass {
  readonly ok: true;
  /** The parts, unpacked and checked (worksheets trimmed), by name. */
  readonly parts: Map<string, Buffer>;
  /** The parts' names, found by any spelling a relationship may give them. */
  readonly names: PartNames;
  /** The workbook part the package's relationships name (`xl/workbook.xml`), or null when it has none. */
  readonly workbook: string | null;
  /** Every entry in the order of the zip's central directory, compressed as it was. */
  readonly stored: readonly StoredPart[];
  /** The worksheets that were trimmed, as they were before trimming (the scored copy keeps their rows). */
  readonly untrimmed: ReadonlyMap<string, Buffer>;
  readonly trimmed: readonly TrimmedTail[];
  /** Worksheet part (`xl/worksheets/sheet1.xml`) → sheet name (指标体系). */
  readonly sheetNames: ReadonlyMap<string, string>;
}

const XML_PART = /\.(xml|rels|vml)$/i;
const DOCTYPE_MARKS = ['<!DOCTYPE', '<!ENTITY'].flatMap((t) => [Buffer.from(t, 'latin1'), Buffer.from(t, 'utf16le'), Buffer.from(t, 'utf16le').swap16()]);

function declaresDoctype(xml: Buffer): boolean {
  return DOCTYPE_MARKS.some((mark) => xml.indexOf(mark) >= 0);
}

/** Compression beyond this ratio, on a part over the size limit, marks a zip bomb. */
const BOMB_RATIO = 100;

const OFFICE_DOCUMENT = /\/relationships\/officeDocument$/;

/** What the reader parses, found as it finds it: the workbook, its sheets and their notes, the shared strings and styles. */
interface Reached {
  readonly workbook: string | null;
  /** Worksheet parts in the workbook's order, each with its sheet's name. */
  readonly worksheets: Map<string, string>;
  /** Every other part the reader parses. */
  readonly others: Set<string>;
}

type Read = (part: string) => string | GuardRefusal | null;
const refused = (x: unknown): x is GuardRefusal => typeof x === 'object' && x !== null;

/** The workbook part and its worksheets, found from the package's root as the reader finds them. */
function sheetsOf(names: PartNames, read: Read): Pick<Reached, 'workbook' | 'worksheets'> & { rels: RelsPart | null } | GuardRefusal {
  const worksheets = new Map<string, string>();
  const root = read('_rels/.rels');
  if (refused(root)) return root;
  const named = root === null ? undefined : new RelsPart('', root).relationships.find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external)?.part;
  const workbook = names.find(named ?? 'xl/workbook.xml');
  if (workbook === null) return { workbook, worksheets, rels: null };
  const wbXml = read(workbook);
  const relsXml = read(relsPathOf(workbook));
  if (refused(wbXml)) return wbXml;
  if (refused(relsXml)) return relsXml;
  const rels = new RelsPart(workbook, relsXml);
  for (const sheet of new WorkbookPart(wbXml ?? '').sheets) {
    const rel = rels.byId(sheet.relId);
    const part = rel && !rel.external && isWorksheet(rel.type) ? names.find(rel.part) : null;
    if (part !== null && !worksheets.has(part)) worksheets.set(part, sheet.name);
  }
  return { workbook, worksheets, rels };
}

/** Follows the relationships from the package's root as the reader does, counting the parts that name parts on the way. */
function reach(names: PartNames, read: Read): Reached | GuardRefusal {
  const found = sheetsOf(names, read);
  if ('ok' in found) return found;
  const others = new Set<string>();
  for (const r of found.rels?.relationships ?? []) if (!r.external && (r.type === REL.sharedStrings || r.type === REL.styles)) others.add(r.part);
  for (const sheet of found.worksheets.keys()) {
    const ownXml = read(relsPathOf(sheet));
    if (refused(ownXml)) return ownXml;
    for (const r of new RelsPart(sheet, ownXml).relationships) {
      if (!r.external && (r.type === REL.comments || r.type === REL.vmlDrawing || r.type === REL.threadedComment)) others.add(r.part);
    }
  }
  return { workbook: found.workbook, worksheets: found.worksheets, others };
}

/** The sheet names, for a refusal's message, as far as the parts that give them can be read safely. */
function sheetNamesFor(names: PartNames, text: (part: string) => string | null, unsafe: ReadonlySet<string>): ReadonlyMap<string, string> {
  try {
    const found = sheetsOf(names, (part) => (unsafe.has(names.find(part) ?? part) ? null : text(part)));
    return 'ok' in found ? new Map() : found.worksheets;
  } catch {
    return new Map();
  }
}

/** Examines a workbook file's bytes (already known to start like a zip). */
export function inspectXlsx(data: Buffer): GuardPass | GuardRefusal {
  const found = centralDirectory(data);
  if (!Array.isArray(found)) return found;
  // Declared sizes first, before anything is inflated. A part far bigger than the limit that
  // compresses like a real sheet (under 100:1) is a sheet too big to score; one that compresses
  // better than that is a bomb. All parts together are held to the total.
  const declared = found.reduce((sum, e) => sum + e.declaredSize, 0);
  for (const e of found) {
    if (e.declaredSize <= LIMITS.partBytes) continue;
    const bomb = e.declaredSize > BOMB_RATIO * Math.max(1, e.compressedSize);
    return refuse(bomb ? 'zip-bomb' : 'too-large', { part: e.name, count: e.declaredSize, limit: LIMITS.partBytes, detail: 'part' });
  }
  if (declared > LIMITS.totalBytes) return refuse('zip-bomb', { count: declared, limit: LIMITS.totalBytes, detail: 'total' });
  const parts = new Map<string, Buffer>();
  const stored: StoredPart[] = [];
  const unsafe = new Set<string>();
  for (const e of found) {
    if (e.name.endsWith('/')) continue;
    const unpacked = unpack(data, e, LIMITS.partBytes);
    if ('ok' in unpacked) return unpacked;
    stored.push({ name: e.name, method: e.method, crc: e.crc, size: e.declaredSize, raw: unpacked.stored, modified: e.modified });
    if (XML_PART.test(e.name) && declaresDoctype(unpacked.out)) unsafe.add(e.name);
    parts.set(e.name, unpacked.out);
  }
  const names = new PartNames(parts.keys());
  const text = (part: string): string | null => {
    const name = names.find(part);
    const bytes = name === null ? undefined : parts.get(name);
    return bytes === undefined ? null : decodePart(bytes);
  };
  // No part with a DOCTYPE is ever parsed: the refusal names its sheet from the parts without one.
  if (unsafe.size) {
    const [part] = unsafe;
    return refuse('unsafe-xml', { part, sheetNames: sheetNamesFor(names, text, unsafe) });
  }
  const counted: Counted = { cells: 0, merged: 0, elements: 0 };
  const read: Read = (part) => {
    const xml = text(part);
    return xml === null ? null : (countElements(names.find(part)!, xml, counted) ?? xml);
  };
  let reached: Reached | GuardRefusal;
  try {
    reached = reach(names, read);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    return refuse('corrupt', { detail: e.message });
  }
  if ('ok' in reached) return reached;
  const sheetNames = reached.worksheets;
  const untrimmed = new Map<string, Buffer>();
  const trimmed: TrimmedTail[] = [];
  for (const part of sheetNames.keys()) {
    const bytes = parts.get(part)!;
    const checked = countWorksheet(part, () => decodedPieces(bytes), counted);
    if ('ok' in checked) return { ...checked, sheetNames };
    if (checked.trimmed) {
      trimmed.push(checked.trimmed.tail);
      untrimmed.set(part, bytes);
      parts.set(part, encodePart(checked.trimmed.xml, encodingOf(bytes)));
    }
  }
  for (const other of reached.others) {
    const name = names.find(other);
    const bytes = name === null ? undefined : parts.get(name);
    const refusal = bytes === undefined ? null : countElements(name!, decodedPieces(bytes), counted);
    if (refusal) return { ...refusal, sheetNames };
  }
  return { ok: true, parts, names, workbook: reached.workbook, stored, untrimmed, trimmed, sheetNames };
}
