// Writing a workbook out: the file's package with only the changes scoring and restoring made, marked
// as ours (./mark), written atomically beside its target (./safeWrite).
import type { XlsxPackage } from './package/package';
import { withMark } from './mark';
import { writeFileAtomic } from './safeWrite';

/** The workbook as file bytes: the file's package with only the changes scoring and restoring made. */
export function xlsxBytes(wb: XlsxPackage): Buffer {
  return wb.toBuffer();
}

/** Writes the workbook (see xlsxBytes) to a temporary file beside `file`, synced and renamed over it. */
export async function saveXlsx(wb: XlsxPackage, file: string): Promise<void> {
  await writeFileAtomic(file, withMark(xlsxBytes(wb)), { replace: true });
}
