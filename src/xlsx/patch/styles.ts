// The style sheet (xl/styles.xml), read for what a cell format (`<xf>`) shows — its number format
// and its fill — and added to: the cell formats our cells need are appended to cellXfs — with the
// fills and number formats they name appended to theirs, or with text wrapped — and found again
// rather than added twice. Nothing already there is changed, so every existing cell keeps its look.
import type ExcelJS from 'exceljs';
import { decodeFill } from '../fills';
import { builtInFormat, isDateFormat } from '../read/formats';
import { applySplices, elementsOf, escapeAttribute, scanXml, setAttributes, startTag } from './xml';
import type { Splice, XmlElement } from './xml';

/** Number formats every Excel knows by id, as the core names them. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };
/** Ids from here on are a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;

interface Appendable {
  el: XmlElement | undefined;
  /** Element texts already there, by index. */
  readonly items: string[];
  readonly added: string[];
}

/** What one cell format is made of, by the attributes that name its number format and fill. */
export interface XfParts {
  readonly numFmtId: number;
  readonly fillId: number;
}

export class StylePart {
  private readonly fills: Appendable = { el: undefined, items: [], added: [] };
  private readonly xfs: Appendable = { el: undefined, items: [], added: [] };
  /** Each cell format's elements (the xf, then its children), parsed from its text when first asked. */
  private readonly xfParsed = new Map<number, XmlElement[]>();
  private numFmts: XmlElement | undefined;
  private readonly formats = new Map<string, number>();
  /** The workbook's own number formats, by id. */
  private readonly codes = new Map<number, string>();
  /** Each fill as ExcelJS models it (undefined for one we cannot read), by fillId. */
  private readonly fillModels: (ExcelJS.Fill | undefined)[] = [];
  private readonly addedFormats: { id: number; code: string }[] = [];
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private root!: XmlElement;
  private readonly prefix: string;

  constructor(readonly xml: string) {
    const fills = new FillModels();
    scanXml(xml, (el) => {
      const parent = el.parent?.local;
      if (el.local === 'numFmt' && parent === 'numFmts') {
        const id = Number(el.attributes.numFmtId);
        if (!this.formats.has(el.attributes.formatCode)) this.formats.set(el.attributes.formatCode, id);
        this.codes.set(id, el.attributes.formatCode);
        this.nextFormat = Math.max(this.nextFormat, id + 1);
      } else if (el.local === 'fill' && parent === 'fills') {
        this.fills.items.push(xml.slice(el.start, el.end));
        this.fillModels.push(fills.take(el));
      } else if (fills.visit(el)) return;
      else if (el.local === 'xf' && parent === 'cellXfs') this.xfs.items.push(xml.slice(el.start, el.end));
      else if (el.local === 'fills') this.fills.el = el;
      else if (el.local === 'cellXfs') this.xfs.el = el;
      else if (el.local === 'numFmts') this.numFmts = el;
      else if (el.parent === null) this.root = el;
    });
    this.prefix = this.root.name.includes(':') ? this.root.name.slice(0, this.root.name.indexOf(':') + 1) : '';
  }

  /** The number format cell format `index` shows; null for General (however a writer spells it). */
  numberFormatOf(index: number): string | null {
    const id = this.partsOf(index).numFmtId;
    const code = this.codes.get(id) ?? builtInFormat(id);
    return code !== undefined && code !== '' && code.toLowerCase() !== 'general' ? code : null;
  }

  /** Whether cell format `index` shows its number as a date (or a time). */
  showsDate(index: number): boolean {
    const code = this.numberFormatOf(index);
    return code !== null && isDateFormat(code);
  }

  /** The fill of cell format `index`, as ExcelJS models fills (the adapter's encoding is made from it). */
  fillOf(index: number): ExcelJS.Fill | undefined {
    return this.fillModels[this.partsOf(index).fillId];
  }

  /** Cell format `index` (else the first) as its text and its elements, offsets into that text; appended ones too. */
  private xf(index: number): { text: string; elements: XmlElement[] } {
    const at = index in this.xfs.items ? index : 0;
    const text = this.xfs.items[at];
    // Read, a style sheet may lack cell formats (partsOf then reads none); changed, it cannot.
    if (text === undefined) throw new Error('styles.xml without cellXfs');
    let elements = this.xfParsed.get(at);
    if (!elements) this.xfParsed.set(at, (elements = elementsOf(text)));
    return { text, elements };
  }

  /** The number format id and fill id of cell format `index` (0 for a format that is not there). */
  partsOf(index: number): XfParts {
    const a = index in this.xfs.items ? this.xf(index).elements[0].attributes : {};
    return { numFmtId: Number(a.numFmtId ?? 0), fillId: Number(a.fillId ?? 0) };
  }

