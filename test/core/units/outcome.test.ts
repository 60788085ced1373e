// What a clause gives when its case holds (src/core/rules/outcome.ts).
import { D } from '../../../src/core/numbers';
import { messages } from '../../../src/core/messages';
import { describeOutcome, findOutcome, pointsFor, type CaseOutcome } from '../../../src/core/rules/outcome';

const of = (text: string, bare = false) => {
  const f = findOutcome(text, bare);
  if (!f) return null;
  const o = f.outcome;
  const figure = o.kind === 'share' ? o.share.toString() : o.points.toString();
  return `${o.kind} ${figure} @${f.start}-${f.end}`;
};

test.each([
  ['不扣分', 'share 1 @0-3'],
  ['得满分', 'share 1 @0-3'],
  ['记全部分值', 'share 1 @0-5'],
  ['按80%打分', 'share 0.8 @0-6'],
  ['按满分的70%计分', 'share 0.7 @0-9'],
  ['得分系数为0.8', 'share 0.8 @0-8'],
  ['得分系数80%', 'share 0.8 @0-7'],
  ['得权重分的50%', 'share 0.5 @0-8'],
  ['计4分', 'points 4 @0-3'],
  ['得分为3分', 'points 3 @0-5'],
  ['为0.5分', 'points 0.5 @0-5'],
  ['不得分', 'points 0 @0-3'],
  ['计0分', 'points 0 @0-3'],
  ['扣1分', 'minus 1 @0-3'],
  ['扣除2分', 'minus 2 @0-4'],
  ['计10分', 'points 10 @0-4'],
  // `分` left out where nothing else can follow the figure.
  ['扣0.5', 'minus 0.5 @0-4'],
  ['扣除1,扣完为止', 'minus 1 @0-3'],
  ['计5;', 'points 5 @0-2'],
  ['得0', 'points 0 @0-2'],
  ['得0.5分', 'points 0.5 @0-5'],
])('%s gives %s', (text, shown) => expect(of(text)).toBe(shown));

test('a bare figure of points counts only where asked, at the end, and never bracketed or after 加/扣', () => {
  expect(of('5分')).toBeNull();
  expect(of('5分', true)).toBe('points 5 @0-2');
  expect(of('有专人负责2分', true)).toBe('points 2 @5-7');
  expect(of('(2分)', true)).toBeNull();
  expect(of('有创新做法的加1分', true)).toBeNull();
  expect(of('5分以上', true)).toBeNull();
});

test('a figure after an award or deduction word is points only where nothing else can follow it', () => {
  expect(of('扣1个百分点')).toBeNull();
  expect(of('计5项')).toBeNull();
  expect(of('扣1-2分')).toBeNull();
  // `为` also states a figure: `结余率为0，…` is a condition, not points.
  expect(of('结余率为0,计3分')).toBe('points 3 @6-9');
});

test('no outcome in words that only describe', () => {
  for (const text of ['部门总体执行进度', '定性评价', '按时报送', '']) expect(findOutcome(text, true)).toBeNull();
});

test('points an outcome gives out of the points, and how it is said', () => {
  const ten = new D(10);
  const cases: [CaseOutcome, string, string, string][] = [
    [{ kind: 'share', share: new D(1) }, '10', '不扣分', 'no deduction'],
    [{ kind: 'share', share: new D('0.8') }, '8', '按80%打分', 'scored at 80%'],
    [{ kind: 'points', points: new D(4) }, '4', '计4分', '4 points'],
    [{ kind: 'points', points: new D(0) }, '0', '不得分', 'no points'],
    [{ kind: 'minus', points: new D(3) }, '7', '扣3分', 'minus 3'],
  ];
  for (const [o, points, zh, en] of cases) {
    expect(pointsFor(o, ten).toString()).toBe(points);
    expect(describeOutcome(messages('zh'), o)).toBe(zh);
    expect(describeOutcome(messages('en'), o)).toBe(en);
  }
});
