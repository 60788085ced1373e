// How the pane is opened and what it says about undoing: the ribbon's run flag, the manifest, the hint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { consumeRunFlag } from '../../src/taskpane/launch';
import type { PaneActions } from '../../src/taskpane/actions';
import { STRINGS } from '../../src/taskpane/strings/all';

describe('the ribbon’s run flag', () => {
  test('评分 opens the pane with run=score: it scores once, and the address loses the flag so a reload does not score again', () => {
    const calls: string[] = [];
    const history = { replaceState: (_d: unknown, _t: string, url?: string | URL | null) => void calls.push(String(url)) };
    expect(consumeRunFlag({ href: 'https://host/taskpane.html?run=score&lang=zh' }, history)).toBe(true);
    expect(calls).toEqual(['https://host/taskpane.html?lang=zh']);
    expect(consumeRunFlag({ href: calls[0] }, history)).toBe(false);
    expect(consumeRunFlag({ href: 'https://host/taskpane.html' }, history)).toBe(false);
    expect(calls).toHaveLength(1);
  });
});

describe('manifest.xml', () => {
  const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

  test('lists no AppDomain for the pane’s own origin (learn.microsoft.com/javascript/api/manifest/appdomain)', () => {
    expect(manifest).not.toMatch(/<AppDomain>/);
  });

  test('both buttons open the one task pane (one TaskpaneId); only 评分’s URL carries run=score', () => {
    expect([...manifest.matchAll(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g)].map((m) => m[1])).toEqual(['Jixiao.Pane', 'Jixiao.Pane']);
    expect(manifest).toMatch(/<bt:Url id="Score.Url" DefaultValue="[^"]*taskpane\.html\?run=score"\/>/);
    expect(manifest).toMatch(/<bt:Url id="Taskpane.Url" DefaultValue="[^"?]*taskpane\.html"\/>/);
  });
});

describe('undoing scoring', () => {
  const actions = {} as PaneActions;
  test.each([
    ['zh', '要撤销评分，请单击“恢复”：Ctrl+Z 不能完整撤销加载项写入的内容。'],
    ['en', 'To undo scoring, click Restore: Ctrl+Z cannot fully undo what an add-in wrote.'],
  ] as const)('the pane says plainly that Restore, not Ctrl+Z, undoes it (%s)', (lang, text) => {
    const html = renderToStaticMarkup(<App lang={lang} strings={STRINGS[lang]} dark={false} actions={actions} />);
    expect(html).toContain(text);
  });
});

describe('the static shell painted before any script (taskpane.html)', () => {
  const html = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
  const root = html.slice(html.indexOf('<div id="root">'), html.indexOf('</body>'));
  const texts = [...root.matchAll(/>([^<>]+)</g)].map((m) => m[1].trim()).filter(Boolean);

  test('says what the Chinese pane says first: the title, the intro, 评分, 恢复 and the hint, in that order', () => {
    const zh = STRINGS.zh;
    expect(texts).toEqual([zh.appTitle, zh.intro, zh.score, zh.restore, zh.undoHint]);
  });

  test('its buttons wait for Excel, and it carries no script and no inline style (the page’s CSP)', () => {
    expect([...root.matchAll(/<button[^>]*>/g)].every((m) => / disabled[ >]/.test(m[0]))).toBe(true);
    expect(root).not.toMatch(/<script|style=/);
    expect(html).toMatch(/<link rel="stylesheet" href="pane.css" \/>/);
  });
});
