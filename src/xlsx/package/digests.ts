// Digests of the parts a cell's XML points into by number (shared strings, cell formats, cell
// metadata): a backup's stored XML is only good in a package that still has those very parts.
import { platform } from '../platform';

/** SHA-256 of each such part (null where the package has none). */
export interface PartDigests {
  readonly strings: string | null;
  readonly styles: string | null;
  readonly metadata: string | null;
}

export const digestOf = (data: Buffer | null): string | null => (data === null ? null : platform.sha256([data]));

export const sameDigests = (a: PartDigests | undefined, b: PartDigests): boolean =>
  a !== undefined && a !== null && a.strings === b.strings && a.styles === b.styles && a.metadata === b.metadata;
