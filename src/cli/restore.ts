// `restore <file.scored.xlsx>…`: writes each workbook as it was before scoring, beside it, as
// `<name>.restored.xlsx` (never over the scored file, the original or any other file it did not write).
import path from 'path';
import { loadXlsx, restoreXlsx, XlsxFileError, xlsxBytes } from '../xlsx';
import type { CliOptions } from './args';
import { cliMessages } from './messages';
import { Outputs } from './outputs';
import { terminalSafe } from './terminal';
import { LINE_ROOM } from './report';
import type { CliIO } from './io';

export async function restoreAll(options: CliOptions, io: CliIO): Promise<number> {
  const m = cliMessages(options.lang);
  const cwd = io.cwd ?? process.cwd();
  const say = (text: string) => io.stderr.write(`${terminalSafe(text, LINE_ROOM)}\n`);
  if (options.paths.length === 0) {
    say(m.restoreNeedsFile);
    return 2;
  }
  const files = options.paths.map((p) => path.resolve(cwd, p));
  const outputs = new Outputs(options.force);
  await outputs.addInputs(files);
  let exit = 0;
  for (let i = 0; i < files.length; i++) {
    const shown = options.paths[i];
    try {
      const wb = await loadXlsx(files[i]);
      if (restoreXlsx(wb) === 0) {
        say(m.nothingToRestore(shown));
        exit = Math.max(exit, 2);
        continue;
      }
      const ext = /\.xlsm$/i.test(files[i]) ? '.xlsm' : '.xlsx';
      const stem = path.basename(files[i]).replace(/\.(xlsx|xlsm)$/i, '').replace(/\.scored$/i, '');
      const dir = options.out === null ? path.dirname(files[i]) : path.resolve(cwd, options.out);
      const written = await outputs.write(dir, stem, `.restored${ext}`, xlsxBytes(wb));
      const shownOut = options.out === null ? path.join(path.dirname(shown), path.basename(written.file)) : written.file;
      io.stdout.write(`${terminalSafe(m.restored(shownOut, written.kept ? path.basename(written.kept) : null), LINE_ROOM)}\n`);
    } catch (e) {
      // A person's own sheet under the backup sheet's name holds no backup: there is nothing to restore, and it stays.
      if (e instanceof XlsxFileError && e.problem === 'backup-name-taken') say(m.nothingToRestore(shown));
      else if (e instanceof XlsxFileError) say(m.unreadable(shown, e.problem, e.detail, e.facts));
      else say(m.writeFailed(shown, (e as Error).message));
      exit = 2;
    }
  }
  return exit;
}
