// One run at a time per workbook (src/excel/runLock.ts): two panes on one workbook (Excel on the web
// opens two on a double click of 评分, OfficeDev/office-js#1007), a double click in one pane, a pane that
// crashed mid-run. Through the real office.js client, the stand-in holding the workbook's settings.
import { restoreActiveSheet, scoreActiveSheet, type RestoreOutcome, type ScoreOutcome } from '../../src/excel';
import { STALE_AFTER_MS } from '../../src/excel/runLock';
import type { FakeExcel } from '../support/fake-excel';
import { sampleExcel } from './sample';

const SHEET = '指标体系';

/** The run entries the workbook's settings hold now. */
const runEntries = (xl: FakeExcel) => [...xl.model.settings.keys()].filter((k) => k.includes('jixiao.run.'));

const kinds = (outs: readonly (ScoreOutcome | RestoreOutcome)[]) => outs.map((o) => (o.kind === 'refused' ? `refused:${o.reason}` : o.kind)).sort();

describe('one scoring or restore run at a time per workbook', () => {
  test('two panes score one workbook at once: one scores, the other says so in the person’s words and writes nothing; then either may score or restore', async () => {
    const xl = await sampleExcel();
    const once = await sampleExcel();
    await scoreActiveSheet({ lang: 'zh' }, once.host());
    const outs = await Promise.all([scoreActiveSheet({ lang: 'zh' }, xl.host()), scoreActiveSheet({ lang: 'zh' }, xl.host())]);
    expect(kinds(outs)).toEqual(['refused:other-run', 'scored']);
    const refused = outs.find((o) => o.kind === 'refused')!;
    expect(refused.message).toMatch(/^另一个任务窗格自 .+ 起正在评分或恢复本工作簿，此处未做任何操作。/);
    expect(refused.message).toContain(`${STALE_AFTER_MS / 60_000} 分钟后再试`);
    // The workbook is as one scoring leaves it, and holds no claim any more.
    expect(xl.dump(SHEET)).toEqual(once.dump(SHEET));
    expect(runEntries(xl)).toEqual([]);
    expect((await scoreActiveSheet({ lang: 'zh' }, xl.host())).kind).toBe('scored');
    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(runEntries(xl)).toEqual([]);
  });

  test('a restore while the other pane scores is refused too, in English with --lang en; nothing is lost', async () => {
    const xl = await sampleExcel();
    const before = xl.dump(SHEET);
    const outs = await Promise.all([scoreActiveSheet({ lang: 'en' }, xl.host()), restoreActiveSheet({ lang: 'en' }, xl.host())]);
    expect(kinds(outs)).toEqual(['refused:other-run', 'scored']);
    expect(outs[1]).toMatchObject({ kind: 'refused', reason: 'other-run' });
    expect((outs[1] as { message: string }).message).toMatch(/^Another task pane has been scoring or restoring this workbook since /);
    expect(await restoreActiveSheet({ lang: 'en' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(xl.dump(SHEET)).toEqual(before);
  });

  test('a double click in one pane: three clicks, one run; the claim is gone once it ends', async () => {
    const xl = await sampleExcel();
    const host = xl.host();
    const outs = await Promise.all([1, 2, 3].map(() => scoreActiveSheet({ lang: 'zh' }, host)));
    expect(kinds(outs)).toEqual(['refused:other-run', 'refused:other-run', 'scored']);
    expect(runEntries(xl)).toEqual([]);
    // The claim was in the workbook while the run wrote: taken in the first sync, away in the last.
    const seen: string[][] = [];
    xl.beforeSync(2, () => seen.push(runEntries(xl)));
    xl.beforeSync(3, () => seen.push(runEntries(xl)));
    await scoreActiveSheet({ lang: 'zh' }, host);
    expect(seen.map((s) => s.length)).toEqual([1, 1]);
    expect(runEntries(xl)).toEqual([]);
  });

  test('a refused run (protected sheet) takes its claim away too: the next run is not held up', async () => {
    const xl = await sampleExcel();
    xl.setProtected(SHEET, true);
    expect(await scoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'refused', reason: 'protected' });
    expect(runEntries(xl)).toEqual([]);
    xl.setProtected(SHEET, false);
    expect((await scoreActiveSheet({ lang: 'zh' }, xl.host())).kind).toBe('scored');
  });

  test('a crashed pane’s claim holds for the stated time only; one over an hour old is taken away', async () => {
    const xl = await sampleExcel();
    const now = Date.parse('2026-03-02T10:00:00Z');
    const host = { ...xl.host(), now: () => now };
    xl.model.settings.set('jixiao.run.crashed', { since: now - STALE_AFTER_MS + 1000 });
    expect(await scoreActiveSheet({ lang: 'zh' }, host)).toMatchObject({ kind: 'refused', reason: 'other-run' });
    expect(runEntries(xl)).toEqual(['jixiao.run.crashed']);
    // Past the stated time the crashed pane holds nothing; its entry stays until it is an hour old.
    xl.model.settings.set('jixiao.run.crashed', { since: now - STALE_AFTER_MS });
    expect((await scoreActiveSheet({ lang: 'zh' }, host)).kind).toBe('scored');
    expect(runEntries(xl)).toEqual(['jixiao.run.crashed']);
    xl.model.settings.set('jixiao.run.crashed', { since: now - 60 * 60 * 1000 });
    expect(await restoreActiveSheet({ lang: 'zh' }, host)).toMatchObject({ kind: 'restored' });
    expect(runEntries(xl)).toEqual([]);
  });

  test('the claim is kept under Office.context.partitionKey where the host has one; a claim from another partition still counts', async () => {
    const xl = await sampleExcel();
    const host = { ...xl.host(), partitionKey: 'https://contoso.sharepoint.com|' };
    const seen: string[][] = [];
    xl.beforeSync(2, () => seen.push(runEntries(xl)));
    expect((await scoreActiveSheet({ lang: 'zh' }, host)).kind).toBe('scored');
    expect(seen[0]).toHaveLength(1);
    expect(seen[0][0].startsWith('https://contoso.sharepoint.com|jixiao.run.')).toBe(true);
    xl.model.settings.set('other-partition|jixiao.run.a', { since: Date.now() });
    expect(await scoreActiveSheet({ lang: 'zh' }, host)).toMatchObject({ kind: 'refused', reason: 'other-run' });
  });

  test('a claim this pane could not take away (a person typed on a host that cannot hold a batch) does not stop its next run', async () => {
    const xl = await sampleExcel({ apiVersion: '1.10' });
    // Typing starts after the claim and lasts through the read and the claim's release.
    xl.beforeSync(2, () => xl.setWorkbookState({ cellEditMode: true }));
    expect(await scoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'refused', reason: 'cell-edit' });
    expect(runEntries(xl)).toHaveLength(1);
    xl.setWorkbookState({ cellEditMode: false });
    expect((await scoreActiveSheet({ lang: 'zh' }, xl.host())).kind).toBe('scored');
    expect(runEntries(xl)).toEqual([]);
  });
});
