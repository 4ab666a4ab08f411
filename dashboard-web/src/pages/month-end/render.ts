// A closed month as the team leads and heads read it: the frozen statistics per sub-branch (against the targets) and
// per client manager, and the month-end inactive-terminal list, each with its CSV download.
import { ApiProblem } from '../../api';
import { formatCount, formatDateTime, formatMoney, formatMonth } from '../../format';
import { getLang, type MessageKey } from '../../i18n';
import type { InactiveTerminalList, KpiFigures, MonthStatistics, TargetCheck, TerminalTally } from '../../types';
import { h, tx } from '../../ui/dom';

/** What the server answered for a month: the figures, or why there are none. */
export type Answer<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; value: T }
  | { kind: 'notClosed' }
  | { kind: 'none' }
  | { kind: 'forbidden' };

/**
 * A refused read in the page's words: 404 is "not closed yet" for this month or a later one, "none made" for an earlier
 * one (its clock was not running then); 403 is "not for your role". Anything else is left for the problem banner.
 */
export function answerOf<T>(error: unknown, month: string, currentMonth: string): Answer<T> | null {
  if (!(error instanceof ApiProblem)) return null;
  if (error.status === 404) return month >= currentMonth ? { kind: 'notClosed' } : { kind: 'none' };
  if (error.status === 403) return { kind: 'forbidden' };
  return null;
}

const num = (n: number): HTMLElement => h('td', { class: 'num' }, formatCount(n));
const money = (amount: number): HTMLElement => h('td', { class: 'num' }, formatMoney(amount, getLang()));

/** "3 / 4" with a mark: green when the target is met, red when missed; data-met for the tests. */
function target(actual: number, goal: number, met: boolean, testid: string): HTMLElement {
  return h(
    'td',
    { class: `num target ${met ? 'met' : 'missed'}`, testid, data: { met: String(met) }, i18nTitle: met ? 'monthEnd.met' : 'monthEnd.missed' },
    `${formatCount(actual)} / ${formatCount(goal)}`,
  );
}

function weeks(f: KpiFigures, t: TargetCheck): HTMLElement {
  const complete = f.weeks.filter((w) => w.complete);
  return target(complete.filter((w) => w.met).length, complete.length, t.weeklyMet, 'sub-branch-weeks');
}

const terminals = (t: TerminalTally): HTMLElement =>
  h('td', { class: 'num', testid: 'terminals' }, `${formatCount(t.activeInMonth)} / ${formatCount(t.inactiveAtMonthEnd)}`);

function table(columns: readonly MessageKey[], rows: HTMLElement[], empty: MessageKey, testid: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty', testid: `${testid}-empty` }, tx(empty));
  return h(
    'table',
    { class: 'month-end-table', testid },
    h('thead', null, h('tr', null, columns.map((c, i) => h('th', { scope: 'col', class: i === 0 ? null : 'num' }, tx(c))))),
    h('tbody', null, rows),
  );
}

function heading(title: MessageKey, month: string, csvHref: string | null, csvTestid: string): HTMLElement {
  return h(
    'h2',
    { class: 'month-end-heading' },
    tx(title, { month: formatMonth(month, getLang()) }),
    csvHref ? [' ', h('a', { href: csvHref, download: '', class: 'csv-link', testid: csvTestid }, tx('monthEnd.csv'))] : null,
  );
}

function why(answer: Answer<unknown>, month: string, none: MessageKey, notClosed: MessageKey, testid: string): HTMLElement {
  const key: MessageKey =
    answer.kind === 'loading' ? 'common.loading' : answer.kind === 'forbidden' ? 'monthEnd.forbidden' : answer.kind === 'none' ? none : notClosed;
  return h('p', { class: 'empty', testid, data: { state: answer.kind } }, tx(key, { month: formatMonth(month, getLang()) }));
}

