// One scoring or restore run at a time per workbook. Double-clicking 评分 on Excel on the web opens two
// panes (OfficeDev/office-js#1007, #1278), each scoring on open; two runs would write one sheet and one
// backup at once. Each run claims the workbook with an entry of its own in the workbook's settings.
//
// Why Workbook.settings (Excel.SettingCollection, ExcelApi 1.4: "part of the workbook … per file and
// add-in combination", https://learn.microsoft.com/javascript/api/excel/excel.settingcollection): it is
// read and written in a batch, so a second pane of this add-in on the same workbook sees an entry the
// first one added in its last sync. Office.context.document.settings is not: each pane holds "the
// in-memory copy" loaded "when the add-in is activated" and only saveAsync/refreshAsync exchange it with
// the document (https://learn.microsoft.com/javascript/api/office/office.settings).
//
// The claim is one batch: every run entry is loaded, then ours is added. A batch runs as a whole, so of
// two runs claiming at once the later one sees the earlier's entry and gives way (the documents are
// silent on batches of two panes interleaving: assumed whole, as the stand-in runs them). Ours is taken
// away in the run's last write batch; a run that writes nothing takes it away in a sync of its own.
import type { ExcelHost } from './host';
import { isAccessDenied } from './errors';

/** A run entry's key: the partition key where the host has one, then this name, then the run's id. */
const NAME = 'jixiao.run.';

/**
 * An entry older than this is a pane that closed or crashed mid-run: it no longer holds the workbook.
 * A scoring run of the largest table the limits admit takes seconds; two minutes leave it room.
 */
export const STALE_AFTER_MS = 2 * 60 * 1000;

/** Entries older than this are taken away by the next run that holds the workbook: no run lasts an hour. */
const SWEEP_AFTER_MS = 60 * 60 * 1000;

interface Entry {
  readonly key: string;
  /** When its run claimed the workbook (the pane's clock, ms since 1970). */
  readonly since: number;
}

export type Claim =
  /** The workbook is ours until `release` is queued in a batch that goes through. */
  | { readonly kind: 'held'; readonly key: string; readonly stale: readonly string[] }
  /** Another run holds it, since `since`. */
  | { readonly kind: 'taken'; readonly key: string; readonly since: number }
  /** The workbook took no setting (open read-only): it takes no write either, so no run needs it. */
  | { readonly kind: 'unclaimed' };

function entryOf(key: string, value: unknown): Entry | null {
  if (!key.includes(NAME)) return null;
  const since = (value as { since?: unknown } | null)?.since;
  return typeof since === 'number' && Number.isFinite(since) ? { key, since } : null;
}

const runId = () => globalThis.crypto.randomUUID();

/**
 * Claims this pane could not take away (Excel refused the last sync: a person typing on a host that cannot
 * hold a batch). They are this pane's own, so they stop none of its later runs, which take them away.
 */
const leftover = new Set<string>();

/** Claims the workbook for a run: one sync. */
export async function claim(context: Excel.RequestContext, host: ExcelHost): Promise<Claim> {
  const key = `${host.partitionKey ?? ''}${NAME}${runId()}`;
  const now = host.now?.() ?? Date.now();
  const settings = context.workbook.settings;
  settings.load('items/key,items/value');
  settings.add(key, { since: now });
  try {
    await context.sync();
  } catch (e) {
    // A workbook open read-only may refuse the setting (errors.ts); the read then refuses the run. Anything
    // else — cell edit, a dialog — is the run's.
    if (isAccessDenied(e)) return { kind: 'unclaimed' };
    throw e;
  }
  const others = settings.items.flatMap((s) => entryOf(s.key, s.value) ?? []).filter((e) => e.key !== key);
  const live = others.filter((e) => now - e.since < STALE_AFTER_MS && !leftover.has(e.key));
  if (live.length) return { kind: 'taken', key, since: Math.min(...live.map((e) => e.since)) };
  const stale = others.filter((e) => now - e.since >= SWEEP_AFTER_MS || leftover.has(e.key)).map((e) => e.key);
  return { kind: 'held', key, stale };
}

/** Queues the end of a claim: our entry taken away (and, while we hold the workbook, entries of runs long gone). */
export function queueRelease(context: Excel.RequestContext, claimed: Claim): void {
  if (claimed.kind === 'unclaimed') return;
  const settings = context.workbook.settings;
  settings.getItem(claimed.key).delete();
  if (claimed.kind === 'held') for (const key of claimed.stale) settings.getItem(key).delete();
}

/** After the batch that carried queueRelease: whether it went through. */
export function released(claimed: Claim, done: boolean): void {
  if (claimed.kind === 'unclaimed') return;
  if (!done) leftover.add(claimed.key);
  else if (claimed.kind === 'held') claimed.stale.forEach((key) => leftover.delete(key));
}
