// The files a person gives the page: picked one by one (each taken, whatever its name, as the command
// line takes a file named on it), or a folder picked or dropped (its own workbooks, in the command
// line's order and by its rules: ../cli/folderNames).
import { byName, isFolderWorkbook, isSummaryName } from '../cli/folderNames';

/** Formats only LibreOffice reads (the command line calls it; a browser has none): named, with what to do. */
const NOT_IN_PAGE = /\.(xls|et|ods)$/i;

export interface Picked {
  /** As the command line shows it: `部门.xlsx`, or `文件夹/部门.xlsx` for a folder's file. */
  readonly shown: string;
  readonly file: File;
  /** An .xls/.et/.ods: named as not readable here, with what to do. */
  readonly notInPage: boolean;
  /** A folder's 汇总.xlsx: left out when it is ours (it carries our mark), as the command line does. */
  readonly summaryIfOurs: boolean;
}

const picked = (shown: string, file: File, inFolder: boolean): Picked => ({
  shown,
  file,
  notInPage: NOT_IN_PAGE.test(file.name),
  summaryIfOurs: inFolder && isSummaryName(file.name),
});

/** A folder's workbooks (its own, not its subfolders', as the command line reads a folder), by name. */
function folderFiles(folder: string, files: readonly File[]): Picked[] {
  return files
    .filter((f) => isFolderWorkbook(f.name))
    .sort((a, b) => byName(a.name, b.name))
    .map((f) => picked(`${folder}/${f.name}`, f, true));
}

/** From an <input type=file>: a folder's files carry their path under it (webkitRelativePath). */
export function collectPicked(list: FileList, folder: boolean): { picked: Picked[]; folder: boolean } {
  const files = Array.from(list);
  if (!folder) return { picked: files.map((f) => picked(f.name, f, false)), folder: false };
  const byFolder = new Map<string, File[]>();
  for (const f of files) {
    const parts = f.webkitRelativePath.split('/');
    if (parts.length !== 2) continue;
    byFolder.set(parts[0], [...(byFolder.get(parts[0]) ?? []), f]);
  }
  return { picked: [...byFolder].flatMap(([name, inside]) => folderFiles(name, inside)), folder: true };
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A folder's entries: readEntries gives them in batches until it gives none. */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** From a drop: files as they are, folders as the command line reads them. */
export async function collectDropped(data: DataTransfer): Promise<{ picked: Picked[]; folder: boolean }> {
  const entries = Array.from(data.items).flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  // Without entries (an old browser), the files dropped.
  if (entries.length === 0) return { picked: Array.from(data.files).map((f) => picked(f.name, f, false)), folder: false };
  const out: Picked[] = [];
  let folder = false;
  for (const entry of entries) {
    if (entry.isFile) out.push(picked(entry.name, await fileOf(entry as FileSystemFileEntry), false));
    else if (entry.isDirectory) {
      folder = true;
      const inside = (await entriesOf(entry as FileSystemDirectoryEntry)).filter((e) => e.isFile) as FileSystemFileEntry[];
      out.push(...folderFiles(entry.name, await Promise.all(inside.map(fileOf))));
    }
  }
  return { picked: out, folder };
}