  /** The `<alignment>` of cell format `index`, if it has one. */
  private alignmentOf(index: number): XmlElement | undefined {
    const [xf, ...children] = this.xf(index).elements;
    return children.find((el) => el.local === 'alignment' && el.parent === xf);
  }

  /** Whether cell format `index` wraps text. */
  wraps(index: number): boolean {
    const wrap = this.alignmentOf(index)?.attributes.wrapText;
    return wrap === '1' || wrap === 'true';
  }

  /** Cell format `base` with text wrapped or not, added when no format is exactly that. */
  withWrap(base: number, wrap: boolean): number {
    if (this.wraps(base) === wrap) return base;
    const { text, elements } = this.xf(base);
    const xf = elements[0];
    const alignment = this.alignmentOf(base);
    if (alignment) {
      const splices = [setAttributes(alignment, { wrapText: wrap ? '1' : null }), ...(wrap ? [setAttributes(xf, { applyAlignment: '1' })] : [])];
      return this.indexOf(this.xfs, applySplices(text, splices));
    }
    // Not wrapped for want of an alignment, so wrapping: one is added as the xf's first child (CT_Xf).
    const open = startTag(xf.name, { ...xf.attributes, applyAlignment: '1' });
    const rest = xf.selfClosing ? `</${xf.name}>` : text.slice(xf.openEnd);
    return this.indexOf(this.xfs, `${open}<${this.prefix}alignment wrapText="1"/>${rest}`);
  }

  /** The id of a number format (as the core names it; null is General), added when missing. */
  numberFormatId(code: string | null): number {
    if (code === null) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.addedFormats.push({ id, code });
    return id;
  }

  /** The id of a fill (in the adapter's encoding: `#RRGGBB`, ExcelJS's model as JSON, or null), added when missing. */
  fillId(encoded: string | null): number {
    return this.indexOf(this.fills, fillXml(this.prefix, decodeFill(encoded)));
  }

  /** Cell format `base` with its number format and fill replaced, added when no format is exactly that. */
  xfWith(base: number, parts: XfParts): number {
    const now = this.partsOf(base);
    if (now.numFmtId === parts.numFmtId && now.fillId === parts.fillId) return base;
    const { text, elements } = this.xf(base);
    const changes: Record<string, string> = { numFmtId: String(parts.numFmtId), fillId: String(parts.fillId) };
    if (parts.numFmtId !== now.numFmtId) changes.applyNumberFormat = '1';
    if (parts.fillId !== now.fillId) changes.applyFill = '1';
    return this.indexOf(this.xfs, applySplices(text, [setAttributes(elements[0], changes)]));
  }

  private indexOf(list: Appendable, text: string): number {
    const at = list.items.indexOf(text);
    if (at >= 0) return at;
    list.items.push(text);
    list.added.push(text);
    return list.items.length - 1;
  }

  get changed(): boolean {
    return this.fills.added.length + this.xfs.added.length + this.addedFormats.length > 0;
  }

  result(): string {
    const splices: Splice[] = [];
    const append = (list: Appendable) => {
      if (!list.added.length) return;
      const el = list.el;
      // Read, a style sheet may lack them; added to, it cannot.
      if (!el) throw new Error('styles.xml without fills or cellXfs');
      splices.push(setAttributes(el, { count: String(list.items.length) }));
      if (el.selfClosing) throw new Error(`empty ${el.local} in styles.xml`);
      const at = el.end - `</${el.name}>`.length;
      splices.push({ from: at, to: at, text: list.added.join('') });
    };
    if (this.addedFormats.length) {
      const p = this.prefix;
      const added = this.addedFormats.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeAttribute(f.code)}"/>`).join('');
      if (this.numFmts && !this.numFmts.selfClosing) {
        const count = Number(this.numFmts.attributes.count ?? 0) + this.addedFormats.length;
        splices.push(setAttributes(this.numFmts, { count: String(count) }));
        const at = this.numFmts.end - `</${this.numFmts.name}>`.length;
        splices.push({ from: at, to: at, text: added });
      } else if (this.numFmts) {
        splices.push({ from: this.numFmts.start, to: this.numFmts.end, text: `${startTag(this.numFmts.name, { ...this.numFmts.attributes, count: String(this.addedFormats.length) })}${added}</${this.numFmts.name}>` });
      } else {
        // numFmts is the style sheet's first child.
        splices.push({ from: this.root.openEnd, to: this.root.openEnd, text: `<${p}numFmts count="${this.addedFormats.length}">${added}</${p}numFmts>` });
      }
    }
    append(this.fills);
    append(this.xfs);
    return applySplices(this.xml, splices);
  }
}

function colorXml(p: string, name: string, color: Partial<ExcelJS.Color> & { indexed?: number; tint?: number } | undefined): string {
  if (!color) return '';
  const a: Record<string, string> = {};
  if (color.argb !== undefined) a.rgb = color.argb;
  if (color.theme !== undefined) a.theme = String(color.theme);
  if (color.indexed !== undefined) a.indexed = String(color.indexed);
  if (color.tint !== undefined) a.tint = String(color.tint);
  return startTag(`${p}${name}`, a, true);
}

