// Figures in Chinese numerals (SPEC §3): written as digits where they are figures, left alone elsewhere.
import { chineseInteger, chineseNumber, digitsForNumerals } from '../../../src/core/numerals';

test.each([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['两', 2],
  ['九', 9],
  ['十', 10],
  ['十二', 12],
  ['二十', 20],
  ['九十五', 95],
  ['一百', 100],
  ['一百零五', 105],
  ['一百二十', 120],
  ['两千', 2000],
  ['三千零一', 3001],
])('%s is %d', (text, n) => expect(chineseInteger(text)).toBe(n));

test.each(['', '二三', '十百', '百百', 'a', '五a'])('%p is not a whole number in numerals', (text) => {
  expect(chineseInteger(text)).toBeNull();
});

test.each([
  ['零点五', '0.5'],
  ['一点二五', '1.25'],
  ['十二', '12'],
  ['三点', null],
  ['三点a', null],
])('%s as a figure: %p', (text, figure) => expect(chineseNumber(text)).toBe(figure));

test.each([
  ['每发现一处扣一分', '每发现1处扣1分'],
  ['每低一个百分点扣零点五分', '每低1个百分点扣0.5分'],
  ['达到百分之九十以上', '达到90%以上'],
  ['百分之九十五点五', '95.5%'],
  ['一项超预算扣0.5分,两项扣1分', '1项超预算扣0.5分,2项扣1分'],
  ['得两分', '得2分'],
  ['十二个月', '12个月'],
  ['每一点不规范', '每1点不规范'],
  ['一点五分', '一点五分'], // 分 without a scoring word before it is not points
  ['扣一点五分', '扣1.5分'],
  // Targets in money and area (found by the paraphrases of `≤90万元`, `29.5亩`).
  ['≤九十万元', '≤90万元'],
  ['≥八千四百元', '≥8400元'],
  ['二十九点五亩', '29.5亩'],
])('%s → %s', (text, digits) => expect(digitsForNumerals(text)).toBe(digits));

test.each(['统一规范', '一级指标', '“三公”经费', '效果十分明显', '一次性补助', '进一步提升', '单一来源', '一元化管理'])('%s stays as written', (text) => {
  expect(digitsForNumerals(text)).toBe(text);
});
