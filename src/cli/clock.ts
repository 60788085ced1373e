// The one clock of a run. A scored or restored file takes its times from its input (zipTime.ts), so
// only what a run writes afresh — 汇总.xlsx — reads it. SOURCE_DATE_EPOCH fixes it from outside, as
// the reproducible-builds convention has it (https://reproducible-builds.org/specs/source-date-epoch/):
// whole seconds since 1970-01-01 UTC; a value that is not one is refused, not ignored.

export type Clock = () => Date;

/** The clock `env` asks for: SOURCE_DATE_EPOCH's instant, else the real time; null when it is malformed. */
export function runClock(env: Readonly<Record<string, string | undefined>>): Clock | null {
  const fixed = env.SOURCE_DATE_EPOCH;
  if (fixed === undefined || fixed === '') return () => new Date();
  if (!/^\d{1,12}$/.test(fixed)) return null;
  const at = new Date(Number(fixed) * 1000);
  return () => at;
}
