// A year's working-day calendar as twelve month grids: public holidays, make-up working days (调休) and weekends.
import { formatDateTime } from '../../format';
import { getLang, type MessageKey } from '../../i18n';
import type { CalendarVersionView, CalendarYear } from '../../types';
import { h, tx } from '../../ui/dom';

export type DayKind = 'off' | 'makeup' | 'weekend' | 'work';

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Every day off and make-up day of the file, by ISO date. Dates are plain calendar dates: no time zone involved. */
export function dayKinds(file: CalendarYear['file']): Map<string, DayKind> {
  const kinds = new Map<string, DayKind>();
  for (const holiday of file.holidays) {
    for (let day = new Date(`${holiday.from}T00:00:00Z`); day <= new Date(`${holiday.to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
      kinds.set(day.toISOString().slice(0, 10), 'off');
    }
  }
  for (const day of file.makeUpWorkingDays) kinds.set(day, 'makeup');
  return kinds;
}

/** One month, Monday first: each cell a day with its kind. */
export function monthGrid(year: number, month: number, kinds: Map<string, DayKind>): { day: number; date: string; kind: DayKind }[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const weeks: { day: number; date: string; kind: DayKind }[][] = [];
  let week: { day: number; date: string; kind: DayKind }[] = Array.from({ length: lead }, () => ({ day: 0, date: '', kind: 'work' as DayKind }));
  for (let day = 1; day <= days; day++) {
    const date = iso(year, month, day);
    const weekday = (lead + day - 1) % 7;
    week.push({ day, date, kind: kinds.get(date) ?? (weekday >= 5 ? 'weekend' : 'work') });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push(week);
  return weeks;
}

const weekdays: MessageKey[] = ['calendar.mon', 'calendar.tue', 'calendar.wed', 'calendar.thu', 'calendar.fri', 'calendar.sat', 'calendar.sun'];

function month(year: number, number: number, kinds: Map<string, DayKind>): HTMLElement {
  return h(
    'table',
    { class: 'calendar-month', testid: 'calendar-month', data: { month: String(number) } },
    h('caption', null, tx(`calendar.month.${number}` as MessageKey)),
    h('thead', null, h('tr', null, weekdays.map((key) => h('th', { scope: 'col' }, tx(key))))),
    h(
      'tbody',
      null,
      monthGrid(year, number, kinds).map((week) =>
        h(
          'tr',
          null,
          week.map((cell) =>
            cell.day === 0
              ? h('td', { class: 'empty' })
              : h('td', { class: cell.kind, testid: 'calendar-day', data: { date: cell.date, kind: cell.kind } }, String(cell.day)),
          ),
        ),
      ),
    ),
  );
}

function versionLine(version: CalendarVersionView): HTMLElement {
  return h(
    'p',
    { class: 'muted', testid: 'calendar-version' },
    tx(version.shipped ? 'calendar.versionShipped' : 'calendar.versionUploaded', {
      version: version.version,
      file: version.fileName,
      by: version.uploadedBy,
      at: formatDateTime(version.uploadedAt, getLang()),
    }),
  );
}

export function renderYear(year: CalendarYear): HTMLElement {
  const kinds = dayKinds(year.file);
  return h(
    'section',
    { class: 'panel calendar-year', testid: 'calendar-year', data: { year: String(year.file.year) } },
    h('h2', null, tx('calendar.yearTitle', { year: year.file.year })),
    versionLine(year.version),
    h(
      'p',
      { class: 'calendar-legend' },
      h('span', { class: 'swatch off' }), tx('calendar.legend.off'), ' ',
      h('span', { class: 'swatch makeup' }), tx('calendar.legend.makeup'), ' ',
      h('span', { class: 'swatch weekend' }), tx('calendar.legend.weekend'),
    ),
    h('div', { class: 'calendar-months' }, Array.from({ length: 12 }, (_, i) => month(year.file.year, i + 1, kinds))),
  );
}

export function renderVersions(versions: readonly CalendarVersionView[]): HTMLElement {
  return h(
    'section',
    { class: 'panel', testid: 'calendar-versions' },
    h('h2', null, tx('calendar.versions')),
    h(
      'table',
      { class: 'worklist' },
      h(
        'thead',
        null,
        h('tr', null, (['calendar.col.year', 'calendar.col.version', 'calendar.col.file', 'calendar.col.by', 'calendar.col.at'] as MessageKey[]).map((key) =>
          h('th', { scope: 'col' }, tx(key)),
        )),
      ),
      h(
        'tbody',
        null,
        versions.map((v) =>
          h('tr', { testid: 'calendar-version-row' },
            h('td', null, String(v.year)), h('td', null, String(v.version)), h('td', null, v.fileName),
            h('td', null, v.shipped ? tx('calendar.shipped') : v.uploadedBy), h('td', null, formatDateTime(v.uploadedAt, getLang()))),
        ),
      ),
    ),
  );
}
