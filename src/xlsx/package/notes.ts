// Notes (批注): the comments part that holds their text and author, and the VML drawing that holds
// their shapes. A person's note keeps its runs, author and shape; our text is added after it as a
// run of its own. A note we add gets our author and a shape sized for an explanation.
import { cellKey } from '../../core';
import { appendChildren, applySplices, escapeAttribute, escapeSheetText, escapeText, namespaceAt, prefixOf, scanXml, startTag, unescapeSheetText } from './xml';
import type { Splice, XmlElement } from './xml';

/** The author our notes are written under. */
export const NOTE_AUTHOR = '绩效评分助手';

interface Run {
  /** The element as written (`<r>…</r>`, or a bare `<t>`). */
  readonly xml: string;
  /** Its text as shown (`_xHHHH_` escapes read). */
  readonly text: string;
  /** The run's properties as written (`<rPr>…</rPr>`), or ''. */
  readonly properties: string;
  /** Only its face and size (`<rPr><sz/><rFont/>…</rPr>`), for text of ours that follows it. */
  readonly face: string;
}

/** The run properties that give a face and a size, not emphasis or colour. */
const FACE = new Set(['sz', 'rFont', 'family', 'charset', 'scheme']);

interface CommentAt {
  readonly el: XmlElement;
  readonly text: XmlElement | undefined;
  readonly runs: Run[];
  /** Where its runs end in the part (its phonetic guide runs follow them, and stay). */
  readonly runsEnd: number | undefined;
}

/** A run of text in the comments part's prefix (`p`: `x:` or ''). */
function textRun(p: string, text: string, properties = ''): string {
  return `<${p}r>${properties}<${p}t xml:space="preserve">${escapeSheetText(text)}</${p}t></${p}r>`;
}

export class CommentsPart {
  private readonly comments = new Map<string, CommentAt>();
  private authors: XmlElement | undefined;
  private readonly authorNames: string[] = [];
  private commentList: XmlElement | undefined;
  private root!: XmlElement;
  private readonly splices: Splice[] = [];
  private readonly added: string[] = [];
  private readonly addedAuthors: string[] = [];

  constructor(private readonly xml: string) {
    const runsOf = new Map<XmlElement, Run[]>();
    const propsOf = new Map<XmlElement, string>();
    const faceOf = new Map<XmlElement, string>();
    const textOf = new Map<XmlElement, XmlElement>();
    const runsEnd = new Map<XmlElement, number>();
    scanXml(
      xml,
      (el) => {
        const parent = el.parent;
        if (FACE.has(el.local) && parent?.local === 'rPr') faceOf.set(parent, (faceOf.get(parent) ?? '') + xml.slice(el.start, el.end));
        else if (el.local === 'rPr' && parent?.local === 'r') {
          propsOf.set(parent, xml.slice(el.start, el.end));
          const face = faceOf.get(el);
          if (face) faceOf.set(parent, `<${el.name}>${face}</${el.name}>`);
        }
        else if (el.local === 't' && parent?.local === 'r') textOf.set(parent, el);
        else if ((el.local === 'r' || el.local === 't') && parent?.local === 'text') {
          const t = el.local === 't' ? el : textOf.get(el);
          const list = runsOf.get(parent) ?? [];
          list.push({ xml: xml.slice(el.start, el.end), text: unescapeSheetText(t?.text ?? ''), properties: propsOf.get(el) ?? '', face: faceOf.get(el) ?? '' });
          runsOf.set(parent, list);
          runsEnd.set(parent, el.end);
        } else if (el.local === 'text' && parent?.local === 'comment') textOf.set(parent, el);
        else if (el.local === 'comment') {
          const text = textOf.get(el);
          this.comments.set(el.attributes.ref, { el, text, runs: text ? (runsOf.get(text) ?? []) : [], runsEnd: text ? runsEnd.get(text) : undefined });
        } else if (el.local === 'author' && parent?.local === 'authors') this.authorNames.push(el.text);
        else if (el.local === 'authors') this.authors = el;
        else if (el.local === 'commentList') this.commentList = el;
        else if (parent === null) this.root = el;
      },
      { textOf: new Set(['t', 'author']) },
    );
  }

  /** The prefix the part's elements are written with (its root's). */
  private get p(): string {
    return prefixOf(this.root.name);
  }

  static empty(): CommentsPart {
    return new CommentsPart(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>',
    );
  }

  /** The cells that have a note. */
  refs(): string[] {
    return [...this.comments.keys()];
  }

  /** The text of a cell's note, its runs joined; null when the cell has none. */
  noteText(ref: string): string | null {
    const c = this.comments.get(ref);
    return c ? c.runs.map((r) => r.text).join('') : null;
  }

