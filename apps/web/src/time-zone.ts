// The API stores instants; organisers think in the event's local wall-clock time, which may
// differ from the browser's zone. These helpers convert between the two with Intl only.

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function zonedParts(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Europe/Copenhagen: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2027-05-11` + `09:30` in `Europe/Copenhagen` → `2027-05-11T09:30:00+02:00`. */
export function zonedToIso(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset around daylight-saving changes.
  let offset = offsetMinutes(wallAsUtc, timeZone);
  offset = offsetMinutes(wallAsUtc - offset * 60000, timeZone);
  return `${date}T${pad(hour)}:${pad(minute)}:00${formatOffset(offset)}`;
}

/** Instant → `{ date: 'YYYY-MM-DD', time: 'HH:mm' }` on the wall clock of `timeZone`. */
export function isoToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const p = zonedParts(new Date(iso).getTime(), timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Value for an `<input type="datetime-local">` showing the instant in the event's zone. */
export function isoToLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const { date, time } = isoToZoned(iso, timeZone);
  return `${date}T${time}`;
}

/** Reverse of `isoToLocalInput`; empty input means "not set". */
export function localInputToIso(value: string, timeZone: string): string | null {
  if (!value) return null;
  const [date, time] = value.split('T');
  return zonedToIso(date, time.slice(0, 5), timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function formatDateTime(iso: string | null | undefined, timeZone: string, locale: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(isoOrDate: string | null | undefined, locale: string, timeZone = 'UTC'): string {
  if (!isoOrDate) return '–';
  // A bare YYYY-MM-DD is a calendar date, so format it in UTC to avoid shifting the day.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? `${isoOrDate}T00:00:00Z` : isoOrDate;
  const zone = instant === isoOrDate ? timeZone : 'UTC';
  return new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium' }).format(new Date(instant));
}

export function timeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Copenhagen', 'UTC'];
}

/** "Tuesday 11 May 2027" in the event's time zone, for a day heading in an agenda. */
export function formatLongDate(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' }).format(new Date(iso));
}
