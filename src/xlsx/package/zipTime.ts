// A zip entry's modification time, as the zip stores it: an MS-DOS date and time (APPNOTE.TXT 4.4.6:
// two-second steps, years 1980–2107, no time zone). Kept as the 32-bit word of the central directory
// (date in the high half, time in the low), so that a part copied or patched keeps its time to the bit.

export type DosTime = number;

/** 1980-01-01 00:00:00, the earliest time a zip can hold (and what Excel writes for every part). */
export const DOS_EPOCH: DosTime = 0x0021_0000;

const fields = (t: DosTime) => ({
  year: 1980 + (t >>> 25),
  month: (t >>> 21) & 0x0f,
  day: (t >>> 16) & 0x1f,
  hours: (t >>> 11) & 0x1f,
  minutes: (t >>> 5) & 0x3f,
  seconds: (t & 0x1f) * 2,
});

/**
 * The time of an instant: its UTC date and time (a zip has no zone; UTC makes the bytes the same on
 * every machine). Before 1980 is 1980-01-01; fflate writes years up to 2099.
 */
export function dosTime(at: Date): DosTime {
  const year = at.getUTCFullYear();
  if (Number.isNaN(year) || year < 1980) return DOS_EPOCH;
  if (year > 2099) return dosTime(new Date(Date.UTC(2099, 11, 31, 23, 59, 58)));
  const date = ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >>> 1);
  return ((date << 16) | time) >>> 0;
}

/** Whether a stored word is a date and time a zip writer could have meant (some write zeros). */
function valid(t: DosTime): boolean {
  const f = fields(t);
  return f.year <= 2099 && f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= 31 && f.hours < 24 && f.minutes < 60 && f.seconds < 60;
}

/**
 * What fflate's Zip takes as `mtime` to write `t` back: it reads the date's *local* fields
 * (`getFullYear`, `getHours`…), so the date is made from `t`'s fields in local time. A word no
 * writer could mean (month 0, as some write) is written as 1980-01-01, which fflate accepts.
 */
export function fflateTime(t: DosTime): Date {
  const f = fields(valid(t) ? t : DOS_EPOCH);
  return new Date(f.year, f.month - 1, f.day, f.hours, f.minutes, f.seconds);
}

/** The latest of some times (the epoch when there are none). */
export function newest(times: Iterable<DosTime>): DosTime {
  let latest = DOS_EPOCH;
  for (const t of times) if (valid(t) && t > latest) latest = t;
  return latest;
}
