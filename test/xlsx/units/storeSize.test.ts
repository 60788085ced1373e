// A backup store's size is checked before it is parsed (issue 20, case 4): a store holding more JSON
// values than scoring ever writes is refused, whatever kind of value fills it, and what is inside its
// strings is text, not counted.
import { checkStoreSize, MAX_STORE_VALUES, TamperedBackup } from '../../../src/xlsx/backupCheck';

/** A store whose backups list holds `n` copies of `item`. */
const store = (item: string, n: number) => `{"version":1,"backups":[${`${item},`.repeat(n - 1)}${item}]}`;

const refusal = (text: string): string | null => {
  try {
    checkStoreSize(text);
    return null;
  } catch (e) {
    if (!(e instanceof TamperedBackup)) throw e;
    return e.reason;
  }
};

describe('checkStoreSize', () => {
  // Counted: the store's `{`, the comma after its version and the list's `[`, then each item's own
  // brackets and the comma before every item but the first — 2 + n × (the item's brackets + 1).
  it.each([
    ['empty objects', '{}', 2],
    ['empty lists', '[]', 2],
    ['numbers', '0', 1],
    ['strings', '""', 1],
    ['records with a field', '{"a":1}', 2],
  ])('a store of %s: taken at the limit, refused one item past it', (_, item, each) => {
    const atLimit = Math.floor((MAX_STORE_VALUES - 2) / each);
    expect(refusal(store(item, atLimit))).toBeNull();
    expect(refusal(store(item, atLimit + 1))).toBe('the backup holds more than scoring ever writes');
  });

  it('counts nothing inside strings: commas, brackets and escaped quotes in a note are its text', () => {
    const note = `"${'，,{[\\"'.repeat(MAX_STORE_VALUES)}"`;
    expect(refusal(store(`{"note":${note}}`, 1))).toBeNull();
    // A quote escaped inside a string does not end it: the brackets after it are still text.
    expect(refusal(`{"version":1,"backups":["\\"${'{'.repeat(MAX_STORE_VALUES + 1)}"]}`)).toBeNull();
    expect(refusal(`{"version":1,"backups":["\\\\"${',{'.repeat(MAX_STORE_VALUES)}]}`)).toBe('the backup holds more than scoring ever writes');
  });
});
