// A folder's files in one download: each scored file (already compressed, so stored as it is) and
// 汇总.xlsx, every entry dated by the run's clock so the same run gives the same zip.
import { zipSync, type Zippable } from 'fflate';
import type { PageFile } from './jobs';

export function zipOf(files: readonly PageFile[], at: number): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.name] = [f.bytes, { level: 0, mtime: new Date(at) }];
  return zipSync(entries);
}
