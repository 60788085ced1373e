// What became of a file: not scored (nothing to write), or scored with its workbook and Word report
// written or not. The outputs are written here, each beside its input or in --out.
import path from 'path';
import type { FileDone, FileNotScored, FileScored } from './job';
import { displayPath } from './inputs';
import { stemOf, type Outputs, type Written } from './outputs';

/** The Word report's name after the input's (SPEC §5): `部门.自评报告.docx`. */
const DOCX_SUFFIX = '.自评报告.docx';

/** An output written, and its name as the person reads it. */
export interface Saved {
  readonly written: Written;
  readonly shown: string;
}

export type FileOutcome =
  | { readonly kind: 'not-scored'; readonly done: FileNotScored }
  | {
      readonly kind: 'scored';
      readonly done: FileScored;
      /** The scored workbook written, or why it could not be. */
      readonly workbook: Saved | Error;
      /** The Word report (--report docx) written, or why not; null when there is none. */
      readonly document: Saved | Error | null;
    };

const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Writes each file's outputs: in `outDir`, else beside the input; named as the person reads them from `cwd`. */
export class OutcomeWriter {
  constructor(
    private readonly outputs: Outputs,
    private readonly outDir: string | null,
    private readonly cwd: string,
  ) {}

  /** The file's outputs written (both at once), or why not. */
  async write(done: FileDone, input: string): Promise<FileOutcome> {
    if (done.bytes === null) return { kind: 'not-scored', done };
    const { stem, from } = stemOf(input);
    const dir = this.outDir ?? path.dirname(input);
    const { bytes, docx } = done;
    // Asked for in this order, so each output's name is the one it would get written alone (./outputs).
    const [workbook, document] = await Promise.all([
      this.save(done, () => this.outputs.write(dir, stem, `.scored${done.extension}`, bufferOf(bytes), from)),
      docx === null ? null : this.save(done, () => this.outputs.write(dir, stem, DOCX_SUFFIX, bufferOf(docx))),
    ]);
    return { kind: 'scored', done, workbook, document };
  }

  private async save(done: FileScored, write: () => Promise<Written>): Promise<Saved | Error> {
    try {
      const written = await write();
      const shown = this.outDir ? displayPath(written.file, this.cwd) : path.join(path.dirname(done.shown), path.basename(written.file));
      return { written, shown };
    } catch (e) {
      return e as Error;
    }
  }
}
