// Restore after another program saved the scored file (issue 20, case 2): LibreOffice renumbers the
// shared strings and cell formats, so the cell XML the backup stored no longer fits; restore must see
// that (the backup's digests) and rebuild each cell from its recorded state. The property, for every
// file of the fidelity and hostile corpora that scores: score → re-save with LibreOffice → restore
// gives back every cell of the original re-saved by LibreOffice the same way (its own changes to what
// no one scored — a formula's cached result, a style's spelling — set aside on both sides).
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { json, runInProcess } from './support/cli';
import { everyCell, hostilePython, makeHostileCorpus } from '../support/hostile';
import { makeCorpus, writersAvailable } from '../support/fidelity';
import { libreOfficeAvailable, SOFFICE } from '../support/libreoffice';
import { tempDir } from '../fixtures/xlsx';

jest.setTimeout(600_000);

const run = hostilePython() && writersAvailable().libreoffice && libreOfficeAvailable('the re-save round trip') ? describe : describe.skip;

/** Re-saves the files with LibreOffice (one start for all) into `outDir`, each under its own name. */
async function resave(files: readonly string[], outDir: string): Promise<void> {
  const profile = await tempDir('jixiao-resave-profile-');
  await new Promise<void>((resolve, reject) => {
    execFile(
      SOFFICE!,
      ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files],
      { timeout: 300_000 },
      (err) => (err ? reject(err) : resolve()),
    );
  });
  await fs.rm(profile, { recursive: true, force: true });
}

const exists = (file: string) => fs.access(file).then(
  () => true,
  () => false,
);

/** What a person made of each cell: a formula cell by its formula (its cached result is the program's), any other by its value, with format, fill and note. */
function typed(cells: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [sheet, byRef] of Object.entries(cells)) {
    out[sheet] = {};
    for (const [ref, state] of Object.entries(byRef)) {
      const s = state as { value: unknown; formula: string | null };
      out[sheet][ref] = s.formula === null ? s : { ...s, value: '(formula)' };
    }
  }
  return out;
}

run('score → re-save with LibreOffice → restore', () => {
  let dir: string;
  const cases: { name: string; original: string; scored: string }[] = [];
  beforeAll(async () => {
    dir = await tempDir('jixiao-resave-');
    const inputs = [...(await makeCorpus(path.join(dir, 'fidelity'))).map((f) => f.file), ...(await makeHostileCorpus(path.join(dir, 'hostile'))).map((f) => f.file)];
    const originals = path.join(dir, 'originals');
    await fs.mkdir(originals);
    for (const [i, file] of inputs.entries()) {
      const r = await runInProcess([file, '--out', path.join(dir, 'scored'), '--json']);
      const output = json(r).files[0]?.output;
      if (r.code !== 0 || !output) continue;
      // One name each, for LibreOffice's one output folder: the original and its scored copy side by side.
      const name = `${String(i).padStart(2, '0')}-${path.basename(file).replace(/\.(xlsx|xlsm)$/, '')}`;
      await fs.copyFile(file, path.join(originals, `${name}.xlsx`));
      await fs.copyFile(output, path.join(originals, `${name}.scored.xlsx`));
      cases.push({ name, original: path.join(dir, 'resaved', `${name}.xlsx`), scored: path.join(dir, 'resaved', `${name}.scored.xlsx`) });
    }
    await resave((await fs.readdir(originals)).map((f) => path.join(originals, f)), path.join(dir, 'resaved'));
  });

  it('covers the corpora: every file that scores, and that LibreOffice opens', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const unopened: string[] = [];
    for (const c of cases) if (!(await exists(c.original)) || !(await exists(c.scored))) unopened.push(c.name.slice(3));
    // LibreOffice reads no zip entry named with a leading slash (Excel does, and so do we).
    expect(unopened).toEqual(['leading-slash']);
    console.log(`re-save round trip: ${cases.length - unopened.length} files (${cases.length} scored, ${unopened.length} LibreOffice does not open)`);
  });

  it('restores every cell of every file as LibreOffice saves the original, from the recorded states (the stored XML set aside)', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      if (!(await exists(c.original)) || !(await exists(c.scored))) continue;
      const r = await runInProcess(['restore', c.scored]);
      if (r.code !== 0) {
        failures.push(`${c.name}: restore exit ${r.code} ${r.stderr}`);
        continue;
      }
      const restored = c.scored.replace(/\.scored\.xlsx$/, '.restored.xlsx');
      const got = typed(await everyCell(restored));
      const want = typed(await everyCell(c.original));
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        for (const sheet of Object.keys(want)) {
          for (const ref of new Set([...Object.keys(want[sheet] ?? {}), ...Object.keys(got[sheet] ?? {})])) {
            const a = JSON.stringify(want[sheet]?.[ref]);
            const b = JSON.stringify(got[sheet]?.[ref]);
            if (a !== b) failures.push(`${c.name} ${sheet}!${ref}: want ${a?.slice(0, 200)} got ${b?.slice(0, 200)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
