// The paths a run is given, resolved into the files it scores: a file as named, a folder as the
// workbooks it holds; a path with nothing to score said as a problem. Each file keeps the name the
// person gave it (a folder's files under the folder as given), which every message uses.
import { promises as fs } from 'fs';
import path from 'path';
import { isOurUnchangedFile } from '../xlsx/mark';
import { byName, isFolderWorkbook, isSummaryName } from './folderNames';
import type { CliMessages } from './messages';

/** The workbook scored when no path is given. */
export const SAMPLE_WORKBOOK = path.resolve(__dirname, '../../examples/2019-shezhiwei.xlsx');

export interface Input {
  /** The file, absolute. */
  readonly file: string;
  /** Set when the path itself is unusable (missing). */
  readonly problem?: string;
}

/** A path given that holds nothing to score (a folder without workbooks): said, never a summary row. */
export interface PathProblem {
  readonly path: string;
  readonly message: string;
}

export interface Inputs {
  readonly inputs: readonly Input[];
  /** The folders given, in order. */
  readonly folders: readonly string[];
  readonly problems: readonly PathProblem[];
  /** More than one file, or a folder: a summary is written. */
  readonly many: boolean;
  /** A path as the person would name it: as given, or relative to where the command was typed. */
  readonly show: (abs: string) => string;
}

/** A path relative to `cwd` when it lies below it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/**
 * The workbooks a folder holds: not Excel's lock files, not hidden files (our temporary files
 * among them), not scored files, and not a 汇总.xlsx this program wrote — a person's own 汇总.xlsx
 * is a workbook like any other.
 */
async function folderWorkbooks(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const d of names) {
    const n = d.name;
    if (!d.isFile() || !isFolderWorkbook(n)) continue;
    if (isSummaryName(n) && (await isOurUnchangedFile(path.join(folder, n)))) continue;
    files.push(n);
  }
  return files.sort(byName).map((n) => path.join(folder, n));
}

/** The paths as given (none: the sample workbook), resolved against `cwd`. */
export async function resolveInputs(given: readonly string[], cwd: string, m: CliMessages): Promise<Inputs> {
  const paths = given.length ? given.map((p) => path.resolve(cwd, p)) : [SAMPLE_WORKBOOK];
  const shown = new Map<string, string>();
  given.forEach((p, i) => shown.set(paths[i], p));
  if (!given.length) shown.set(SAMPLE_WORKBOOK, displayPath(SAMPLE_WORKBOOK, cwd));
  const show = (abs: string): string => {
    const direct = shown.get(abs);
    if (direct !== undefined) return direct;
    for (const [root, as] of shown) {
      if (abs.startsWith(root + path.sep)) return path.join(as, path.relative(root, abs));
    }
    return displayPath(abs, cwd);
  };

  const inputs: Input[] = [];
  const folders: string[] = [];
  const problems: PathProblem[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await fs.stat(p)).isDirectory();
    } catch {
      inputs.push({ file: p, problem: m.unreadable(show(p), 'not-found') });
      continue;
    }
    if (!isDir) {
      inputs.push({ file: p });
      continue;
    }
    folders.push(p);
    const files = await folderWorkbooks(p);
    if (files.length === 0) problems.push({ path: p, message: m.noXlsxInFolder(show(p)) });
    for (const f of files) inputs.push({ file: f });
  }
  return { inputs, folders, problems, many: inputs.length > 1 || folders.length > 0, show };
}