  /** The `<comment>` element of a cell as written, or null. */
  commentXml(ref: string): string | null {
    const c = this.comments.get(ref);
    return c ? this.xml.slice(c.el.start, c.el.end) : null;
  }

  private authorId(name: string): number {
    const at = this.authorNames.indexOf(name);
    if (at >= 0) return at;
    this.authorNames.push(name);
    this.addedAuthors.push(name);
    return this.authorNames.length - 1;
  }

  /**
   * Sets a cell's note text. An existing note keeps the runs its new text starts with (a person's
   * bold or coloured words stay so) and its author; the rest is written as one plain run.
   */
  setText(ref: string, text: string): void {
    const now = this.comments.get(ref);
    if (!now) {
      const id = this.authorId(NOTE_AUTHOR);
      const p = this.p;
      this.added.push(`<${p}comment ref="${escapeAttribute(ref)}" authorId="${id}" shapeId="0"><${p}text>${textRun(p, text)}</${p}text></${p}comment>`);
      return;
    }
    const kept: string[] = [];
    let at = 0;
    let face = '';
    for (const run of now.runs) {
      if (run.text === '') continue;
      const rest = text.slice(at);
      face = run.face;
      if (rest.startsWith(run.text)) {
        kept.push(run.xml);
        at += run.text.length;
        continue;
      }
      let common = 0;
      while (common < run.text.length && common < rest.length && run.text[common] === rest[common]) common++;
      if (common > 0) {
        kept.push(textRun(this.p, run.text.slice(0, common), run.properties));
        at += common;
      }
      break;
    }
    if (at === text.length && kept.length === now.runs.filter((r) => r.text !== '').length) return;
    // Our part in the size and face of the person's last run, never in its colour or weight.
    if (at < text.length) kept.push(textRun(this.p, text.slice(at), face));
    const t = now.text!;
    this.splices.push({ from: t.openEnd, to: now.runsEnd ?? t.openEnd, text: kept.join('') });
  }

  /** How many authors the part names (a note's authorId is one of them). */
  get authorCount(): number {
    return this.authorNames.length;
  }

  /**
   * Whether the part holds no note now and names no author but ours: a part scoring added, emptied
   * again by restore (a person's part names its people).
   */
  get emptyOfOurs(): boolean {
    return this.comments.size === 0 && this.added.length === 0 && this.authorNames.every((a) => a === NOTE_AUTHOR);
  }

  /** Removes a cell's note. */
  remove(ref: string): void {
    const c = this.comments.get(ref);
    if (c) this.splices.push({ from: c.el.start, to: c.el.end, text: '' });
    this.comments.delete(ref);
  }

  /** Puts back a `<comment>` element as it was written (restore), in place of the cell's note. */
  putBack(ref: string, element: string): void {
    const c = this.comments.get(ref);
    if (c) this.splices.push({ from: c.el.start, to: c.el.end, text: element });
    else this.added.push(element);
  }

  toXml(): string {
    const splices = [...this.splices];
    if (this.addedAuthors.length) {
      const p = this.p;
      const text = this.addedAuthors.map((a) => `<${p}author>${escapeText(a)}</${p}author>`).join('');
      if (!this.authors) splices.push({ from: this.root.openEnd, to: this.root.openEnd, text: `<${p}authors>${text}</${p}authors>` });
      else if (this.authors.selfClosing) splices.push({ from: this.authors.start, to: this.authors.end, text: `<${this.authors.name}>${text}</${this.authors.name}>` });
      else splices.push({ from: this.authors.end - `</${this.authors.name}>`.length, to: this.authors.end - `</${this.authors.name}>`.length, text });
    }
    if (this.added.length) {
      const list = this.commentList!;
      if (list.selfClosing) splices.push({ from: list.start, to: list.end, text: `${startTag(list.name, list.attributes)}${this.added.join('')}</${list.name}>` });
      else splices.push({ from: list.end - `</${list.name}>`.length, to: list.end - `</${list.name}>`.length, text: this.added.join('') });
    }
    return applySplices(this.xml, splices);
  }
}

/** Zero-based row and column of a note shape, from its x:Row and x:Column. */
interface ShapeAt {
  readonly el: XmlElement;
  readonly row: number;
  readonly col: number;
}

const VML_NS = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
};

export class VmlPart {
  private readonly shapes: ShapeAt[] = [];
  /** Shapes of any kind the drawing holds now (notes, buttons, check boxes …). */
  private shapeCount = 0;
  /** The cells of the note shapes added. */
  private readonly addedAt = new Set<string>();
  private root!: XmlElement;
  private hasNoteType = false;
  private maxShapeId = 0;
  private readonly splices: Splice[] = [];
  private readonly added: string[] = [];

