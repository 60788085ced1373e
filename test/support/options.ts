// What makes an option offered to the accountant a fragment of its rule rather than a whole case
// (issue 22): used over every text the tests hold and every paraphrase of the phrasing table.
import { ruleText } from '../../src/core/rules/ruleText';

const compact = (s: string) => ruleText(s).text.replace(/\s+/g, '');

/** Why an option is not a whole case of the rule, or null when it is one. */
export function fragment(option: string, rule: string): string | null {
  // A bare answer stands whole even where the rule leaves it unsaid (`…是否完整可行(3分)`: 是 or 否).
  if (/^[是否有无]$/.test(option)) return null;
  if (!compact(rule).includes(compact(option))) return 'not written so in the rule (cut short or pieced together)';
  if (/…|\.{3}/.test(option)) return 'cut short';
  if (/^(?:[①-⑳]|\(?\d{1,2}[、.)]|\(?[一二三四五六七八九十][、)]|[A-J][、.)])/.test(option)) return 'a list item';
  if (/\d/.test(ruleText(option).text)) return 'holds a figure: a band, a count, a rank or an item’s points';
  if (/^其中/.test(option)) return 'a breakdown of another case';
  if ([...option].length < 2) return 'a lone word';
  return null;
}
