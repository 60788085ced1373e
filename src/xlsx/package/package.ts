// The workbook file as a package of parts, read and patched: the parts we read or change are read
// with a real XML parser, once; the parts we change are spliced (see ./xml), the parts we add are
// written whole, and every other part is copied into the output as the input stored it.
import type { GuardPass, TrimmedTail } from '../guard';
import type { ReadContext } from '../read/cells';
import { sharedStrings } from '../read/strings';
import { VmlPart } from './notes';
import { CONTENT_TYPE, ContentTypesPart, isWorksheet, REL, RelsPart, relsPathOf } from './rels';
import { SheetEditor, type SheetPackage } from './sheetEditor';
import { StylePart } from './styles';
import { WorkbookPart } from './workbook';
import { digestOf, type PartDigests } from './digests';
import { decodePart, encodePart, encodingOf, UTF8 } from './encoding';
import { escapeSheetText } from './xml';
import { writeZip } from './zip';

const CONTENT_TYPES = '[Content_Types].xml';

export class XlsxPackage implements SheetPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Map<string, Buffer | null>();
  private readonly added = new Map<string, Buffer>();
  private readonly editors = new Map<string, SheetEditor>();
  private readonly savers: (() => void)[] = [];
  /** The savers of the parts that list other parts (workbook, its relationships, content types): they run last, after any part is added. */
  private readonly listSavers: (() => void)[] = [];
  private workbookPart: WorkbookPart | undefined;
  private workbookRelsPart: RelsPart | undefined;
  private contentTypesPart: ContentTypesPart | undefined;
  private stylePart: StylePart | undefined;
  private shapeBlocks: number[] | undefined;
  private recalculate = false;
  private backup: { name: string; chunks: (digests: PartDigests) => readonly string[] } | undefined;
  private readonly reserved = new Set<string>();
  private strings: readonly string[] | undefined;
  private context: ReadContext | undefined;

  constructor(private readonly input: GuardPass) {}

  /** The worksheets' empty tails the loading step cut (the scored copy keeps them). */
  get trimmed(): readonly TrimmedTail[] {
    return this.input.trimmed;
  }

  /** The workbook part, as the package's relationships name it. */
  private get workbookName(): string {
    return this.input.workbook ?? 'xl/workbook.xml';
  }

  /** Worksheet part → sheet name. */
  get sheetNames(): ReadonlyMap<string, string> {
    return this.input.sheetNames;
  }

  isTrimmed(part: string): boolean {
    return this.input.untrimmed.has(part);
  }

  /** A part's text as the loading step checked it (worksheets trimmed), or null. */
  readText(part: string): string | null {
    if (!this.isTrimmed(part)) return this.text(part);
    const data = this.input.parts.get(part);
    return data === undefined ? null : decodePart(data);
  }

  /** The name the input gives a part named so by a relationship (`%20` read, case ignored); the name itself for one it lacks. */
  private nameOf(part: string): string {
    return this.input.names.find(part) ?? part;
  }

  /** What cells are read against: the shared strings, the style sheet and the date system, each read when first needed. */
  get readContext(): ReadContext {
    this.context ??= {
      strings: () => (this.strings ??= this.sharedStrings()),
      styles: () => (this.stylesName() === null ? null : this.styles),
      date1904: this.workbook.date1904,
    };
    return this.context;
  }

  private sharedStrings(): readonly string[] {
    const rel = this.workbookRels.find(REL.sharedStrings);
    const xml = this.text(rel?.part ?? 'xl/sharedStrings.xml');
    return xml === null ? [] : sharedStrings(xml);
  }

  /** The style sheet's part, or null for a workbook without one. */
  private stylesName(): string | null {
    const rel = this.workbookRels.relationships.find((r) => r.type.endsWith('/styles'));
    const name = this.nameOf(rel?.part ?? 'xl/styles.xml');
    return this.input.parts.has(name) || this.added.has(name) ? name : null;
  }

  /** The worksheets in the workbook's order. */
  get worksheets(): SheetEditor[] {
    return this.workbook.sheets.map((s) => this.sheet(s.name)).filter((e): e is SheetEditor => e !== null);
  }

  /** A part's text as the input holds it (worksheets untrimmed), or null when there is no such part. */
  text(part: string): string | null {
    const name = this.nameOf(part);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const data = this.input.untrimmed.get(name) ?? this.input.parts.get(name) ?? this.added.get(name);
    if (!data) return null;
    const text = decodePart(data);
    this.texts.set(name, text);
    return text;
  }

  private has(part: string): boolean {
    const name = this.nameOf(part);
    return (this.input.parts.has(name) && this.changed.get(name) !== null) || this.added.has(name);
  }

  /** `xl/comments` + n + `.xml` with the first n no part has. */
  freshName(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${extension}`;
      if (!this.has(name) && !this.reserved.has(name)) {
        this.reserved.add(name);
        return name;
      }
    }
  }

  /** An o:idmap block no VML drawing of the workbook uses. */
  freshShapeBlock(): number {
    if (!this.shapeBlocks) {
      this.shapeBlocks = [];
      for (const name of this.input.parts.keys()) if (name.endsWith('.vml')) this.shapeBlocks.push(...VmlPart.idBlocks(this.text(name) ?? ''));
    }
    const block = Math.max(0, ...this.shapeBlocks) + 1;
    this.shapeBlocks.push(block);
    return block;
  }

  get workbook(): WorkbookPart {
    if (!this.workbookPart) {
      this.workbookPart = new WorkbookPart(this.text(this.workbookName) ?? '');
      this.listSavers.push(() => this.put(this.workbookName, this.workbookPart!.toXml()));
    }
    return this.workbookPart;
  }

  get workbookRels(): RelsPart {
    if (!this.workbookRelsPart) {
      const name = relsPathOf(this.workbookName);
      this.workbookRelsPart = new RelsPart(this.workbookName, this.text(name));
      this.listSavers.push(() => {
        if (this.workbookRelsPart!.changed) this.put(name, this.workbookRelsPart!.toXml());
      });
    }
    return this.workbookRelsPart;
  }

  get contentTypes(): ContentTypesPart {
    if (!this.contentTypesPart) {
      this.contentTypesPart = new ContentTypesPart(this.text(CONTENT_TYPES) ?? '');
      this.listSavers.push(() => this.put(CONTENT_TYPES, this.contentTypesPart!.toXml()));
    }
    return this.contentTypesPart;
  }

  /** The style sheet; a package without one (Excel opens such files) gets one when a format is added. */
  get styles(): StylePart {
    if (!this.stylePart) {
      const existing = this.stylesName();
      this.stylePart = new StylePart(existing === null ? null : this.text(existing));
      this.onSave(() => {
        if (!this.stylePart!.changed) return;
        let name = existing;
        if (name === null) {
          name = this.has('xl/styles.xml') ? this.freshName('xl/styles', '.xml') : 'xl/styles.xml';
          this.workbookRels.add(REL.styles, name);
          this.contentTypes.addOverride(name, CONTENT_TYPE.styles);
        }
        this.put(name, this.stylePart!.toXml());
      });
    }
    return this.stylePart;
  }

  /** The worksheet of that name, ready to read and patch; null when there is none. */
  sheet(name: string): SheetEditor | null {
    const known = this.editors.get(name);
    if (known) return known;
    const entry = this.workbook.sheet(name);
    const rel = entry ? this.workbookRels.byId(entry.relId) : undefined;
    // A chart or dialog sheet (a tab of the workbook too) holds no cells: not a worksheet.
    const part = rel && !rel.external && isWorksheet(rel.type) ? this.input.names.find(rel.part) : null;
    if (part === null) return null;
    const editor = new SheetEditor(this, name, part);
    this.editors.set(name, editor);
    this.onSave(() => editor.save());
    return editor;
  }

  /** Asks Excel to recalculate formulas on opening (the cells we wrote feed them). */
  recalculateOnOpen(): void {
    this.recalculate = true;
  }

  /**
   * Drops the calculation chain: Excel rebuilds it, and one that names a cell whose formula we
   * replaced by a figure is a file Excel offers to repair.
   */
  dropCalcChain(): void {
    const rel = this.workbookRels.find(REL.calcChain);
    if (!rel) return;
    this.workbookRels.remove(rel.id);
    this.contentTypes.removeOverride(rel.part);
    this.drop(rel.part);
  }

  /**
   * The backup sheet holding these texts down column A (its own part, very hidden), added when
   * missing, replaced when there, removed when there are none. Scoring several sheets sets it once
   * per sheet: only the last texts are written, when the package is saved — made then, from the
   * digests of the package as saved.
   */
  writeBackupSheet(name: string, chunks: (digests: PartDigests) => readonly string[]): void {
    this.backup = { name, chunks };
  }

  /** The parts a cell's XML points into by number: the shared strings, the style sheet, the cell metadata. */
  private indexedParts(): { strings: string | null; styles: string | null; metadata: string | null } {
    const find = (type: string) => {
      const rel = this.workbookRels.relationships.find((r) => !r.external && r.type.endsWith(type));
      return rel ? this.input.names.find(rel.part) : null;
    };
    return { strings: find('/sharedStrings'), styles: this.stylesName(), metadata: find('/sheetMetadata') };
  }

  /** The digests of those parts as the package was read (or, `saved`, as it is being saved). */
  digests(saved = false): PartDigests {
    const parts = this.indexedParts();
    const bytes = (name: string | null): Buffer | null => {
      if (name === null) return null;
      if (saved && this.changed.has(name)) return this.changed.get(name) ?? null;
      return this.input.untrimmed.get(name) ?? this.input.parts.get(name) ?? this.added.get(name) ?? null;
    };
    const styles = saved && this.stylePart?.changed ? encodePart(this.stylePart.toXml(), parts.styles ? encodingOf(this.input.parts.get(parts.styles)!) : UTF8) : bytes(parts.styles);
    return { strings: digestOf(bytes(parts.strings)), styles: digestOf(styles), metadata: digestOf(bytes(parts.metadata)) };
  }

  private putBackupSheet(name: string, chunks: readonly string[]): void {
    const entry = this.workbook.sheet(name);
    const part = entry ? this.workbookRels.byId(entry.relId)?.part : undefined;
    if (chunks.length === 0) {
      this.removeWorksheet(name);
      return;
    }
    const xml = backupSheetXml(chunks);
    if (part) this.put(part, xml);
    else this.addWorksheet(name, xml, 'veryHidden');
  }

  /** Adds a worksheet after the others, its part holding `xml`: very hidden (the backup) or visible (the 评价结论). */
  addWorksheet(name: string, xml: string, state: 'veryHidden' | 'visible'): void {
    const fresh = this.freshName('xl/worksheets/sheet', '.xml');
    this.workbook.addSheet(name, this.workbookRels.add(REL.worksheet, fresh), state);
    this.contentTypes.addOverride(fresh, CONTENT_TYPE.worksheet);
    this.put(fresh, xml);
  }

  /** Puts `xml` into a worksheet's part, the sheet keeping its place, name and relationships. */
  replaceWorksheet(name: string, xml: string): void {
    const entry = this.workbook.sheet(name);
    const rel = entry ? this.workbookRels.byId(entry.relId) : undefined;
    if (!rel || rel.external || !isWorksheet(rel.type)) throw new Error(`no worksheet ${name}`);
    this.put(rel.part, xml);
  }

  /** Takes a worksheet out of the package: its entry, its relationship and content type, its part and the part's relationships. */
  removeWorksheet(name: string): void {
    const entry = this.workbook.sheet(name);
    if (!entry) return;
    const part = this.workbookRels.byId(entry.relId)?.part;
    this.workbook.removeSheet(name);
    this.workbookRels.remove(entry.relId);
    if (part) {
      this.contentTypes.removeOverride(part);
      this.drop(part);
      const rels = relsPathOf(part);
      if (this.has(rels)) this.drop(rels);
    }
  }

  /** A worksheet's part as the input holds it, by the sheet's name; null when there is no such worksheet. */
  worksheetText(name: string): string | null {
    const entry = this.workbook.sheet(name);
    const rel = entry ? this.workbookRels.byId(entry.relId) : undefined;
    return rel && !rel.external && isWorksheet(rel.type) ? this.text(rel.part) : null;
  }

  onSave(f: () => void): void {
    this.savers.push(f);
  }

  /** Sets a part's new content (adding it when the input has none). */
  put(part: string, text: string): void {
    const name = this.nameOf(part);
    const before = this.input.untrimmed.get(name) ?? this.input.parts.get(name);
    // In the encoding the part came in (a UTF-16 part stays UTF-16, as its declaration says).
    const data = encodePart(text, before ? encodingOf(before) : UTF8);
    if (before) this.changed.set(name, data);
    else this.added.set(name, data);
  }

  /** Takes a part out of the package. */
  drop(part: string): void {
    const name = this.nameOf(part);
    if (this.input.parts.has(name)) this.changed.set(name, null);
    this.added.delete(name);
  }

  /** The patched package as file bytes. */
  toBuffer(): Buffer {
    if (this.recalculate) this.workbook.recalculateOnOpen();
    // Before the savers: it changes the workbook, its relationships and the content types they write.
    if (this.backup) this.putBackupSheet(this.backup.name, this.backup.chunks(this.digests(true)));
    this.backup = undefined;
    while (this.savers.length) this.savers.shift()!();
    while (this.listSavers.length) this.listSavers.shift()!();
    // A part whose new text is its old one is copied as stored.
    for (const [part, data] of this.changed) {
      const before = this.input.untrimmed.get(part) ?? this.input.parts.get(part);
      if (data && before && data.equals(before)) this.changed.delete(part);
    }
    return writeZip(this.input.stored, this.changed, this.added);
  }
}

/** The backup sheet: the texts down column A as inline strings, so no other part changes. */
function backupSheetXml(chunks: readonly string[]): string {
  const rows = chunks.map((chunk, i) => {
    // `_x` never reaches the sheet: Excel would read `_xHHHH_` in the JSON as an escaped character.
    const text = escapeSheetText(chunk.replace(/_x/g, '\\u005fx'));
    return `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c></row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}
