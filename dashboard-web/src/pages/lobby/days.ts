// A business day's figures, for a past day as kept when it ended, or today so far: served, no-shows,
// not served at the close, voided, average wait and service, waits over target; in all and per service.
import { lobbyApi } from '../../api';
import { formatCount, formatMinutes, formatTime } from '../../format';
import { getLang, type MessageKey } from '../../i18n';
import type { LobbyDayFigures, LobbyFigures } from '../../types';
import { h, replaceChildren, tx } from '../../ui/dom';
import { problemBanner, showProblem, clearProblem } from '../../ui/problem';

const columns: { key: keyof LobbyFigures; label: MessageKey; minutes?: boolean }[] = [
  { key: 'issued', label: 'lobby.fig.issued' },
  { key: 'served', label: 'lobby.fig.served' },
  { key: 'noShows', label: 'lobby.fig.noShows' },
  { key: 'notServedAtClose', label: 'lobby.fig.notServed' },
  { key: 'voided', label: 'lobby.fig.voided' },
  { key: 'averageWaitMinutes', label: 'lobby.fig.wait', minutes: true },
  { key: 'averageServiceMinutes', label: 'lobby.fig.service', minutes: true },
  { key: 'slaBreaches', label: 'lobby.fig.breaches' },
];

function cells(figures: LobbyFigures): HTMLElement[] {
  const lang = getLang();
  return columns.map((c) =>
    h('td', { class: 'num', data: { figure: c.key } }, c.minutes ? formatMinutes(figures[c.key], lang) : formatCount(figures[c.key])),
  );
}

export function renderDayFigures(day: LobbyDayFigures): HTMLElement {
  return h(
    'div',
    { class: 'day-figures', testid: 'day-figures', data: { date: day.date, closed: String(day.closed) } },
    h('p', { class: 'muted small', testid: 'day-figures-state' }, day.closed ? tx('lobby.daysClosed', { time: formatTime(day.closesAt) }) : tx('lobby.daysOpen')),
    day.total.issued === 0
      ? h('p', { class: 'empty', testid: 'day-figures-none' }, tx('lobby.daysNone'))
      : h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'figures' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }), columns.map((c) => h('th', { scope: 'col', class: 'num' }, tx(c.label))))),
            h(
              'tbody',
              null,
              h('tr', { class: 'total', testid: 'day-figures-total' }, h('th', { scope: 'row' }, tx('lobby.daysTotal')), cells(day.total)),
              day.services.map((s) =>
                h('tr', { testid: 'day-figures-service', data: { service: s.service } }, h('th', { scope: 'row', class: 'service' }, tx(`service.${s.service}`)), cells(s.figures)),
              ),
            ),
          ),
        ),
  );
}

/** The panel: a date (yesterday by the business clock, once it is known) and its figures. */
export function dayFiguresPanel(branchId: string): { element: HTMLElement; showDay(date: string, today: string): void; render(): void } {
  const banner = problemBanner('day-problem');
  const result = h('div', { class: 'day-result' });
  const dateInput = h('input', { type: 'date', name: 'date', testid: 'day-date', required: true });
  let shown: LobbyDayFigures | null = null;
  const load = (date: string): void => {
    clearProblem(banner);
    lobbyApi
      .day(branchId, date)
      .then((figures) => {
        shown = figures;
        replaceChildren(result, renderDayFigures(figures));
      })
      .catch((error: unknown) => showProblem(banner, error));
  };
  const form = h(
    'form',
    {
      class: 'day-picker',
      testid: 'day-form',
      on: {
        submit: (event) => {
          event.preventDefault();
          if (dateInput.value) load(dateInput.value);
        },
      },
    },
    h('label', { class: 'field-label' }, tx('lobby.daysDate'), ' ', dateInput),
    h('button', { type: 'submit', testid: 'day-show' }, tx('lobby.daysShow')),
  );
  return {
    element: h('div', { class: 'days' }, form, banner, result),
    showDay: (date, today) => {
      dateInput.max = today;
      if (dateInput.value) return;
      dateInput.value = date;
      load(date);
    },
    render: () => {
      if (shown) replaceChildren(result, renderDayFigures(shown));
    },
  };
}

/** The calendar day before a date (yyyy-MM-dd): what a lobby manager looks back at first. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - 1)).toISOString().slice(0, 10);
}
