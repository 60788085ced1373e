// A date as Excel keeps it: a serial number of days (1 = 1900-01-01) shown through a date format. Read
// as the date a person sees, never as the number behind it (45224 is 2023年10月25日).

/** Whether a number format shows a date: it has year, month or day codes outside quotes and brackets, and no digit placeholders. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[yd]|m/i.test(codes) && !/[0#?]/.test(codes) && !/^general$/i.test(codes.trim());
}

/** The serial as the date a person sees: to the month when the format shows no day. Null for a serial no date has. */
export function dateText(serial: number, format: string): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = Math.floor(serial);
  // Excel counts a 29 February 1900 that never was (serial 60): later serials are one day ahead.
  const epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(epoch + days * 86400000);
  const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const ym = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`;
  return /d/i.test(codes) ? `${ym}${d.getUTCDate()}日` : ym;
}
