// What a rule can give (src/core/rules/possible.ts): the scores a typed score kept unverified is checked
// against — outcomes kept within the points, deductions in whole occurrences within their caps, sums of
// criteria — and why a typed score is not one of them, in words.
import { D, type Dec } from '../../../src/core/numbers';
import { messages } from '../../../src/core/messages';
import { ANY_SCORE, checkTyped, outcomes, scoresOf, subsetSums, whyNotGiven, type Possible } from '../../../src/core/rules/possible';

const ds = (...xs: number[]): Dec[] => xs.map((x) => new D(x));
const nums = (xs: readonly Dec[] | null) => (xs === null ? null : xs.map((x) => x.toNumber()));
const deductions = (parts: [number, number | null][], cap: number | null = null, zero = false): Possible => ({
  kind: 'deductions',
  parts: parts.map(([rate, c]) => ({ rate: new D(rate), cap: c === null ? null : new D(c) })),
  cap: cap === null ? null : new D(cap),
  zero,
});

describe('scoresOf', () => {
  test('a range lists nothing: any score from 0 to the points', () => {
    expect(scoresOf(ANY_SCORE, new D(5))).toBeNull();
  });

  test('outcomes are kept within the points, each once, ascending', () => {
    expect(nums(scoresOf(outcomes(ds(5, 0, 7, 5, -1, 2.5)), new D(5)))).toEqual([0, 2.5, 5]);
  });

  test.each([
    ['one rate, no cap: every whole step down to 0', [[0.5, null]], null, false, 2, [0, 0.5, 1, 1.5, 2]],
    ['the rule’s cap: never below the points less it', [[0.5, null]], 1, false, 2, [1, 1.5, 2]],
    ['a part’s own cap: its steps, then the cap', [[1, 1.5]], null, false, 5, [3.5, 4, 5]],
    ['two rates add up', [[1, null], [0.3, 0.6]], 2, false, 3, [1, 1.4, 1.7, 2, 2.4, 2.7, 3]],
    ['a cut-off band gives nothing at all', [[1, null]], 2, true, 5, [0, 3, 4, 5]],
    ['a step that does not divide the points still reaches 0 (扣完为止)', [[2, null]], null, false, 5, [0, 1, 3, 5]],
  ] as const)('%s', (_what, parts, cap, zero, points, want) => {
    expect(nums(scoresOf(deductions(parts.map((p) => [...p] as [number, number | null]), cap, zero), new D(points)))).toEqual(want);
  });

  test('figures finer than a ten-thousandth of a point are not listed: the range is all that is checked', () => {
    expect(scoresOf(deductions([[0.00001, null]]), new D(5))).toBeNull();
  });
});

test('subsetSums: every sum of some of the criteria, none counted twice', () => {
  expect(subsetSums(ds(1, 2, 1)).map((x) => x.toNumber()).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
});

// Each rule's possible scores built inside its test, not while the file loads (README, Mutation testing).
describe('checkTyped and whyNotGiven', () => {
  const m = messages('zh');
  const why = (p: Possible, points: number, typed: number) => whyNotGiven(checkTyped(p, new D(points), new D(typed)), p, new D(points), new D(typed), m);

  test.each([
    ['yes/no: one of its two outcomes', () => outcomes(ds(2, 0)), 2, 1.5, '按评分标准只能得0分或2分，填写1.5分'],
    ['yes/no: the points', () => outcomes(ds(2, 0)), 2, 2, null],
    ['above the points, whatever the rule', () => ANY_SCORE, 5, 6, '按评分标准最多得5分，填写6分，按5分计'],
    ['below zero', () => ANY_SCORE, 5, -1, '得分不能低于0分，填写-1分，按0分计'],
    ['a range: anything within', () => ANY_SCORE, 5, 3.33, null],
    ['steps too many to list: the arithmetic said', () => deductions([[0.3, null]]), 5, 4.5, '按评分标准应为5分减去0.3分的整数倍，填写4.5分'],
    ['several rates and a cap: each rate once, and the cap', () => deductions([[0.05, null], [0.05, null], [0.1, null]], 3), 6, 4.33, '按评分标准应为6分减去各项扣分（每次0.05分、每次0.1分）之和（最多扣3分），填写4.33分'],
    ['criteria too many to list: their sums said', () => outcomes(subsetSums(ds(1, 2, 1, 3, 1.5, 2.5, 4, 5))), 20, 2.25, '按评分标准应为所满足各项的分值之和，填写2.25分'],
  ] as const)('%s', (_what, possible, points, typed, reason) => {
    expect(why(possible(), points, typed)).toBe(reason);
  });
});

describe('the limits of listing, at their edges', () => {
  test('a cap finer than the rates and the points is counted in its own places', () => {
    expect(nums(scoresOf(deductions([[1, null]], 2.5), new D(5)))).toEqual([2.5, 3, 4, 5]);
  });
  test('a ten-thousandth of a point is still listed', () => {
    expect(scoresOf(deductions([[0.0001, null]], 0.0003), new D(1))?.length).toBe(4);
  });
  test('200,000 steps are listed, one more is not', () => {
    expect(scoresOf(deductions([[1, null]]), new D(200_000))?.length).toBe(200_001);
    expect(scoresOf(deductions([[1, null]]), new D(200_001))).toBeNull();
  });
  test('a rate of 0 takes nothing, capped or not; a part capped at exactly its rate once', () => {
    expect(nums(scoresOf(deductions([[0, null], [0, 1], [1, 1]]), new D(3)))).toEqual([2, 3]);
  });
  test('the whole sum of every criterion is among them', () => {
    expect(nums(scoresOf(outcomes(subsetSums(ds(1, 2))), new D(3)))).toEqual([0, 1, 2, 3]);
  });
});

describe('checkTyped: how many scores are listed', () => {
  test('twelve are listed, thirteen are not', () => {
    expect(checkTyped(deductions([[1, null]]), new D(11), new D(0.5))).toMatchObject({ kind: 'not-given', scores: expect.any(Array) });
    expect(checkTyped(deductions([[1, null]]), new D(12), new D(0.5))).toEqual({ kind: 'not-given', scores: null });
  });
  test('a range takes any score within the points', () => {
    expect(checkTyped(ANY_SCORE, new D(5), new D(3.33))).toEqual({ kind: 'possible' });
  });
});
