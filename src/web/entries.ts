// A file of the run, as the page lists it, and what the list says of it.
import type { PageFile, PageResult } from './jobs';
import type { Picked } from './picked';
import type { PageStrings } from './strings';

export interface Entry {
  readonly key: number;
  readonly picked: Picked;
  readonly state: 'waiting' | 'working' | 'done' | 'cancelled';
  readonly result: PageResult | null;
}

export interface Restored {
  readonly key: number;
  readonly shown: string;
  readonly file: PageFile | null;
  readonly message: string | null;
}

/** The first table's total, for sorting (none: last). */
export function totalOf(e: Entry): number | null {
  const v = e.result?.views[0];
  return v ? Number(v.total) : null;
}

export function stateText(e: Entry, p: PageStrings): string {
  if (e.state === 'waiting') return p.waiting;
  if (e.state === 'working') return p.working;
  if (e.state === 'cancelled') return p.cancelledState;
  if (!e.result?.scored) return p.failedState;
  return e.result.exit === 1 ? p.withErrors : p.scoredState;
}
