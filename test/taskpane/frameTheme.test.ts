// The pane's frame is drawn before Fluent is loaded, in Fluent's own values: each token the frame sets is
// web light's or web dark's, and each variable pane.css reads is one the frame sets, so the frame and the
// Fluent parts loaded after it agree, and a Fluent upgrade that changes a value fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { frameTokens, frameVariables } from '../../src/taskpane/frameTheme';

const css = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'pane.css'), 'utf8');
const read = [...new Set([...css.matchAll(/var\(--([A-Za-z0-9]+)/g)].map((m) => m[1]))];

describe.each([
  ['light', false, webLightTheme],
  ['dark', true, webDarkTheme],
] as const)('the frame in a %s Office theme', (_, dark, theme: Theme) => {
  test('sets every variable pane.css reads, and no other', () => {
    expect(read.length).toBeGreaterThan(20);
    expect(Object.keys(frameTokens(dark)).sort()).toEqual([...read].sort());
  });

  test('with Fluent’s value for each', () => {
    for (const [name, value] of Object.entries(frameTokens(dark))) expect([name, value]).toEqual([name, String(theme[name as keyof Theme])]);
  });

  test('as CSS custom properties', () => {
    const vars = frameVariables(dark) as Record<string, string>;
    expect(vars['--colorNeutralBackground1']).toBe(theme.colorNeutralBackground1);
    expect(Object.keys(vars).every((k) => k.startsWith('--'))).toBe(true);
  });
});

test('dark and light differ where Fluent’s do: a dark frame is not the light one', () => {
  expect(frameTokens(true).colorNeutralBackground1).not.toBe(frameTokens(false).colorNeutralBackground1);
  expect(frameTokens(true).colorNeutralForeground1).not.toBe(frameTokens(false).colorNeutralForeground1);
});
