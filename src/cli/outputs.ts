// Where each file the command line writes goes, so that it never writes over a file it should
// not: never over an input of the run (whatever its name), never over a file it did not write or
// that was changed since (unless --force; an input never), never through a symbolic link. A name
// that is taken moves on to `-2`, `-3` …; every write is atomic (../xlsx/safeWrite).
import { promises as fs } from 'fs';
import path from 'path';
import { isOurUnchangedFile, TargetExistsError, withMark, writeFileAtomic } from '../xlsx';

export interface Written {
  /** The file written. */
  readonly file: string;
  /** The name first wanted, when it was taken and left alone. */
  readonly kept?: string;
  /** Why that name was passed over: an input of the run, another output of this run, or a file not ours. */
  readonly keptBecause?: KeptBecause;
  /** An earlier output of ours replaced (or, with --force, whatever was there). */
  readonly replaced: boolean;
}

async function realpathOrSelf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

export type KeptBecause = 'input' | 'this-run' | 'not-ours';

export class Outputs {
  private readonly inputs = new Set<string>();
  private readonly claimed = new Set<string>();

  constructor(private readonly force: boolean) {}

  /** Files that are inputs of the run: nothing is ever written over them. */
  async addInputs(files: readonly string[]): Promise<void> {
    for (const f of files) {
      this.inputs.add(path.resolve(f));
      this.inputs.add(await realpathOrSelf(f));
    }
  }

  private async isInput(file: string): Promise<boolean> {
    return this.inputs.has(path.resolve(file)) || this.inputs.has(await realpathOrSelf(file));
  }

  /**
   * Writes `data` (a zip: it gets our mark, see ../xlsx/mark) as `stem + suffix` in `dir`
   * (`部门` + `.scored.xlsx`), or as `stem-2 + suffix` … when that name is an input, another output
   * of this run, or a file that is not our unchanged earlier output.
   */
  async write(dir: string, stem: string, suffix: string, data: Buffer): Promise<Written> {
    const marked = withMark(data);
    const first = path.join(dir, `${stem}${suffix}`);
    let because: KeptBecause = 'not-ours';
    for (let n = 1; n < 10_000; n++) {
      const file = n === 1 ? first : path.join(dir, `${stem}-${n}${suffix}`);
      if (this.claimed.has(path.resolve(file))) {
        if (n === 1) because = 'this-run';
        continue;
      }
      let stat: import('fs').Stats | null = null;
      try {
        stat = await fs.lstat(file);
      } catch {
        stat = null;
      }
      let replace = false;
      // A name nothing has is no input; one that exists is looked at (through links) before anything else.
      if (stat) {
        if (stat.isDirectory() || (await this.isInput(file))) {
          if (n === 1 && stat.isFile()) because = 'input';
          continue;
        }
        replace = this.force || (stat.isFile() && (await isOurUnchangedFile(file)));
        if (!replace) continue;
      }
      try {
        await writeFileAtomic(file, marked, { replace });
      } catch (e) {
        if (e instanceof TargetExistsError) continue; // taken meanwhile (another run): the next name
        throw e;
      }
      this.claimed.add(path.resolve(file));
      return { file, replaced: replace, ...(file !== first ? { kept: first, keptBecause: because } : {}) };
    }
    throw new Error(`no free name for ${first}`);
  }
}