/** A fill as styles.xml writes it: the model ExcelJS reads a `<fill>` into, written back. */
function fillXml(p: string, fill: ExcelJS.Fill | undefined): string {
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
  if (fill.type === 'pattern') {
    // Our solid fills carry the background Excel writes with them (indexed 64, "system background").
    const bg = fill.bgColor ?? (fill.pattern === 'solid' ? ({ indexed: 64 } as never) : undefined);
    const inner = colorXml(p, 'fgColor', fill.fgColor) + colorXml(p, 'bgColor', bg);
    return `<${p}fill><${p}patternFill patternType="${fill.pattern}"${inner ? `>${inner}</${p}patternFill>` : '/>'}</${p}fill>`;
  }
  const g = fill as { gradient?: string; degree?: number; center?: Record<string, number | undefined>; stops?: { position: number; color: Partial<ExcelJS.Color> }[] };
  const attrs: Record<string, string> = {};
  if (g.gradient === 'path') {
    attrs.type = 'path';
    for (const side of ['left', 'right', 'top', 'bottom']) if (g.center?.[side] !== undefined) attrs[side] = String(g.center[side]);
  } else if (g.degree !== undefined) attrs.degree = String(g.degree);
  const stops = (g.stops ?? []).map((s) => `<${p}stop position="${s.position}">${colorXml(p, 'color', s.color)}</${p}stop>`).join('');
  return `<${p}fill>${startTag(`${p}gradientFill`, attrs)}${stops}</${p}gradientFill></${p}fill>`;
}

type Color = Partial<ExcelJS.Color> & { indexed?: number; tint?: number };

/** A colour element's model: rgb, else theme (with its tint), else indexed; undefined for `auto`. */
function colorOf(el: XmlElement): Color | undefined {
  const a = el.attributes;
  if (a.rgb) return { argb: a.rgb };
  if (a.theme) return { theme: parseInt(a.theme, 10), ...(a.tint ? { tint: parseFloat(a.tint) } : {}) };
  if (a.indexed) return { indexed: parseInt(a.indexed, 10) };
  return undefined;
}

/**
 * Fills read into the model ExcelJS gives them (keys in its order), so that a fill encodes as it
 * always has in the backups this program wrote. Elements come children first; each is folded into
 * its parent's model as it closes.
 */
class FillModels {
  private readonly colors = new Map<XmlElement, Record<string, Color>>();
  private readonly stops = new Map<XmlElement, { position: number; color?: Color }[]>();
  private readonly models = new Map<XmlElement, ExcelJS.Fill>();

  /** Takes in an element that is part of a fill; false for any other element. */
  visit(el: XmlElement): boolean {
    const parent = el.parent;
    if (!parent) return false;
    if ((el.local === 'fgColor' || el.local === 'bgColor') && parent.local === 'patternFill') {
      const color = colorOf(el);
      if (color) this.colors.set(parent, { ...this.colors.get(parent), [el.local]: color });
    } else if (el.local === 'color' && parent.local === 'stop') {
      const color = colorOf(el);
      if (color) this.colors.set(parent, { color });
    } else if (el.local === 'stop' && parent.local === 'gradientFill') {
      const list = this.stops.get(parent) ?? [];
      list.push({ position: parseFloat(el.attributes.position), ...this.colors.get(el) });
      this.stops.set(parent, list);
    } else if (el.local === 'patternFill' && parent.local === 'fill') {
      this.models.set(parent, { type: 'pattern', pattern: el.attributes.patternType, ...this.colors.get(el) } as ExcelJS.Fill);
    } else if (el.local === 'gradientFill' && parent.local === 'fill') {
      this.models.set(parent, { stops: this.stops.get(el) ?? [], ...gradientOf(el), type: 'gradient' } as unknown as ExcelJS.Fill);
    } else return false;
    return true;
  }

  /** The model of a `<fill>` whose parts were visited. */
  take(fill: XmlElement): ExcelJS.Fill | undefined {
    return this.models.get(fill);
  }
}

/** A gradient's kind and geometry, as ExcelJS reads them. */
function gradientOf(el: XmlElement): Record<string, unknown> {
  const a = el.attributes;
  if (a.degree) return { gradient: 'angle', degree: parseInt(a.degree, 10) };
  if (a.type !== 'path') return {};
  const at = (v: string | undefined) => (v ? parseFloat(v) : 0);
  const center: Record<string, number> = { left: at(a.left), top: at(a.top) };
  if (a.right !== a.left) center.right = at(a.right);
  if (a.bottom !== a.top) center.bottom = at(a.bottom);
  return { gradient: 'path', center };
}
