// The sheet's notes and comment threads as this adapter sees them, and how the read brings them in.
import { joinNote, NOTE_MARKER, splitNote } from '../core';
import type { NotesVia } from './host';
import { inParts, type Shape } from './inParts';

/** A note or comment thread on the indicator sheet, as this adapter sees it. */
export type NoteHandle =
  | { kind: 'note'; note: Excel.Note; text: string }
  | { kind: 'our-thread'; comment: Excel.Comment; text: string }
  | { kind: 'person-thread'; comment: Excel.Comment; person: string; ours: Excel.CommentReply | null; text: string };

function noteHandle(note: Excel.Note): NoteHandle {
  return { kind: 'note', note, text: note.content };
}

/** A thread's text as a note's: the person's comment, then our reply's text below our marker. */
export const threadText = (comment: Excel.Comment): string => threadHandle(comment).text;

/** Our comment is a thread we started (it opens with our marker) or our reply in a person's thread. */
function threadHandle(comment: Excel.Comment): NoteHandle {
  if (comment.content.startsWith(NOTE_MARKER)) return { kind: 'our-thread', comment, text: comment.content };
  const ours = comment.replies.items.find((r) => r.content.startsWith(NOTE_MARKER)) ?? null;
  const text = joinNote(comment.content, ours ? splitNote(ours.content).ours : null)!;
  return { kind: 'person-thread', comment, person: comment.content, ours, text };
}

export const COMMENT_FIELDS = 'id,content,authorName,replies/items/id,replies/items/content';

/**
 * Threads are read with notes too: a cell holds a note or a thread, never both, and a person's
 * "New Comment" (the default kind in Microsoft 365) on a cell we mark must not make our note fail.
 */
const loadsThreads = (via: NotesVia) => via !== 'reason-column';

/**
 * The notes (where the host has them), then the threads (unless explanations go to a column): loaded
 * with the read's first batch, or counted there and loaded a thousand a batch after it.
 */
export function queueNoteHandles(context: Excel.RequestContext, via: NotesVia, at: { sheet: Excel.Worksheet; pinned: () => Excel.Worksheet }, shape: Shape): () => Promise<NoteHandle[]> {
  if (shape.kind === 'one-batch') {
    const notes = via === 'notes' ? at.sheet.notes.load('items/content') : null;
    const threads = loadsThreads(via) ? at.sheet.comments.load(COMMENT_FIELDS) : null;
    return async () => [...(notes?.items.map(noteHandle) ?? []), ...(threads?.items.map(threadHandle) ?? [])];
  }
  const noteCount = via === 'notes' ? at.sheet.notes.getCount() : null;
  const threadCount = loadsThreads(via) ? at.sheet.comments.getCount() : null;
  return async () => {
    const handles: NoteHandle[] = [];
    if (noteCount) {
      await inParts(context, noteCount.value, 1000, (start, count) => {
        const items = Array.from({ length: count }, (_, i) => at.pinned().notes.getItemAt(start + i).load('content'));
        return () => handles.push(...items.map(noteHandle));
      });
    }
    if (threadCount) {
      await inParts(context, threadCount.value, 1000, (start, count) => {
        const items = Array.from({ length: count }, (_, i) => at.pinned().comments.getItemAt(start + i).load(COMMENT_FIELDS));
        return () => handles.push(...items.map(threadHandle));
      });
    }
    return handles;
  };
}
