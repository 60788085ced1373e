// One worksheet of the package, read and patched: its cells as the core reads them, its part as it will
// be written, and its notes (the comments part and the VML drawing of their shapes), created when it has
// none and taken away again once restore leaves them empty.
import { toA1 } from '../../core';
import type { CellState, SheetGrid } from '../../core';
import { SheetCells } from '../read/cells';
import type { ReadContext } from '../read/cells';
import { CommentsPart, VmlPart } from './notes';
import { CONTENT_TYPE, REL, RelsPart, relsPathOf } from './rels';
import type { ContentTypesPart } from './rels';
import { SheetPart } from './sheet';
import { scanXml } from './xml';

/** What a sheet needs of its package: its parts' texts, and a place to put the parts it changes or adds. */
export interface SheetPackage {
  readonly readContext: ReadContext;
  readonly contentTypes: ContentTypesPart;
  isTrimmed(part: string): boolean;
  readText(part: string): string | null;
  text(part: string): string | null;
  put(part: string, text: string): void;
  drop(part: string): void;
  freshName(stem: string, extension: string): string;
  freshShapeBlock(): number;
}

/** A sheet's notes: the comments part and the VML drawing of their shapes. */
export interface SheetNotes {
  readonly comments: CommentsPart;
  readonly vml: VmlPart;
}

/**
 * One worksheet, read and patched. Its part is parsed when first needed, once: to read its cells
 * (from the part as the loading step checked it, trimmed of a long empty tail) and to change them
 * (the part whole, so the scored copy keeps every row) — one parse serves both unless the part was
 * trimmed. It reads as the file was loaded: changes go into what the package will write.
 */
export class SheetEditor {
  private readable: SheetPart | undefined;
  private writable: SheetPart | undefined;
  private reader: SheetCells | undefined;
  private relsPart: RelsPart | undefined;
  private notesOf: SheetNotes | null = null;
  /** Where the notes' parts are, and the relationships that name them. */
  private notesAt: { comments: { part: string; id: string }; vml: { part: string; id: string } } | null = null;
  private dropEmptied = false;
  /** The sheet's comments part as the input holds it, parsed when first read (null: it has none). */
  private commentsRead: CommentsPart | null | undefined;
  private threadedRefs: Set<string> | null = null;

  constructor(
    private readonly pkg: SheetPackage,
    readonly name: string,
    readonly part: string,
  ) {}

  private get read(): SheetPart {
    this.readable ??= new SheetPart(this.pkg.readText(this.part)!);
    return this.readable;
  }

  /** The part as it will be written. */
  get sheet(): SheetPart {
    this.writable ??= this.pkg.isTrimmed(this.part) ? new SheetPart(this.pkg.text(this.part)!) : this.read;
    return this.writable;
  }

  get rels(): RelsPart {
    this.relsPart ??= new RelsPart(this.part, this.pkg.text(relsPathOf(this.part)));
    return this.relsPart;
  }

  private get cells(): SheetCells {
    this.reader ??= new SheetCells(this.read, this.pkg.readContext);
    return this.reader;
  }

  /** The used part of the sheet from A1, as the core reads it. */
  grid(): SheetGrid {
    return this.cells.grid(this.name);
  }

