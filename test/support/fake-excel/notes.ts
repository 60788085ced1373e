// Notes (ExcelApi 1.18) and comment threads with their replies (ExcelApi 1.10): one of them a cell.
import { parseLocal, splitSheet, type Rect } from './address';
import { findSheet, key, type ModelComment, type ModelSheet } from './model';
import type { FakeRequestContext } from './context';
import { ClientResult, CollectionProxy, ProxyBase } from './proxy';
import { FakeExcelError } from './errors';
import { RangeProxy } from './range';
import { guardProtected } from './workbook';


function cellOf(ctx: FakeRequestContext, sheet: ModelSheet, address: unknown): { row: number; col: number } {
  let a: string;
  if (address instanceof RangeProxy) {
    const t = address.must();
    if (t.sheet !== sheet) throw new FakeExcelError('InvalidArgument', 'The range is on another sheet.');
    if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) throw new FakeExcelError('InvalidArgument', 'A single cell is needed.');
    return { row: t.rect.top, col: t.rect.left };
  }
  if (typeof address !== 'string') throw new FakeExcelError('InvalidArgument', 'cellAddress must be text or a Range.');
  a = address;
  const { sheet: named, local } = splitSheet(a);
  if (named !== null && findSheet(ctx.excel.model, named) !== sheet) throw new FakeExcelError('InvalidArgument', `${a} is not on ${sheet.name}.`);
  let r: Rect;
  try {
    r = parseLocal(local);
  } catch {
    throw new FakeExcelError('InvalidArgument', `Bad cell address ${a}.`);
  }
  if (r.top !== r.bottom || r.left !== r.right) throw new FakeExcelError('InvalidArgument', 'A single cell is needed.');
  return { row: r.top, col: r.left };
}

interface NoteTarget {
  sheet: ModelSheet;
  key: string;
}

/** The last order computed for a sheet's notes: office.js reaches each of 6,000 notes by its position. */
const noteOrders = new WeakMap<Map<string, unknown>, { keys: string[]; sorted: string[] }>();

/** A sheet's notes in Excel's order, row by row. */
function notesInOrder(notes: Map<string, unknown>): string[] {
  const keys = [...notes.keys()];
  const last = noteOrders.get(notes);
  if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) return last.sorted;
  const at = (k: string) => k.split(':').map(Number);
  const sorted = keys
    .map((k) => ({ k, p: at(k) }))
    .sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1])
    .map((e) => e.k);
  noteOrders.set(notes, { keys, sorted });
  return sorted;
}

export class NoteCollectionProxy extends CollectionProxy<ModelSheet, NoteProxy> {
  private sheetOf: ModelSheet | null = null;
  protected itemsOf(t: ModelSheet) {
    this.sheetOf = t;
    return notesInOrder(t.notes);
  }
  protected makeItem(item: unknown, i: number): NoteProxy {
    const target = { sheet: this.sheetOf!, key: item as string };
    return new NoteProxy(this.ctx, () => (target.sheet.notes.has(target.key) ? target : null), `${this.path}[${i}]`, this.needs);
  }
  add(cellAddress: string | RangeProxy, content: string): NoteProxy {
    let target: NoteTarget | null = null;
    this.ctx.queue(this.needs, { o: this.path, m: 'add', a: [typeof cellAddress === 'string' ? cellAddress : cellAddress.path, content] }, () => {
      const sheet = this.must();
      guardProtected(sheet);
      const { row, col } = cellOf(this.ctx, sheet, cellAddress);
      // A cell holds a note or a thread, never both ("The difference between threaded comments and notes",
      // https://support.microsoft.com/office/75a51eec-4092-42ab-abf8-7669077b7be3); the code of the
      // refusal is not documented (README.md): InvalidArgument here.
      if (sheet.notes.has(key(row, col))) throw new FakeExcelError('InvalidArgument', 'The cell already has a note.');
      if (sheet.comments.some((c) => c.row === row && c.col === col)) throw new FakeExcelError('InvalidArgument', 'The cell has a comment thread.');
      if (typeof content !== 'string') throw new FakeExcelError('InvalidArgument', 'Note content must be text.');
      sheet.notes.set(key(row, col), { content, author: this.ctx.excel.userName });
      target = { sheet, key: key(row, col) };
    });
    return new NoteProxy(this.ctx, () => target, `${this.path}.added`, this.needs);
  }
  getItem(cellAddress: string): NoteProxy {
    return new NoteProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        const { row, col } = cellOf(this.ctx, sheet, cellAddress);
        if (!sheet.notes.has(key(row, col))) throw new FakeExcelError('ItemNotFound', `No note at ${cellAddress}.`);
        return { sheet, key: key(row, col) };
      },
      `${this.path}(${cellAddress})`,
      this.needs,
    );
  }
  protected itemProxy(find: () => NoteTarget | null, path: string): NoteProxy {
    return new NoteProxy(this.ctx, find, path, this.needs);
  }
  getItemOrNullObject(cellAddress: string): NoteProxy {
    return new NoteProxy(
      this.ctx,
      () => {
        const sheet = this.resolve();
        if (!sheet) return null;
        const { row, col } = cellOf(this.ctx, sheet, cellAddress);
        return sheet.notes.has(key(row, col)) ? { sheet, key: key(row, col) } : null;
      },
      `${this.path}?(${cellAddress})`,
      this.needs,
    );
  }
  /** NoteCollection.getCount, ExcelApi 1.18: https://learn.microsoft.com/javascript/api/excel/excel.notecollection */
  getCount(): ClientResult<number> {
    return this.queueCount('1.18');
  }
}

