// Knowing our own output again: a file we write carries, as its zip comment, a SHA-256 of every
// byte before that comment. A file still carrying a matching mark is ours and unchanged since we
// wrote it; a file saved again by Excel or edited by hand has lost the mark or no longer matches it.
// So a new run may replace its own earlier output, and never a file it did not write.
import { promises as fs } from 'fs';
import { platform } from './platform';

const EOCD = 0x06054b50;
const MARK = 'jixiao-pingfen sha256:';

function endOfCentralDirectory(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

const digest = (data: Buffer) => platform.sha256([data]);

/** The zip with our mark as its comment (it must have none: ours never do). */
export function withMark(zip: Buffer): Buffer {
  const end = endOfCentralDirectory(zip);
  if (end < 0 || end + 22 !== zip.length) throw new Error('not a zip without a comment');
  const body = zip.subarray(0, end + 20);
  const comment = Buffer.from(`${MARK}${digest(body)}`, 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16LE(comment.length);
  return Buffer.concat([body, length, comment]);
}

/** Whether the file is one we wrote, unchanged since. */
export async function isOurUnchangedFile(file: string): Promise<boolean> {
  let data: Buffer;
  try {
    const stat = await fs.lstat(file);
    if (!stat.isFile() || stat.size > 64 * 1024 * 1024) return false;
    data = await fs.readFile(file);
  } catch {
    return false;
  }
  return carriesOurMark(data);
}

/** Whether these bytes are a file we wrote, unchanged since (the web page asks it of a dropped 汇总.xlsx). */
export function carriesOurMark(data: Buffer): boolean {
  const end = endOfCentralDirectory(data);
  if (end < 0) return false;
  const length = data.readUInt16LE(end + 20);
  const comment = data.toString('latin1', end + 22, end + 22 + length);
  return end + 22 + length === data.length && comment === `${MARK}${digest(data.subarray(0, end + 20))}`;
}