  /** The merged area a cell is covered by (it is in it, not its top-left cell), as `G5:G6`; undefined when it shows its own content. */
  coveredBy(row: number, col: number): string | undefined {
    const a = this.cells.coveringArea(row, col);
    return a && `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;
  }

  /** The array formula over several cells a cell belongs to, as its range (`G3:G6`); undefined otherwise. */
  arrayOf(row: number, col: number): string | undefined {
    return this.sheet.arrayAt(row, col)?.range;
  }

  /** A cell's value, formula, number format, fill and note. */
  state(row: number, col: number): CellState {
    return this.cells.state(row, col, this.comments()?.noteText(toA1(row, col)) ?? null);
  }

  /** Puts the part, its notes and its relationships into the package, where they were changed. */
  save(): void {
    this.saveNotes();
    if (this.writable?.changed) this.pkg.put(this.part, this.writable.toXml());
    if (!this.relsPart?.changed) return;
    // Left without a relationship (restore took away the notes scoring added): no part at all.
    if (this.relsPart.relationships.length === 0) this.pkg.drop(relsPathOf(this.part));
    else this.pkg.put(relsPathOf(this.part), this.relsPart.toXml());
  }

  /** The comments part the sheet has, read (null when it has none). */
  private comments(): CommentsPart | null {
    if (this.commentsRead === undefined) {
      const rel = this.rels.find(REL.comments);
      const xml = rel ? this.pkg.text(rel.part) : null;
      this.commentsRead = xml === null ? null : new CommentsPart(xml);
    }
    return this.commentsRead;
  }

  /** Cells holding a threaded (modern) comment: their legacy note is the thread's stand-in. */
  get threaded(): ReadonlySet<string> {
    if (this.threadedRefs) return this.threadedRefs;
    this.threadedRefs = new Set();
    const rel = this.rels.find(REL.threadedComment);
    const xml = rel ? this.pkg.text(rel.part) : null;
    if (xml) {
      scanXml(xml, (el) => {
        if (el.local === 'threadedComment' && el.attributes.ref) this.threadedRefs!.add(el.attributes.ref);
      });
    }
    return this.threadedRefs;
  }

  /** The notes as they are, without creating any (null when the sheet has none). */
  existingNotes(): SheetNotes | null {
    if (this.notesOf) return this.notesOf;
    return this.comments() === null ? null : this.notes();
  }

  /** The sheet's notes, creating the comments part and the drawing when it has none. */
  notes(): SheetNotes {
    if (this.notesOf) return this.notesOf;
    const commentsRel = this.rels.find(REL.comments);
    const drawingId = this.sheet.legacyDrawingId;
    const drawingRel = drawingId ? this.rels.byId(drawingId) : undefined;
    const comments = (commentsRel ? this.comments() : null) ?? CommentsPart.empty();
    let commentsAt: { part: string; id: string };
    if (commentsRel) commentsAt = { part: commentsRel.part, id: commentsRel.id };
    else {
      const part = this.pkg.freshName('xl/comments', '.xml');
      commentsAt = { part, id: this.rels.add(REL.comments, part) };
      this.pkg.contentTypes.addOverride(part, CONTENT_TYPE.comments);
    }
    let vml: VmlPart;
    let vmlAt: { part: string; id: string };
    if (drawingRel) {
      vml = new VmlPart(this.pkg.text(drawingRel.part) ?? '', 0);
      vmlAt = { part: drawingRel.part, id: drawingRel.id };
    } else {
      const part = this.pkg.freshName('xl/drawings/vmlDrawing', '.vml');
      vml = VmlPart.empty(this.pkg.freshShapeBlock());
      vmlAt = { part, id: this.rels.add(REL.vmlDrawing, part) };
      this.sheet.addLegacyDrawing(vmlAt.id);
      this.pkg.contentTypes.ensureDefault('vml', CONTENT_TYPE.vml);
    }
    this.notesOf = { comments, vml };
    this.notesAt = { comments: commentsAt, vml: vmlAt };
    return this.notesOf;
  }

  /**
   * Once restore is done: the notes part scoring added goes if it is left empty (no note, no author
   * but ours), and the drawing of their shapes with it if it holds no shape — a restored sheet has
   * what it had before, not empty parts.
   */
  dropEmptiedNotes(): void {
    this.dropEmptied = true;
  }

  /** Writes the notes' parts, or takes them away where restore emptied them. */
  private saveNotes(): void {
    if (!this.notesOf || !this.notesAt) return;
    const { comments, vml } = this.notesOf;
    const at = this.notesAt;
    if (this.dropEmptied && comments.emptyOfOurs) {
      this.dropPart(at.comments.part, at.comments.id);
      if (vml.empty) {
        this.dropPart(at.vml.part, at.vml.id);
        this.sheet.removeLegacyDrawing();
      } else this.pkg.put(at.vml.part, vml.toXml());
      return;
    }
    this.pkg.put(at.comments.part, comments.toXml());
    this.pkg.put(at.vml.part, vml.toXml());
  }

  private dropPart(part: string, relId: string): void {
    this.rels.remove(relId);
    this.pkg.contentTypes.removeOverride(part);
    this.pkg.drop(part);
  }
}