class NoteProxy extends ProxyBase<NoteTarget> {
  protected scalars(): Record<string, [string, (t: NoteTarget) => unknown]> {
    return {
      content: ['1.18', (t) => t.sheet.notes.get(t.key)!.content],
      authorName: ['1.18', (t) => t.sheet.notes.get(t.key)!.author],
    };
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.setLocal('content', v);
    this.queueSet('1.18', 'content', v, (t) => {
      guardProtected(t.sheet);
      const note = t.sheet.notes.get(t.key);
      if (!note) throw new FakeExcelError('ItemNotFound', 'The note was deleted.');
      note.content = v;
    });
  }
  get authorName(): string {
    return this.read('authorName');
  }
  delete(): void {
    this.queueCall('1.18', 'delete', [], (t) => {
      guardProtected(t.sheet);
      if (!t.sheet.notes.delete(t.key)) throw new FakeExcelError('ItemNotFound', 'The note was deleted.');
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const [row, col] = t.key.split(':').map(Number);
        return { sheet: t.sheet, rect: { top: row, bottom: row, left: col, right: col } };
      },
      `${this.path}.location`,
      this.needs,
    );
  }
}

// -- Comments (ExcelApi 1.10) -------------------------------------------------------------------

interface CommentTarget {
  sheet: ModelSheet;
  comment: ModelComment;
}

export class CommentCollectionProxy extends CollectionProxy<ModelSheet, CommentProxy> {
  private sheetOf: ModelSheet | null = null;
  protected itemsOf(t: ModelSheet) {
    this.sheetOf = t;
    return [...t.comments];
  }
  protected makeItem(item: unknown, i: number): CommentProxy {
    const target = { sheet: this.sheetOf!, comment: item as ModelComment };
    return new CommentProxy(this.ctx, () => (target.sheet.comments.includes(target.comment) ? target : null), `${this.path}[${i}]`, this.needs);
  }
  add(cellAddress: string | RangeProxy, content: string, contentType?: string): CommentProxy {
    let target: CommentTarget | null = null;
    this.ctx.queue(this.needs, { o: this.path, m: 'add', a: [typeof cellAddress === 'string' ? cellAddress : cellAddress.path, content, contentType] }, () => {
      const sheet = this.must();
      guardProtected(sheet);
      if (contentType !== undefined && contentType !== 'Plain') throw new FakeExcelError('ApiNotFound', 'Mentions need ExcelApi 1.11.');
      const { row, col } = cellOf(this.ctx, sheet, cellAddress);
      if (sheet.comments.some((c) => c.row === row && c.col === col)) throw new FakeExcelError('InvalidArgument', 'The cell already has a comment thread.');
      if (sheet.notes.has(key(row, col))) throw new FakeExcelError('InvalidArgument', 'The cell has a note.');
      const comment: ModelComment = { id: `c${this.ctx.excel.model.nextId++}`, row, col, content, author: this.ctx.excel.userName, replies: [] };
      sheet.comments.push(comment);
      target = { sheet, comment };
    });
    return new CommentProxy(this.ctx, () => target, `${this.path}.added`, this.needs);
  }
  protected itemProxy(find: () => CommentTarget | null, path: string): CommentProxy {
    return new CommentProxy(this.ctx, find, path, this.needs);
  }
  /** CommentCollection.getItem(commentId): how office.js finds again a thread it loaded with its id. */
  getItem(commentId: string): CommentProxy {
    return new CommentProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        const comment = sheet.comments.find((c) => c.id === commentId);
        if (!comment) throw new FakeExcelError('ItemNotFound', `No comment ${commentId}.`);
        return { sheet, comment };
      },
      `${this.path}(${commentId})`,
      this.needs,
    );
  }
  getItemByCell(cellAddress: string): CommentProxy {
    return new CommentProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        const { row, col } = cellOf(this.ctx, sheet, cellAddress);
        const comment = sheet.comments.find((c) => c.row === row && c.col === col);
        if (!comment) throw new FakeExcelError('ItemNotFound', `No comment at ${cellAddress}.`);
        return { sheet, comment };
      },
      `${this.path}(${cellAddress})`,
      this.needs,
    );
  }
  /** CommentCollection.getCount, ExcelApi 1.10: https://learn.microsoft.com/javascript/api/excel/excel.commentcollection */
  getCount(): ClientResult<number> {
    return this.queueCount('1.10');
  }
}

