// What a request to Excel weighs, before it is sent: batches are cut to stay under Excel's limit.

/** Excel on the web refuses a request above 5 MB; a batch is split before it gets there. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * What one command adds to a request besides its value: office.js sends the objects it reaches (a
 * range, its format, its fill: an object path and an Instantiate action each) and the command's own
 * action, every one named by an id that grows through the run. Measured on office.js 1.1.110's own
 * requests (test/excel/officejs.test.ts): a note 180 bytes, a run of values 435, a fill by
 * setCellProperties 475, a fill colour below ExcelApi 1.9 706 at the start of a run and 834 once the
 * ids reach seven digits (the writes of a 6,000-row sheet). 900 leaves room for eight-digit ids.
 */
export const COMMAND_BYTES = 900;

/** UTF-8 bytes of a value's JSON, plus the command's own overhead: what the batch will weigh. */
export function size(v: unknown): number {
  const s = JSON.stringify(v);
  let n = COMMAND_BYTES;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}
