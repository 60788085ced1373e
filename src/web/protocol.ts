// What the page asks of its worker, and what comes back: plain data, the files' bytes moved, not copied.
import type { Lang } from '../core/types';
import type { SummaryRow } from '../cli/summaryRow';
import type { PageFile, PageOptions, PageResult, RestoreResult } from './jobs';

export type Request =
  | { readonly kind: 'score'; readonly shown: string; readonly bytes: Uint8Array; readonly options: PageOptions; readonly problem?: string; readonly summaryIfOurs?: boolean }
  | { readonly kind: 'stopped'; readonly shown: string; readonly lang: Lang }
  | { readonly kind: 'restore'; readonly shown: string; readonly bytes: Uint8Array; readonly lang: Lang }
  | { readonly kind: 'summary'; readonly rows: readonly SummaryRow[]; readonly lang: Lang; readonly at: number }
  | { readonly kind: 'zip'; readonly files: readonly PageFile[]; readonly at: number };

export interface Answers {
  readonly score: PageResult | null;
  readonly stopped: PageResult;
  readonly restore: RestoreResult;
  readonly summary: PageFile;
  readonly zip: Uint8Array;
}

export type Reply = { readonly id: number; readonly ok: Answers[Request['kind']] } | { readonly id: number; readonly error: string };
