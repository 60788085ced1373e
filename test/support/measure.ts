// Figures a test measures on the way (sync counts, bytes, milliseconds) are for the person tuning
// them, not for every `npm test`: printed only with JIXIAO_TEST_MEASURES=1, so the suite's output
// stays the test results and the warnings that concern them.
export function printMeasure(text: string): void {
  // eslint-disable-next-line no-console
  if (process.env.JIXIAO_TEST_MEASURES === '1') console.log(text);
}
