// Notes shared by a person and us: our part stands below a marker line, so a person's note above it
// is kept character for character, and what they type into ours is kept too.

/** Our part of a note starts after this line, so a person's note can stand above it untouched. */
export const NOTE_MARKER = '—— 绩效评分助手 ——';

/** Splits a note into the person's part and ours; the person's part comes back character for character. */
export function splitNote(note: string | null): { person: string | null; ours: string | null } {
  if (note === null) return { person: null, ours: null };
  const at = note.indexOf(NOTE_MARKER);
  if (at < 0) return { person: note, ours: null };
  let person = note.slice(0, at);
  // Remove exactly the separator joinNote put there, nothing of the person's own spacing.
  if (person.endsWith(SEPARATOR)) person = person.slice(0, -SEPARATOR.length);
  let ours = note.slice(at + NOTE_MARKER.length);
  if (ours.startsWith('\n')) ours = ours.slice(1);
  return { person: person === '' ? null : person, ours };
}

const SEPARATOR = '\n\n';

export function joinNote(person: string | null, ours: string | null): string | null {
  if (ours === null) return person;
  return person === null ? `${NOTE_MARKER}\n${ours}` : `${person}${SEPARATOR}${NOTE_MARKER}\n${ours}`;
}

/**
 * The person's part of a note we wrote: their text above our marker, plus anything they typed into
 * our part since (below it, or by editing it), so that nothing they wrote is lost.
 */
export function personsNote(now: string | null, written: string | null, was: string | null): string | null {
  const { person, ours } = splitNote(now);
  const ourText = splitNote(written).ours;
  if (ours === null || ours === ourText || ours === splitNote(was).ours) return person;
  const added = ourText !== null && ours.startsWith(ourText) ? ours.slice(ourText.length).replace(/^\n/, '') : ours;
  if (added.trim() === '') return person;
  return person === null ? added : `${person}\n${added}`;
}
