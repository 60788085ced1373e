// Writing a file so that no one ever sees half of it: the bytes go to a new temporary file in the
// same folder (created exclusively, so never through a link planted there), are synced to disk,
// and only then take the target's name — by rename when replacing is wanted, else by a hard link
// that fails when the name is taken, so a file that appeared meanwhile is never written over.
// A process killed at any point leaves the previous file whole (and at most a stray temporary).
import { randomBytes } from 'crypto';
import { promises as fs, rmSync } from 'fs';
import path from 'path';

/** Raised when the target exists and replacing was not allowed. */
export class TargetExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} exists`);
    this.name = 'TargetExistsError';
  }
}

/** A file name's limit on Linux, macOS and Windows alike: 255 (bytes of UTF-8 on Linux). */
export const NAME_BYTES = 255;

/** The text cut, by whole characters, to at most `bytes` bytes of UTF-8. */
export function cutToBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= bytes) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (used + n > bytes) break;
    out += ch;
    used += n;
  }
  return out;
}

/** The temporary file's name: hidden, beside the target, marked as ours and unique, and within the name limit however long the target's. */
function temporaryName(file: string): string {
  const tail = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const base = cutToBytes(path.basename(file), NAME_BYTES - 1 - Buffer.byteLength(tail));
  return path.join(path.dirname(file), `.${base}${tail}`);
}

/** Temporary files being written now: removed if the run is stopped before they take their names. */
const writing = new Set<string>();

/** Removes every temporary file still being written, at once (for a run that is being stopped). */
export function abandonWrites(): void {
  for (const file of writing) rmSync(file, { force: true });
  writing.clear();
}

export async function writeFileAtomic(file: string, data: Uint8Array, options: { replace: boolean }): Promise<void> {
  const temporary = temporaryName(file);
  const handle = await fs.open(temporary, 'wx', 0o644);
  writing.add(temporary);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace) {
      await fs.rename(temporary, file);
      renamed = true;
    } else {
      try {
        await fs.link(temporary, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(file);
        throw e;
      }
    }
  } finally {
    // The temporary name goes (a link leaves it beside the target; a rename took it already).
    writing.delete(temporary);
    if (!renamed) await fs.rm(temporary, { force: true });
  }
  await syncFolder(path.dirname(file));
}

/** The folder's entry for the new name reaches the disk too (where the system allows it). */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse to sync a folder; the file itself is synced.
  } finally {
    await handle?.close();
  }
}
