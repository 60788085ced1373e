// LibreOffice headless for tests that need files only it makes (.xls, .ods): found where Debian puts
// it; missing, the test is skipped with a warning, except under CI=true, where it fails
// (scripts/ensure-test-tools.sh installs libreoffice-calc-nogui).
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;

/** Whether the test can run; says why not (and fails under CI) when it cannot. */
export function libreOfficeAvailable(what: string): boolean {
  if (SOFFICE) return true;
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`LibreOffice is missing and CI is set: ${what} needs it (apt-get install libreoffice-calc-nogui; scripts/ensure-test-tools.sh does).`);
  console.warn(`\n*** SKIPPING ${what}: LibreOffice not installed. Install with apt-get install libreoffice-calc-nogui (CI=true makes this a failure). ***\n`);
  return false;
}

/** Converts the files with LibreOffice headless into `outDir`, as `<stem>.<format>` (`xls`, `ods`). */
export async function convertWithLibreOffice(files: readonly string[], format: string, outDir: string): Promise<void> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-lo-profile-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(SOFFICE!, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, ...files], { timeout: 180_000 }, (err) =>
        err ? reject(err) : resolve(),
      );
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}