  /**
   * Declarations our shapes carry for the v:, o: and x: prefixes they are written with, where the
   * drawing does not declare them so at its root (openpyxl declares `ns0`, `ns1` … on each shape).
   */
  private get declarations(): string {
    return Object.entries(VML_NS)
      .filter(([p, uri]) => namespaceAt(this.root, p) !== uri)
      .map(([p, uri]) => ` xmlns:${p}="${uri}"`)
      .join('');
  }

  constructor(
    private readonly xml: string,
    /** The block of shape ids (o:idmap) a new part takes. */
    private readonly idBlock: number,
  ) {
    const rowCol = new Map<XmlElement, { row?: number; col?: number; note?: boolean }>();
    scanXml(
      xml,
      (el) => {
        const parent = el.parent;
        if ((el.local === 'Row' || el.local === 'Column') && parent?.local === 'ClientData') {
          const at = rowCol.get(parent) ?? {};
          if (el.local === 'Row') at.row = Number(el.text);
          else at.col = Number(el.text);
          rowCol.set(parent, at);
        } else if (el.local === 'ClientData' && parent?.local === 'shape') {
          const at = rowCol.get(el) ?? {};
          at.note = el.attributes.ObjectType === 'Note';
          rowCol.set(parent, at);
        } else if (el.local === 'shape' && parent?.parent === null) {
          this.shapeCount++;
          const at = rowCol.get(el);
          const id = /(\d+)$/.exec(el.attributes.id ?? el.attributes['o:spid'] ?? '');
          if (id) this.maxShapeId = Math.max(this.maxShapeId, Number(id[1]));
          if (at?.note && at.row !== undefined && at.col !== undefined) this.shapes.push({ el, row: at.row, col: at.col });
        } else if (el.local === 'shapetype' && el.attributes.id === '_x0000_t202') this.hasNoteType = true;
        else if (el.local === 'idmap') {
          const first = Number((el.attributes.data ?? '').split(',')[0]);
          if (Number.isFinite(first)) this.maxShapeId = Math.max(this.maxShapeId, first * 1024);
        } else if (parent === null) this.root = el;
      },
      { textOf: new Set(['Row', 'Column']) },
    );
  }

  static empty(idBlock: number): VmlPart {
    const ns = Object.entries(VML_NS).map(([p, u]) => `xmlns:${p}="${u}"`).join(' ');
    return new VmlPart(
      `<xml ${ns}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout></xml>`,
      idBlock,
    );
  }

  /** The o:idmap blocks a VML part uses, so that a new part takes another. */
  static idBlocks(xml: string): number[] {
    const blocks: number[] = [];
    try {
      scanXml(xml, (el) => {
        if (el.local === 'idmap') for (const b of (el.attributes.data ?? '').split(',')) if (b.trim()) blocks.push(Number(b));
      });
    } catch {
      // A drawing we cannot read takes no block from us; it is not changed either.
    }
    return blocks;
  }

  hasShape(row: number, col: number): boolean {
    return this.shapes.some((s) => s.row === row && s.col === col) || this.addedAt.has(cellKey(row, col));
  }

  removeShape(row: number, col: number): void {
    const at = this.shapes.findIndex((x) => x.row === row && x.col === col);
    if (at < 0) return;
    const s = this.shapes[at];
    this.splices.push({ from: s.el.start, to: s.el.end, text: '' });
    this.shapes.splice(at, 1);
    this.shapeCount--;
  }

  /** Whether the drawing holds no shape at all now. */
  get empty(): boolean {
    return this.shapeCount === 0;
  }

  /** A hidden note shape beside the cell, wide and tall enough for a few lines of explanation. */
  addShape(row: number, col: number, lines: number): void {
    if (this.hasShape(row, col)) return;
    const ns = this.declarations;
    if (!this.hasNoteType) {
      this.hasNoteType = true;
      this.added.push(
        `<v:shapetype${ns} id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`,
      );
    }
    if (this.maxShapeId < this.idBlock * 1024) this.maxShapeId = this.idBlock * 1024;
    const id = ++this.maxShapeId;
    this.shapeCount++;
    this.addedAt.add(cellKey(row, col));
    const height = Math.min(40, Math.max(4, lines + 1));
    const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 5}, 15, ${Math.max(0, row - 1) + height}, 4`;
    this.added.push(
      `<v:shape${ns} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:${height * 14}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`,
    );
  }

  toXml(): string {
    const splices = this.added.length ? [...this.splices, appendChildren(this.root, this.added.join(''))] : this.splices;
    return applySplices(this.xml, splices);
  }
}
