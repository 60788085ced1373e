// Where each file the command line writes goes, so that it never writes over a file it should
// not: never over an input of the run (whatever its name), never over a file it did not write or
// that was changed since (unless --force; an input never), never through a symbolic link. A name
// that is taken moves on to `-2`, `-3` …; every write is atomic (../xlsx/safeWrite). Several writes
// may run at once: names are chosen one write at a time, in the order the writes were asked for, so
// each gets the name it would get if they ran one after another.
import { promises as fs } from 'fs';
import path from 'path';
import { isOurUnchangedFile, withMark } from '../xlsx/mark';
import { cutToBytes, NAME_BYTES, TargetExistsError, writeFileAtomic } from '../xlsx/safeWrite';

/**
 * The name outputs are made from, and the first number of its family to try: `部门.xlsx`, `部门.xls`,
 * `部门.scored.xlsx` → `部门` from 1 (`部门.scored.xlsx`, then `部门-2.scored.xlsx` …); a scored file
 * that took a number, `部门-2.scored.xlsx`, → `部门` from 3, so that scoring it again continues its
 * family (`部门-3.scored.xlsx`) instead of starting one of its own (`部门-2-2.scored.xlsx`).
 */
export function stemOf(file: string): { stem: string; from: number } {
  const name = path.basename(file).replace(/\.(xlsx|xlsm|xls|et|ods)$/i, '');
  const scored = /^(.+?)(?:-(\d{1,4}))?\.scored$/i.exec(name);
  if (!scored) return { stem: name, from: 1 };
  return { stem: scored[1], from: scored[2] ? Number(scored[2]) + 1 : 1 };
}

/** `stem + suffix`, or `stem-n + suffix`; a stem too long for a file name is cut, by whole characters, to fit with its tail. */
export function nameFor(stem: string, suffix: string, n: number): string {
  const tail = n === 1 ? suffix : `-${n}${suffix}`;
  return `${cutToBytes(stem, NAME_BYTES - Buffer.byteLength(tail))}${tail}`;
}

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
  private choosing: Promise<unknown> = Promise.resolve();

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

  /** Runs the steps one at a time, in the order they were asked for. */
  private inTurn<T>(step: () => Promise<T>): Promise<T> {
    const run = this.choosing.then(step);
    this.choosing = run.catch(() => undefined);
    return run;
  }

  /**
   * The first name from `stem-n + suffix` on that may be written (claimed for this write), and
   * whether it replaces a file: not an input, not another output of this run, and free or our
   * unchanged earlier output (anything, with --force).
   */
  private async choose(dir: string, stem: string, suffix: string, from: number): Promise<{ file: string; n: number; replace: boolean; because?: KeptBecause }> {
    let because: KeptBecause | undefined;
    for (let n = from; n < 10_000; n++) {
      const file = path.join(dir, nameFor(stem, suffix, n));
      if (this.claimed.has(path.resolve(file))) {
        if (n === from) because = 'this-run';
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
          if (n === from && stat.isFile()) because = 'input';
          continue;
        }
        replace = this.force || (stat.isFile() && (await isOurUnchangedFile(file)));
        if (!replace) continue;
      }
      this.claimed.add(path.resolve(file));
      return { file, n, replace, ...(because ? { because } : {}) };
    }
    throw new Error(`no free name for ${path.join(dir, `${stem}${suffix}`)}`);
  }

  /**
   * Writes `data` (a zip: it gets our mark, see ../xlsx/mark) as `stem + suffix` in `dir`
   * (`部门` + `.scored.xlsx`), or as `stem-2 + suffix` … when that name is an input, another output
   * of this run, or a file that is not our unchanged earlier output.
   */
  async write(dir: string, stem: string, suffix: string, data: Buffer, start = 1): Promise<Written> {
    const marked = withMark(data);
    const first = path.join(dir, nameFor(stem, suffix, start));
    let because: KeptBecause | undefined;
    for (let from = start; ; ) {
      const { file, n, replace, because: passedOver } = await this.inTurn(() => this.choose(dir, stem, suffix, from));
      because ??= passedOver;
      try {
        await writeFileAtomic(file, marked, { replace });
      } catch (e) {
        this.claimed.delete(path.resolve(file));
        if (!(e instanceof TargetExistsError)) throw e;
        from = n + 1; // taken meanwhile (another run): the next name
        continue;
      }
      // Any other first name passed over is a file we did not write (or one taken meanwhile by another run).
      return { file, replaced: replace, ...(file !== first ? { kept: first, keptBecause: because ?? 'not-ours' } : {}) };
    }
  }
}
