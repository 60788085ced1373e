// Notes as the add-in writes them: short. Excel does not size a note added through the API to its
// text (Note.width/height exist from ExcelApi 1.18 but not in Excel on the web:
// https://learn.microsoft.com/javascript/api/excel/excel.note), so a long explanation is cut in the
// note and given whole in the task pane. The backup records the short text, so scoring again still
// knows the note for ours.
import { joinNote, splitNote, type BackupEntry, type CellWrite, type Lang, type Writeback } from '../core';
import { adapterMessages } from './messages';

/** Characters of our part of a note before it is cut: about five lines of a default note box. */
export const NOTE_LIMIT = 120;

export function shortNote(note: string | null, lang: Lang): string | null {
  const { person, ours } = splitNote(note);
  if (ours === null || [...ours].length <= NOTE_LIMIT) return note;
  const more = adapterMessages(lang).noteCut;
  const kept = [...ours].slice(0, NOTE_LIMIT - [...more].length).join('').trimEnd();
  return joinNote(person, kept + more);
}

/** The writeback with our part of every note cut to NOTE_LIMIT, in the writes and in the backup alike. */
export function withShortNotes(writeback: Writeback, lang: Lang): Writeback {
  const short = (w: CellWrite): CellWrite => ({ ...w, state: { ...w.state, note: shortNote(w.state.note, lang) } });
  const entry = (e: BackupEntry): BackupEntry => ({ ...e, written: { ...e.written, note: shortNote(e.written.note, lang) } });
  return { ...writeback, writes: writeback.writes.map(short), backup: { ...writeback.backup, entries: writeback.backup.entries.map(entry) } };
}
