// The numbering of a list in a rule text (src/core/rules/numbering.ts): markers 1, 2, 3 … in order, of
// the kind the list starts with; a list inside an item belongs to the item.
import { numbering, withoutMarker } from '../../../src/core/rules/numbering';
import { ruleText } from '../../../src/core/rules/ruleText';

const shown = (text: string) => numbering(ruleText(text).text).map((m) => m.shown);

test.each([
  ['①资料齐全得1分；②按时报送得1分', ['①', '②']],
  ['(1)资料齐全；(2)按时报送', ['(1)', '(2)']],
  ['（1）资料齐全；（2）按时报送', ['(1)', '(2)']],
  ['1、资料齐全；2、按时报送', ['1、', '2、']],
  ['1.资料齐全；2.按时报送', ['1、', '2、']],
  ['1)资料齐全；2)按时报送', ['1、', '2、']],
  ['一、资料齐全；二、按时报送', ['一、', '二、']],
  ['(一)资料齐全；(二)按时报送', ['(一)', '(二)']],
  ['按实现程度计分：A、制度健全；B、执行有效；C、公开透明', ['A、', 'B、', 'C、']],
])('%p is numbered %p', (text, markers) => {
  expect(shown(text)).toEqual(markers);
});

test.each([
  ['资料齐全得1.5分；按时报送得2.5分', 'a decimal is not a marker'],
  ['①资料齐全得1分', 'one item is not a list'],
  ['2、资料齐全；3、按时报送', 'a list starts at 1'],
  ['统一、规范地管理得1分；二、按时报送', 'a numeral inside a word is not a marker'],
  ['达到A级标准得2分；B级得1分', 'a letter without its 、 is not a marker'],
])('%p has no list: %s', (text) => {
  expect(shown(text)).toEqual([]);
});

test('a list inside an item belongs to the item: only the outer kind numbers the list', () => {
  expect(shown('1、制度健全：(1)有制度(2)有执行；2、按时报送；3、数据准确')).toEqual(['1、', '2、', '3、']);
});

test('markers out of order are passed over, not renumbered', () => {
  expect(shown('1、资料齐全；3、数据准确；2、按时报送')).toEqual(['1、', '2、']);
});

test.each([
  ['1、设置年度绩效目标', '设置年度绩效目标'],
  ['①资料齐全', '资料齐全'],
  ['(2) 按时报送', '按时报送'],
  ['A、制度健全', '制度健全'],
  ['12项任务', '12项任务'],
  ['1.5分', '1.5分'],
])('withoutMarker(%p) = %p', (text, rest) => {
  expect(withoutMarker(text)).toBe(rest);
});
