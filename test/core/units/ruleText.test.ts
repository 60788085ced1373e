// A rule text prepared for the families (src/core/rules/ruleText.ts): clauses, and what was not understood.
import { isIgnorable, notUnderstood, onlySubjectLeft, ruleText, saysHowToScore, scoresOtherwise, without } from '../../../src/core/rules/ruleText';

test('normalised once: half-width, ≤, figures in digits; split into clauses with where each starts', () => {
  const t = ruleText('达９６％以上，不扣分；未达到百分之九十，扣一分。\n 直至扣完…其余');
  expect(t.text).toBe('达96%以上,不扣分;未达到90%,扣1分。\n 直至扣完…其余');
  expect(t.clauses).toEqual(['达96%以上,不扣分', '未达到90%,扣1分', '直至扣完', '其余']);
  expect(t.clauses.map((c, i) => t.text.slice(t.starts[i], t.starts[i] + c.length))).toEqual(t.clauses);
  expect(ruleText('').clauses).toEqual([]);
  expect(ruleText('；；。').clauses).toEqual([]);
});

test('a line break ends a clause, unless it only wraps the cell after a comma', () => {
  expect(ruleText('≥90%，\n计5分；\r\n80%-90%，计4分\n低于80%不得分').clauses).toEqual(['≥90%,计5分', '80%-90%,计4分', '低于80%不得分']);
  expect(ruleText('制度健全、\n执行有效的得2分').clauses).toEqual(['制度健全、执行有效的得2分']);
});

test('what says how to score, and what a family need not read', () => {
  for (const text of ['扣0.5分', '减1分', '扣除2', '计5', '扣分', '扣完为止', '得分', '计分', '不得分', '满分', '得3分', '加1分', '得分系数', '扣0.5-2.0分', '酌情处理', '视情况']) {
    expect([text, saysHowToScore(text)]).toEqual([text, true]);
  }
  for (const text of ['总权重分值(70分)', '是否按时报送', '预算执行率=全年执行数/全年预算数', '≥90%']) {
    expect([text, saysHowToScore(text)]).toEqual([text, false]);
  }
  expect(isIgnorable('是否按时报送')).toBe(true);
  expect(isIgnorable('扣完为止')).toBe(true);
  expect(isIgnorable('本项满分10分')).toBe(true);
  expect(isIgnorable('分值为5分')).toBe(true);
  expect(isIgnorable('扣1分')).toBe(false);
  expect(isIgnorable('满分10分,每发现一处扣1分')).toBe(false);
});

test('a case whose condition is another way of scoring', () => {
  expect(scoresOtherwise('按完成比例计算得分')).toBe(true);
  expect(scoresOtherwise('实行不力的酌情')).toBe(true);
  expect(scoresOtherwise('未申报扣0.5分')).toBe(true);
  expect(scoresOtherwise('评价计分正确、分值计算散总一致的')).toBe(false);
});

test('what is left of a clause: only its subject, or more', () => {
  expect(onlySubjectLeft('部门总体执行进度,')).toBe(true);
  expect(onlySubjectLeft('“三公”经费决算数的')).toBe(true);
  expect(onlySubjectLeft('')).toBe(true);
  for (const rest of ['且无重大问题', '但未说明原因', '5项', '如有超支', '或者', '非涉密', '没有问题', '不合格']) expect([rest, onlySubjectLeft(rest)]).toEqual([rest, false]);
});

test('spans taken out of a text, in any order and overlapping', () => {
  expect(without('abcdefgh', [[5, 6], [1, 3]])).toBe('adegh');
  expect(without('abcdefgh', [[1, 4], [2, 6]])).toBe('agh');
  expect(without('abc', [])).toBe('abc');
});

test('not understood: what a reading stumbled on and what it left unread that scores, each once', () => {
  const t = ruleText('达96%以上,不扣分;另视情况扣分;说明文字');
  const reading = { rule: null, read: new Set([0]), stumbled: ['另视情况扣分'] };
  expect(notUnderstood(t, reading)).toEqual(['另视情况扣分']);
  expect(notUnderstood(t, { rule: null, read: new Set([0]), stumbled: [] })).toEqual(['另视情况扣分']);
  expect(notUnderstood(t, { rule: null, read: new Set([0, 1]), stumbled: [] })).toEqual([]);
});

test('runs of spaces and tabs are one space; commas and spaces around a clause are not part of it', () => {
  const t = ruleText('  达到 \t 90%\u00a0\u00a0得满分 ；,， 、未达到 90% ， 扣1分 ,， ；  ');
  expect(t.text).toBe('达到 90% 得满分 ;,, 、未达到 90% , 扣1分 ,, ;');
  expect(t.clauses).toEqual(['达到 90% 得满分', '未达到 90% , 扣1分']);
  expect(t.clauses.map((c, i) => t.text.slice(t.starts[i], t.starts[i] + c.length))).toEqual(t.clauses);
});
