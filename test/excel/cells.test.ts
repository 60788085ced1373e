// What the adapter writes as text stays text in Excel: every text a person reads as text, entered the
// way Excel enters a value (the stand-in's model of it, test/support/fake-excel/model.ts), comes back
// as the same text.
import { toExcel } from '../../src/excel/cells';
import { enterText } from '../support/fake-excel/model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'January', 'May', 'September', 'DECEMBER', 'may'];
const FIGURES = ['2019', '20', '1', '01', '1, 2019', '5 2021'];
const SEPARATORS = [' ', '-', '/', '. ', ', '];

const texts = [
  ...MONTHS.flatMap((m) => FIGURES.flatMap((f) => SEPARATORS.map((sep) => `${m}${sep}${f}`))),
  '001', '97%', '1,200', '2019-05-01', '=SUM(A1)', '#N/A', 'TRUE', ' false ', '(5)', '-3', '+7', '.5',
  '扣0.5分：超预算', '完成率95%', 'Q1 2020', 'May', '五月', '指标', 'A1',
];

describe('text goes in so that Excel keeps it as text', () => {
  test.each(texts)('%p', (text) => {
    const entered = enterText(String(toExcel(text)));
    expect(entered).toEqual({ value: text, formula: null });
  });

  test('a text with no digit that Excel cannot convert goes in plain (no apostrophe is added where none is needed)', () => {
    for (const text of ['指标', 'May', 'Sept', '五月', '预算执行率']) expect(toExcel(text)).toBe(text);
  });
});