class CommentProxy extends ProxyBase<CommentTarget> {
  protected scalars(): Record<string, [string, (t: CommentTarget) => unknown]> {
    return {
      id: ['1.10', (t) => t.comment.id],
      content: ['1.10', (t) => t.comment.content],
      authorName: ['1.10', (t) => t.comment.author],
    };
  }
  protected override navs() {
    return { replies: () => this.replies };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.setLocal('content', v);
    this.queueSet('1.10', 'content', v, (t) => {
      guardProtected(t.sheet);
      // Not documented either way (README.md): only the author may edit, the stricter reading.
      if (t.comment.author !== this.ctx.excel.userName) throw new FakeExcelError(this.ctx.excel.authorRefusalCode, 'Only the author can edit a comment.');
      t.comment.content = v;
    });
  }
  get authorName(): string {
    return this.read('authorName');
  }
  get replies(): CommentReplyCollectionProxy {
    return this.nav('replies', () => new CommentReplyCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.replies`, this.needs));
  }
  delete(): void {
    this.queueCall('1.10', 'delete', [], (t) => {
      guardProtected(t.sheet);
      // The reference sets no condition on Comment.delete; whether Excel lets one user delete a thread
      // another started is not documented (README.md): refused, the stricter reading, as a reply's delete.
      if (t.comment.author !== this.ctx.excel.userName) throw new FakeExcelError(this.ctx.excel.authorRefusalCode, 'Only the author can delete a comment.');
      const i = t.sheet.comments.indexOf(t.comment);
      if (i < 0) throw new FakeExcelError('ItemNotFound', 'The comment was deleted.');
      t.sheet.comments.splice(i, 1);
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const { row, col } = t.comment;
        return { sheet: t.sheet, rect: { top: row, bottom: row, left: col, right: col } };
      },
      `${this.path}.location`,
      this.needs,
    );
  }
}

interface ReplyTarget {
  sheet: ModelSheet;
  comment: ModelComment;
  id: string;
}

class CommentReplyCollectionProxy extends CollectionProxy<CommentTarget, CommentReplyProxy> {
  private of: CommentTarget | null = null;
  protected itemsOf(t: CommentTarget) {
    this.of = t;
    return t.comment.replies.map((r) => r.id);
  }
  protected makeItem(item: unknown, i: number): CommentReplyProxy {
    const target = { ...this.of!, id: item as string };
    return new CommentReplyProxy(this.ctx, () => (target.comment.replies.some((r) => r.id === target.id) ? target : null), `${this.path}[${i}]`, this.needs);
  }
  protected itemProxy(find: () => ReplyTarget | null, path: string): CommentReplyProxy {
    return new CommentReplyProxy(this.ctx, find, path, this.needs);
  }
  /** CommentReplyCollection.getItem(commentReplyId): a reply found again by the id office.js loaded. */
  getItem(replyId: string): CommentReplyProxy {
    return new CommentReplyProxy(
      this.ctx,
      () => {
        const t = this.must();
        if (!t.comment.replies.some((r) => r.id === replyId)) throw new FakeExcelError('ItemNotFound', `No reply ${replyId}.`);
        return { ...t, id: replyId };
      },
      `${this.path}(${replyId})`,
      this.needs,
    );
  }
  add(content: string, contentType?: string): CommentReplyProxy {
    let target: ReplyTarget | null = null;
    this.ctx.queue(this.needs, { o: this.path, m: 'add', a: [content, contentType] }, () => {
      const t = this.must();
      guardProtected(t.sheet);
      if (contentType !== undefined && contentType !== 'Plain') throw new FakeExcelError('ApiNotFound', 'Mentions need ExcelApi 1.11.');
      const id = `r${this.ctx.excel.model.nextId++}`;
      t.comment.replies.push({ id, content, author: this.ctx.excel.userName });
      target = { ...t, id };
    });
    return new CommentReplyProxy(this.ctx, () => target, `${this.path}.added`, this.needs);
  }
}

class CommentReplyProxy extends ProxyBase<ReplyTarget> {
  private reply(t: ReplyTarget) {
    const r = t.comment.replies.find((x) => x.id === t.id);
    if (!r) throw new FakeExcelError('ItemNotFound', 'The reply was deleted.');
    return r;
  }
  protected scalars(): Record<string, [string, (t: ReplyTarget) => unknown]> {
    return {
      id: ['1.10', (t) => t.id],
      content: ['1.10', (t) => this.reply(t).content],
      authorName: ['1.10', (t) => this.reply(t).author],
    };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  get authorName(): string {
    return this.read('authorName');
  }
  delete(): void {
    this.queueCall('1.10', 'delete', [], (t) => {
      guardProtected(t.sheet);
      const r = this.reply(t);
      // CommentReply.delete is documented with no condition; whether another user's reply may be deleted
      // is not said (README.md): refused, the stricter reading.
      if (r.author !== this.ctx.excel.userName) throw new FakeExcelError(this.ctx.excel.authorRefusalCode, 'Only the author can delete a reply.');
      t.comment.replies.splice(t.comment.replies.indexOf(r), 1);
    });
  }
}
