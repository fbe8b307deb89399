interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

// Building a DateTimeFormat is far slower than using one, and a print pack formats thousands of times.
const numericFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function numericFormat(timeZone: string): Intl.DateTimeFormat {
  let format = numericFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      // 'h23' rather than hour12: false, which some ICU versions render as 24:00 at midnight.
      hourCycle: 'h23',
    });
    numericFormats.set(timeZone, format);
  }
  return format;
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of numericFormat(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/** 'HH:mm' on the wall clock of `timeZone`. */
export function formatTime(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** 'HH:mm–HH:mm' on the wall clock of `timeZone`. */
export function formatTimeRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  return `${formatTime(startsAt, timeZone)}–${formatTime(endsAt, timeZone)}`;
}

/** 'yyyy-mm-dd' of the day `date` falls on in `timeZone`: groups meetings by local day. */
export function localDayKey(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 'yyyy-mm-dd HH:mm' in `timeZone`: unambiguous in both languages. */
export function formatTimestamp(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 'Tuesday, 12 May 2026' / 'Tirsdag den 12. maj 2026'. */
export function formatDay(date: Date, timeZone: string, locale: string): string {
  const key = `${locale} ${timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    dayFormats.set(key, format);
  }
  const text = format.format(date);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
