// The vocabulary (src/core/rules/phrases.ts): words tried longest first and taken literally, what a
// comparison or step word means, and which verdicts give full points.
import { digitsForNumerals } from '../../../src/core/numerals';
import { anyOf, boundOf, EACH_ITEM, EACH_ITEM_WORDS, isFullVerdict, stepDirectionOf, VERDICT } from '../../../src/core/rules/phrases';

test('alternatives are tried longest first, and taken literally', () => {
  expect(new RegExp(anyOf(['低于', '不低于'])).exec('不低于90%')?.[0]).toBe('不低于');
  const literal = new RegExp(`^(?:${anyOf(['1+1', 'a.b', '(x)'])})$`);
  expect(['1+1', 'a.b', '(x)'].map((w) => literal.test(w))).toEqual([true, true, true]);
  expect(['11', 'axb', 'x'].map((w) => literal.test(w))).toEqual([false, false, false]);
});

test('every each-item word is found as the rule text reads it, its numerals in digits', () => {
  const whole = new RegExp(`^(?:${EACH_ITEM})$`);
  expect(EACH_ITEM_WORDS.filter((w) => !whole.test(digitsForNumerals(w)))).toEqual([]);
  expect(whole.test(digitsForNumerals('每二项'))).toBe(false);
});

test.each([
  ['不低于', 'min'],
  ['不少于', 'min'],
  ['高于', 'above'],
  ['不超过', 'max'],
  ['低于', 'below'],
  ['等于', 'equal'],
  ['随便', null],
])('the comparison word %p sets the bound %p', (word, kind) => {
  expect(boundOf(word)).toBe(kind);
});

test.each([
  ['降低', 'short'],
  ['超过', 'over'],
  ['相差', 'apart'],
])('the step word %p counts %p', (word, direction) => {
  expect(stepDirectionOf(word)).toBe(direction);
});

test.each([
  ['达到预期目标', true],
  ['完成年度目标', true],
  ['基本达到预期目标', false],
  ['达到预期目标且效果较差', false],
  ['完成', true],
  ['良好', true],
  ['是', true],
  ['未完成', false],
  ['较好', false],
  ['否', false],
])('the verdict %p gives full points: %p', (verdict, full) => {
  expect(isFullVerdict(verdict)).toBe(full);
});

test.each([
  ['完成', true],
  ['已完成', true],
  ['全部完成', true],
  ['达到', true],
  ['已实现', true],
  ['达标', true],
  ['达成目标值', true],
  ['未完成', false],
  ['按时完成', false],
  ['完成率', false],
])('%p is a verdict that reads the row as qualitative: %p', (text, verdict) => {
  expect(VERDICT.test(text)).toBe(verdict);
});
