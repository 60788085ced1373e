// The style sheet (xl/styles.xml), read for what a cell format (`<xf>`) shows — its number format
// and its fill — and added to: the cell formats our cells need are appended to cellXfs — with the
// fills and number formats they name appended to theirs, or with text wrapped — and found again
// rather than added twice. Nothing already there is changed, so every existing cell keeps its look.
import type ExcelJS from 'exceljs';
import { decodeFill } from '../fills';
import { builtInFormat, isDateFormat } from '../read/formats';
import { applySplices, elementsOf, escapeAttribute, isTrue, scanXml, setAttributes, startTag } from './xml';
import type { Splice, XmlElement } from './xml';

/** Number formats every Excel knows by id, as the core names them. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };
/** Ids from here on are a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** A list of the style sheet (fills, cellXfs …): its element, its items' texts by index, the ones we add. */
interface Appendable {
  /** Its local name, for a list the style sheet lacks. */
  readonly local: string;
  el: XmlElement | undefined;
  /** Element texts already there, by index. */
  readonly items: string[];
  readonly added: string[];
  /**
   * What its first items must be before one of ours is added (Excel reserves fills 0 and 1; a cell
   * without a style shows cell format 0, which needs font 0 and border 0).
   */
  readonly base: readonly string[];
}

const list = (local: string, base: readonly string[]): Appendable => ({ local, el: undefined, items: [], added: [], base });

// CT_Stylesheet's children in their order (ECMA-376 §18.8.39): where a list the sheet lacks goes.
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A style sheet for a package without one: what Excel shows when there is none (Calibri 11, no fill, no border). */
const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

/** What one cell format is made of, by the attributes that name its number format and fill. */
export interface XfParts {
  readonly numFmtId: number;
  readonly fillId: number;
}

/** A cell format of our own: its font, whether it is bordered all round, and how its text is aligned. */
export interface OwnFormat {
  readonly font: { readonly name: string; readonly size: number; readonly bold: boolean };
  readonly border: boolean;
  readonly wrap: boolean;
  readonly horizontal?: 'left' | 'center';
}

export class StylePart {
  private readonly fonts = list('fonts', ['font']);
  private readonly fills = list('fills', ['fill', 'gray125']);
  private readonly borders = list('borders', ['border']);
  private readonly xfs = list('cellXfs', ['xf']);
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
  private readonly rootChildren: XmlElement[] = [];
  private readonly prefix: string;
  readonly xml: string;

