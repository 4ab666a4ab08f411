// Money, durations, dates and times as bank staff read them, in either language.
import { translate, type Lang } from './i18n';

// Business dates and clock instants are China Standard Time (brief §7): UTC+8, no daylight
// saving. A wall board in another time zone must still show the branch's time.
export const businessUtcOffsetMinutes = 8 * 60;

const grouped = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const groupedInteger = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * ¥1,234,567.89 in both languages and on every screen: CNY to the fen, thousands separated. Never 万: a figure in
 * 万 next to one in yuan reads as a different scale, and sums shown to the fen add up as printed (the wall board's
 * rows to its total).
 */
export function formatMoney(amount: number, _lang?: Lang): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}¥${grouped.format(Math.abs(amount))}`;
}

/** A share (0–1) as a whole percentage: 0.6667 → "67%"; null (nothing to measure) → "—". */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A person's name in the screen's language: Chinese characters when the register has them, else the Latin form. */
export function personName(person: { name: string; nameZh?: string | null }, lang: Lang): string {
  return lang === 'zh-CN' && person.nameZh ? person.nameZh : person.name;
}

export function formatCount(n: number): string {
  return groupedInteger.format(n);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A waiting or serving time: "4m 05s" / "4分05秒" under an hour, "1h 02m" / "1小时02分" beyond. */
export function formatDuration(milliseconds: number, lang: Lang): string {
  const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return h > 0
    ? translate(lang, 'fmt.durationHM', { h, mm: pad(m) })
    : translate(lang, 'fmt.durationMS', { m, ss: pad(s) });
}

/** Average minutes from the server's statistics: "7.5 min" / "7.5 分钟". */
export function formatMinutes(minutes: number, lang: Lang): string {
  const rounded = Math.round(minutes * 10) / 10;
  return translate(lang, 'fmt.minutes', { n: rounded.toFixed(rounded % 1 === 0 ? 0 : 1) });
}

interface BusinessParts { yyyy: number; m: number; d: number; hh: number; mi: number; ss: number }

function businessParts(instant: string | Date): BusinessParts | null {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + businessUtcOffsetMinutes * 60_000);
  return {
    yyyy: shifted.getUTCFullYear(),
    m: shifted.getUTCMonth() + 1,
    d: shifted.getUTCDate(),
    hh: shifted.getUTCHours(),
    mi: shifted.getUTCMinutes(),
    ss: shifted.getUTCSeconds(),
  };
}

/** HH:mm in business time; with seconds for clocks and "updated at". */
export function formatTime(instant: string | Date, options: { seconds?: boolean } = {}): string {
  const p = businessParts(instant);
  if (!p) return '—';
  return options.seconds ? `${pad(p.hh)}:${pad(p.mi)}:${pad(p.ss)}` : `${pad(p.hh)}:${pad(p.mi)}`;
}

/** The business date of an instant: "2026-02-12" / "2026年2月12日". */
export function formatDate(instant: string | Date, lang: Lang): string {
  const p = businessParts(instant);
  if (!p) return '—';
  return translate(lang, 'fmt.date', { yyyy: p.yyyy, mm: pad(p.m), dd: pad(p.d), m: p.m, d: p.d });
}

/** The business date ("2026-02-12") an instant falls on, for comparing days. */
export function businessDate(instant: string | Date | number): string {
  const p = businessParts(typeof instant === 'number' ? new Date(instant) : instant);
  return p ? `${p.yyyy}-${pad(p.m)}-${pad(p.d)}` : '';
}

/**
 * A time as a screen shows it next to "now" (the business clock's): the time alone when it is
 * today, with its date when it is not (yesterday's ticket, a complaint from last week).
 */
export function formatWhen(instant: string, lang: Lang, nowMs: number, options: { seconds?: boolean } = {}): string {
  const time = formatTime(instant, options);
  return businessDate(instant) === businessDate(nowMs) ? time : `${formatDate(instant, lang)} ${time}`;
}

/** A calendar date from the server (DateOnly, "2026-02-12"), shown without any time-zone shift. */
export function formatDateOnly(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, yyyy, mm, dd] = match;
  return translate(lang, 'fmt.date', { yyyy: yyyy!, mm: mm!, dd: dd!, m: Number(mm), d: Number(dd) });
}

/** Date and time in business time: "2026-02-12 14:05" / "2026年2月12日 14:05". */
export function formatDateTime(instant: string | Date, lang: Lang): string {
  return `${formatDate(instant, lang)} ${formatTime(instant)}`;
}

/**
 * A value of an <input type="datetime-local"> read as business time ("2026-02-12T15:30" →
 * "2026-02-12T15:30:00+08:00"), so a promise means the same instant wherever the browser is.
 */
export function businessLocalToInstant(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const offset = businessUtcOffsetMinutes;
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${match[1]}T${match[2]}:${match[3]}:${match[4] ?? '00'}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Now plus some minutes as a datetime-local value in business time (a form's sensible default). */
export function businessLocalValue(instant: Date): string {
  const p = businessParts(instant)!;
  return `${p.yyyy}-${pad(p.m)}-${pad(p.d)}T${pad(p.hh)}:${pad(p.mi)}`;
}

/** The business month ("2026-04") an instant falls in. */
export function businessMonth(instant: Date): string {
  const p = businessParts(instant)!;
  return `${p.yyyy}-${pad(p.m)}`;
}

/** A month ("2026-04") moved by some months. */
export function addMonths(month: string, months: number): string {
  const [yyyy, mm] = month.split('-').map(Number);
  const index = yyyy! * 12 + (mm! - 1) + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** A month for people: "2026-04" / "2026年4月". */
export function formatMonth(month: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return translate(lang, 'fmt.month', { yyyy: match[1]!, mm: match[2]!, m: Number(match[2]) });
}