export function renderStatistics(answer: Answer<MonthStatistics>, month: string, csvHref: string): HTMLElement {
  if (answer.kind !== 'ready') {
    return h(
      'section',
      { class: 'panel', testid: 'statistics' },
      heading('monthEnd.statistics', month, null, 'statistics-csv'),
      why(answer, month, 'monthEnd.none', 'monthEnd.notClosed', 'statistics-state'),
    );
  }
  const s = answer.value;
  const lang = getLang();
  const subBranches = s.subBranches.map((b) =>
    h(
      'tr',
      { testid: 'sub-branch-row', data: { institutionId: b.institutionId } },
      h('th', { scope: 'row' }, b.name, ' ', h('span', { class: 'muted small' }, b.institutionId)),
      target(b.figures.newAccounts, b.targets.perMonth, b.targets.monthlyMet, 'sub-branch-new-accounts'),
      weeks(b.figures, b.targets),
      target(b.figures.newBasicAccounts, b.targets.basicPerMonth, b.targets.basicMet, 'sub-branch-basic'),
      num(b.figures.reactivated),
      num(b.figures.wentDormant),
      money(b.figures.depositsGrowth),
      terminals(b.terminals),
    ),
  );
  const managers = s.managers.map((m) =>
    h(
      'tr',
      { testid: 'manager-row', data: { managerId: m.managerId } },
      h('th', { scope: 'row', testid: 'manager-name' }, m.name, ' ', h('span', { class: 'muted small' }, m.managerId)),
      h('td', { class: 'num', testid: 'manager-new-accounts' }, formatCount(m.figures.newAccounts)),
      num(m.figures.newBasicAccounts),
      num(m.figures.reactivated),
      num(m.figures.wentDormant),
      num(m.figures.dormant),
      money(m.figures.depositsGrowth),
    ),
  );
  return h(
    'section',
    { class: 'panel', testid: 'statistics', data: { month: s.month, institutionId: s.institutionId } },
    heading('monthEnd.statistics', s.month, csvHref, 'statistics-csv'),
    h('p', { class: 'muted small', testid: 'statistics-generated-at' }, tx('monthEnd.generatedAt', { time: formatDateTime(s.generatedAt, lang) })),
    h(
      'p',
      { class: 'lead', testid: 'statistics-summary' },
      tx('monthEnd.summary', {
        newAccounts: formatCount(s.institution.newAccounts),
        basic: formatCount(s.institution.newBasicAccounts),
        growth: formatMoney(s.institution.depositsGrowth, lang),
        inactive: formatCount(s.terminals.inactiveAtMonthEnd),
        terminals: formatCount(s.terminals.registered),
      }),
    ),
    h('h3', null, tx('monthEnd.subBranches')),
    table(
      ['monthEnd.col.name', 'monthEnd.col.newAccounts', 'monthEnd.col.weeks', 'monthEnd.col.basic', 'monthEnd.col.reactivated',
        'monthEnd.col.wentDormant', 'monthEnd.col.deposits', 'monthEnd.col.terminals'],
      subBranches, 'monthEnd.noSubBranches', 'sub-branches'),
    h('h3', null, tx('monthEnd.managers')),
    table(
      ['monthEnd.col.name', 'monthEnd.col.newAccounts', 'monthEnd.col.basic', 'monthEnd.col.reactivated', 'monthEnd.col.wentDormant',
        'monthEnd.col.dormant', 'monthEnd.col.deposits'],
      managers, 'monthEnd.noManagers', 'managers'),
  );
}

export function renderInactiveList(answer: Answer<InactiveTerminalList>, month: string, csvHref: string): HTMLElement {
  if (answer.kind !== 'ready') {
    return h(
      'section',
      { class: 'panel', testid: 'inactive-terminals' },
      heading('monthEnd.inactive', month, null, 'inactive-csv'),
      why(answer, month, 'monthEnd.inactiveNone', 'monthEnd.inactiveNotClosed', 'inactive-state'),
    );
  }
  const lang = getLang();
  const rows = answer.value.terminals.map((t) =>
    h(
      'tr',
      { testid: 'inactive-row', data: { terminalId: t.terminalId } },
      h('th', { scope: 'row' }, h('a', { href: `terminal.html?id=${encodeURIComponent(t.terminalId)}` }, t.terminalId)),
      h('td', null, t.merchantName),
      h('td', null, t.maintainerId),
      h('td', null, t.inactiveSince ? formatDateTime(t.inactiveSince, lang) : '—'),
    ),
  );
  return h(
    'section',
    { class: 'panel', testid: 'inactive-terminals' },
    heading('monthEnd.inactive', month, csvHref, 'inactive-csv'),
    rows.length === 0
      ? h('p', { class: 'empty', testid: 'inactive-empty' }, tx('monthEnd.inactiveEmpty'))
      : h(
          'table',
          { class: 'month-end-table' },
          h(
            'thead',
            null,
            h('tr', null, (['terminal', 'merchant', 'maintainer', 'inactiveSince'] as const).map((c) => h('th', { scope: 'col' }, tx(`monthEnd.col.${c}`)))),
          ),
          h('tbody', null, rows),
        ),
  );
}