  /** `xml` null: the package has no style sheet (one is written if a format is added). */
  constructor(xml: string | null) {
    this.xml = xml ?? EMPTY_STYLES;
    xml = this.xml;
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
      else if (el.local === 'xf' && parent === 'cellXfs') this.xfs.items.push(xml!.slice(el.start, el.end));
      else if (el.local === 'font' && parent === 'fonts') this.fonts.items.push(xml!.slice(el.start, el.end));
      else if (el.local === 'border' && parent === 'borders') this.borders.items.push(xml!.slice(el.start, el.end));
      else if (el.parent === null) this.root = el;
      else if (el.parent.parent === null) {
        this.rootChildren.push(el);
        const own = [this.fonts, this.fills, this.borders, this.xfs].find((l) => l.local === el.local);
        if (own) own.el = el;
        else if (el.local === 'numFmts') this.numFmts = el;
      }
    });
    this.prefix = this.root.name.includes(':') ? this.root.name.slice(0, this.root.name.indexOf(':') + 1) : '';
  }

  /** How many cell formats there are (a cell's `s` names one of them). */
  get cellFormats(): number {
    return this.xfs.items.length;
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
    // A style sheet without cell formats (it may lack them) is given Excel's default one to build on.
    if (this.xfs.items.length === 0) this.withBase(this.xfs);
    const at = index in this.xfs.items ? index : 0;
    const text = this.xfs.items[at];
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
    return isTrue(this.alignmentOf(index)?.attributes.wrapText);
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

  /** Cell format `base` with the border of cell format `like` (a cell bordered as its neighbour is), added when no format is exactly that. */
  withBorderOf(base: number, like: number): number {
    const borderOf = (index: number) => (index in this.xfs.items ? Number(this.xf(index).elements[0].attributes.borderId ?? 0) : 0);
    const border = borderOf(like);
    if (borderOf(base) === border || !(base in this.xfs.items)) return base;
    const { text, elements } = this.xf(base);
    return this.indexOf(this.xfs, applySplices(text, [setAttributes(elements[0], { borderId: String(border), applyBorder: '1' })]));
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

  /** The size of cell format `index`'s type, in points: its font's, else the default font's (the style sheet's first), else 11. */
  fontSizeOf(index: number): number {
    const sizeIn = (font: string | undefined) => Number(font === undefined ? undefined : elementsOf(font).find((el) => el.local === 'sz')?.attributes.val);
    const fontId = index in this.xfs.items ? Number(this.xf(index).elements[0].attributes.fontId ?? 0) : 0;
    const own = sizeIn(this.fonts.items[fontId]);
    if (own > 0) return own;
    const base = sizeIn(this.fonts.items[0]);
    return base > 0 ? base : 11;
  }

  /**
   * A cell format of our own for a sheet we add (the 评价结论): its font, a thin border all round or none,
   * its alignment; added, with its font and border, when no format is exactly that.
   */
  ownFormat(f: OwnFormat): number {
    const p = this.prefix;
    const font = `<${p}font>${f.font.bold ? `<${p}b/>` : ''}<${p}sz val="${f.font.size}"/><${p}name val="${escapeAttribute(f.font.name)}"/><${p}charset val="134"/></${p}font>`;
    const edges = ['left', 'right', 'top', 'bottom'].map((e) => (f.border ? `<${p}${e} style="thin"/>` : `<${p}${e}/>`)).join('');
    const fontId = this.indexOf(this.fonts, font);
    const borderId = this.indexOf(this.borders, `<${p}border>${edges}<${p}diagonal/></${p}border>`);
    this.withBase(this.fills);
    const alignment = startTag(`${p}alignment`, { ...(f.horizontal ? { horizontal: f.horizontal } : {}), vertical: 'top', ...(f.wrap ? { wrapText: '1' } : {}) }, true);
    return this.indexOf(this.xfs, `<${p}xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="${borderId}" applyFont="1" applyBorder="1" applyAlignment="1">${alignment}</${p}xf>`);
  }

  private indexOf(list: Appendable, text: string): number {
    const at = list.items.indexOf(text);
    if (at >= 0) return at;
    this.withBase(list);
    list.items.push(text);
    list.added.push(text);
    return list.items.length - 1;
  }

  /** The list's reserved first items, added where it lacks them (and, for cell formats, the font and border format 0 names). */
  private withBase(list: Appendable): void {
    if (list === this.xfs && list.items.length === 0) {
      this.withBase(this.fonts);
      this.withBase(this.fills);
      this.withBase(this.borders);
    }
    const p = this.prefix;
    const texts: Record<string, string> = {
      font: `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
      fill: `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
      gray125: `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
      border: `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
      xf: `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`,
    };
    for (let i = list.items.length; i < list.base.length; i++) {
      const text = texts[list.base[i]];
      list.items.push(text);
      list.added.push(text);
      if (list === this.fills) this.fillModels.push({ type: 'pattern', pattern: i === 0 ? 'none' : 'gray125' } as ExcelJS.Fill);
    }
  }

  get changed(): boolean {
    return [this.fonts, this.fills, this.borders, this.xfs].some((l) => l.added.length > 0) || this.addedFormats.length > 0;
  }

  toXml(): string {
    const splices: Splice[] = [];
    const append = (list: Appendable) => {
      if (!list.added.length) return;
      const el = list.el;
      const p = this.prefix;
      if (el && !el.selfClosing) {
        splices.push(setAttributes(el, { count: String(list.items.length) }));
        const at = el.end - `</${el.name}>`.length;
        splices.push({ from: at, to: at, text: list.added.join('') });
      } else if (el) {
        // `<fills count="0"/>`: opened for its items.
        splices.push({ from: el.start, to: el.end, text: `${startTag(el.name, { ...el.attributes, count: String(list.items.length) })}${list.added.join('')}</${el.name}>` });
      } else {
        const at = this.placeFor(list.local);
        splices.push({ from: at, to: at, text: `<${p}${list.local} count="${list.items.length}">${list.added.join('')}</${p}${list.local}>` });
      }
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
    for (const l of [this.fonts, this.fills, this.borders, this.xfs]) append(l);
    if (this.root.selfClosing && splices.length) {
      // `<styleSheet/>`: every list goes inside it, opened.
      const inner = splices.map((s) => s.text).join('');
      return applySplices(this.xml, [{ from: this.root.start, to: this.root.end, text: `${startTag(this.root.name, this.root.attributes)}${inner}</${this.root.name}>` }]);
    }
    return applySplices(this.xml, splices);
  }

  /** Where a list the style sheet lacks goes: before the first child the schema puts after it, else at the end. */
  private placeFor(local: string): number {
    const rank = STYLESHEET_ORDER.indexOf(local);
    const next = this.rootChildren.find((el) => STYLESHEET_ORDER.indexOf(el.local) > rank || STYLESHEET_ORDER.indexOf(el.local) < 0);
    if (next) return next.start;
    return this.root.selfClosing ? this.root.end : this.root.end - `</${this.root.name}>`.length;
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
