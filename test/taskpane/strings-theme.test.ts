import { langOf } from '../../src/taskpane/strings';
import { STRINGS } from '../../src/taskpane/strings/all';
import { isDark, luminance } from '../../src/taskpane/theme';

const CJK = /[\u4e00-\u9fff]/;

/** Every string, with functions called on sample arguments. */
function rendered(lang: 'zh' | 'en'): [string, string][] {
  return Object.entries(STRINGS[lang]).map(([key, value]) => {
    if (typeof value === 'string') return [key, value];
    if (Array.isArray(value)) return [key, value.join(' ')];
    const fn = value as (...args: unknown[]) => string;
    const args = key === 'notesVia' ? ['notes'] : key === 'gradeName' ? ['X'] : ['A1', 'B2', 'C3'];
    return [key, fn(...args)];
  });
}

describe('strings', () => {
  test('Chinese and English have the same entries', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
  });

  test('English strings contain no Chinese (except the grade names 优良中差)', () => {
    for (const [key, text] of rendered('en')) {
      if (key !== 'gradeName') expect([key, CJK.test(text)]).toEqual([key, false]);
    }
    expect(STRINGS.en.gradeName('优')).toBe('优 (excellent)');
  });

  test('Chinese strings are Chinese', () => {
    for (const [key, text] of rendered('zh')) {
      if (!['outOf', 'gradeName', 'sentenceGap', 'listSep', 'pointsLost', 'atCell'].includes(key)) {
        expect([key, CJK.test(text)]).toEqual([key, true]);
      }
    }
  });

  test("the pane speaks English only when Office's display language is English", () => {
    expect(langOf('en-US')).toBe('en');
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('EN')).toBe('en');
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf('zh-TW')).toBe('zh');
    expect(langOf('fr-FR')).toBe('zh');
    expect(langOf(undefined)).toBe('zh');
  });
});

describe('Office theme', () => {
  test('dark when Office says so, or when its body colour is dark', () => {
    expect(isDark({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe(true);
    expect(isDark({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDark({ bodyBackgroundColor: '#000' })).toBe(true);
    expect(isDark({ bodyBackgroundColor: '#E6E6E6' })).toBe(false);
    expect(isDark({ bodyBackgroundColor: 'not a colour' })).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });

  test('luminance runs from black to white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 6);
    expect(luminance('#808080')!).toBeGreaterThan(0.2);
  });
});
