// A member of staff's day (issue 6): visits overdue and due, reminders, promises, inactive
// terminals, approvals and work orders, each section in the server's order (most urgent first).
import { formatDateTime } from '../../format';
import { getLang, type MessageKey } from '../../i18n';
import { staffWorkSections, type StaffWorkItem, type StaffWorklistView, type StaffWorkSection } from '../../types';
import { h, tx } from '../../ui/dom';

export interface StaffWorklistActions {
  logVisit(item: StaffWorkItem): void;
}

/** Sections whose items are clients to visit: a visit logged there takes the item off the list. */
export const visitSections: ReadonlySet<StaffWorkSection> = new Set(['visitsOverdue', 'visitsDue']);

const sectionTitle = (section: StaffWorkSection): MessageKey => `staffWorklist.section.${section}` as MessageKey;

/** The worklist without one item: what the user sees the moment a visit to it is saved. */
export function withoutItem(view: StaffWorklistView, section: StaffWorkSection, id: string): StaffWorklistView {
  return { ...view, [section]: (view[section] ?? []).filter((item) => item.id !== id) };
}

function itemAction(section: StaffWorkSection, item: StaffWorkItem, actions: StaffWorklistActions): HTMLElement | null {
  if (visitSections.has(section)) {
    return h('button', { type: 'button', class: 'subtle', testid: 'staff-log-visit', on: { click: () => actions.logVisit(item) } }, tx('staffWorklist.logVisit'));
  }
  if (item.kind === monthEndList) {
    const query = new URLSearchParams({ institution: item.institutionId, month: item.id });
    return h('a', { href: `month-end.html?${query.toString()}`, testid: 'staff-open-month-end' }, tx('staffWorklist.openMonthEnd'));
  }
  if (item.kind === calendarMissing) {
    // To the calendars, where the management department uploads the missing year.
    return h('a', { href: `calendar.html?year=${encodeURIComponent(item.id)}`, testid: 'staff-open-calendar' }, tx('staffWorklist.openCalendar'));
  }
  if (section === 'inactiveTerminals') {
    return h('a', { href: `terminal.html?id=${encodeURIComponent(item.id)}`, testid: 'staff-open-terminal' }, tx('staffWorklist.openTerminal'));
  }
  if (section === 'workOrders') {
    return h('a', { href: `work-order.html?id=${encodeURIComponent(item.id)}`, testid: 'staff-open-work-order' }, tx('staffWorklist.openWorkOrder'));
  }
  if (section === 'approvals') {
    return h('a', { href: 'approvals.html', testid: 'staff-open-approvals' }, tx('staffWorklist.openApprovals'));
  }
  return null;
}

/** Last month's inactive-terminal list of a team lead's institution: id is the month, detail how many terminals. */
const monthEndList = 'MonthEndList';

/** The management department's warning that a year's working calendar is missing: id is the year, detail how many due dates fall in it. */
const calendarMissing = 'CalendarMissing';

function itemTitle(item: StaffWorkItem): string | HTMLElement {
  if (item.kind === calendarMissing) return tx('staffWorklist.calendarMissing', { year: item.id });
  return item.kind === monthEndList ? tx('staffWorklist.monthEndList', { month: item.id, institution: item.title }) : item.title || item.id;
}

function itemDetail(item: StaffWorkItem): string | HTMLElement {
  const count = Number(item.detail);
  if (item.kind === calendarMissing) return tx('staffWorklist.calendarDueDates', { n: count, count, year: item.id });
  return item.kind === monthEndList ? tx('staffWorklist.inactiveCount', { n: count, count }) : item.detail ?? '';
}

function row(section: StaffWorkSection, item: StaffWorkItem, actions: StaffWorklistActions, showOwner: boolean): HTMLElement {
  const lang = getLang();
  const overdue = section === 'visitsOverdue';
  return h(
    'tr',
    { testid: 'staff-item', class: overdue ? 'overdue' : undefined, data: { id: item.id, kind: item.kind, section } },
    h('th', { scope: 'row', testid: 'staff-item-title' }, itemTitle(item)),
    h('td', null, item.dueAt ? h('time', { datetime: item.dueAt }, formatDateTime(item.dueAt, lang)) : '—'),
    h('td', { class: 'detail' }, itemDetail(item)),
    showOwner ? h('td', { testid: 'staff-item-owner' }, item.ownerId ?? '') : null,
    h('td', { class: 'row-actions' }, itemAction(section, item, actions)),
  );
}

/**
 * The server names an owner on every item; the column shows only when someone else's work is on the list (a team
 * lead's team view), since on one's own list it would say one's own name on every line.
 */
export function renderStaffSection(
  section: StaffWorkSection,
  items: readonly StaffWorkItem[],
  actions: StaffWorklistActions,
  viewer: string,
): HTMLElement {
  const testid = `staff-${section}`;
  const showOwner = items.some((item) => item.ownerId && item.ownerId !== viewer);
  return h(
    'section',
    { class: 'panel', testid, data: { section } },
    h('h2', null, tx(sectionTitle(section)), ' ', h('span', { class: 'count', testid: `${testid}-count` }, String(items.length))),
    items.length === 0
      ? h('p', { class: 'empty' }, tx('worklist.empty'))
      : h(
          'table',
          { class: 'worklist' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, tx('staffWorklist.col.item')),
              h('th', { scope: 'col' }, tx('staffWorklist.col.due')),
              h('th', { scope: 'col' }, tx('staffWorklist.col.detail')),
              showOwner ? h('th', { scope: 'col' }, tx('staffWorklist.col.owner')) : null,
              h('th', { scope: 'col' }),
            ),
          ),
          h('tbody', null, items.map((item) => row(section, item, actions, showOwner))),
        ),
  );
}

export function renderStaffWorklist(view: StaffWorklistView, actions: StaffWorklistActions): HTMLElement[] {
  return staffWorkSections.map((section) => renderStaffSection(section, view[section] ?? [], actions, view.staffId));
}
