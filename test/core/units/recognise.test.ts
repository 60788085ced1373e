// Which family reads a rule text (src/core/rules/recognise.ts): the one that reads all of it; a text
// families read only in part is never scored — the row is manual, and the warning quotes what no family
// understood; a text that says nothing about scoring passes the row on to its target.
import type { CellValue } from '../../../src/core';
import { briefly, scoreOne } from '../../support/table';

const read = (rule: string, actual: CellValue, target?: string) => briefly(scoreOne(rule, actual, 5, { target }));

const manual = (family: string | null, quoted: string[]) => ({
  family,
  status: 'manual',
  score: null,
  explanation: `F2的评分标准有未能识别的部分：${quoted.map((q) => `“${q}”`).join('、')}，需人工评分。`,
});

describe('a text read whole', () => {
  test('goes to the family that read it', () => {
    expect(read('“三公”经费决算数一项超预算扣0.5分,两项扣1分。', 1)).toEqual({ family: 'counted-table', status: 'deducted', score: 4.5, explanation: '扣0.5分：填报1项' });
    expect(read('≥90%，计5分；80%（含）-90%，计4分；低于80%不得分', '85%')).toEqual({ family: 'range-tiers', status: 'deducted', score: 4, explanation: '扣1分：85%，80%(含)-90%，计4分' });
  });
});

describe('a text read only in part', () => {
  test('the family that left least unread is named, and only what no family read is quoted', () => {
    // range-tiers leaves `每发现1处问题扣0.5分` and `酌情扣分`; per-item only `酌情扣分`.
    expect(read('≥90%，计5分；80%-90%，计4分；每发现一处问题扣0.5分；酌情扣分', '85%')).toEqual(manual('per-item', ['酌情扣分']));
  });

  test('a part one family read and another did not is not quoted', () => {
    // composite leaves `低于80%不得分` too, which range-tiers read.
    expect(read('≥90%，计5分；80%（含）-90%，计4分；低于80%不得分；连续两年低于80%的另扣2分', '85%')).toEqual(
      manual('range-tiers', ['连续两年低于80%的另扣2分']),
    );
  });

  test('a rule mixing two kinds, each read by a different family: every part some family could not read', () => {
    expect(read('达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完。出现重大事故的扣2分', '89%')).toEqual(
      // The deductions read the steps as one of their parts now, so only the full-marks band is left to them.
      manual('steps', ['出现重大事故的扣2分', '达到95%以上得满分']),
    );
  });

  test('a text no family reads that says how to score: quoted, with no family', () => {
    expect(read('视情况扣分', 1)).toEqual(manual(null, ['视情况扣分']));
  });
});

describe('a text that says nothing about scoring', () => {
  test('is no rule: the row is scored by its target', () => {
    expect(read('根据实际情况填写', '95%', '≥90%')).toEqual({ family: 'target', status: 'full', score: 5, explanation: '满分：实际95%，达到目标≥90%' });
  });
});
