// A collector's day (brief §1, §5): promises to follow up, reminders due today, loans to call.
import { formatDateTime, formatMoney } from '../../format';
import { getLang } from '../../i18n';
import { workKinds, type WorkItemView, type WorkKind } from '../../types';
import { h, tx } from '../../ui/dom';

export interface WorklistActions {
  logCall(loanId: string): void;
  recordPromise(loanId: string): void;
}

/** The server's items in its own order (most urgent first), grouped by kind in the brief's order. */
export function groupByKind(items: readonly WorkItemView[]): Map<WorkKind, WorkItemView[]> {
  return new Map(workKinds.map((kind) => [kind, items.filter((x) => x.kind === kind)]));
}

const testids: Record<WorkKind, string> = {
  PromiseFollowUp: 'worklist-promises',
  Reminder: 'worklist-reminders',
  Call: 'worklist-calls',
};

function row(item: WorkItemView, actions: WorklistActions): HTMLElement {
  const lang = getLang();
  return h(
    'tr',
    { testid: 'worklist-row', class: item.needsHandOver ? 'hand-over' : undefined, data: { loanId: item.loanId, kind: item.kind, stage: item.stage } },
    h('th', { scope: 'row' }, item.loanId),
    h('td', null, item.clientId),
    h('td', null, h('span', { class: `badge stage stage-${item.stage}` }, tx(`stage.${item.stage}`))),
    h('td', { class: 'num' }, String(item.daysPastDue)),
    h('td', { class: 'num' }, formatMoney(item.amount, lang)),
    h('td', null, item.dueAt ? h('time', { datetime: item.dueAt }, formatDateTime(item.dueAt, lang)) : '—'),
    h(
      'td',
      null,
      tx('worklist.calls', { calls: item.callsToday, numbers: item.numbersTriedToday }),
      item.needsHandOver ? [' ', h('span', { class: 'badge danger', testid: 'hand-over', i18nTitle: 'worklist.handOverHint' }, tx('worklist.handOver'))] : null,
      item.reminderProvisional
        ? [' ', h('span', { class: 'badge', testid: 'provisional', i18nTitle: 'worklist.provisionalHint' }, tx('worklist.provisional'))]
        : null,
    ),
    h(
      'td',
      { class: 'row-actions' },
      h('button', { type: 'button', class: 'subtle', testid: 'worklist-log-call', on: { click: () => actions.logCall(item.loanId) } }, tx('worklist.logCall')),
      h('button', { type: 'button', class: 'subtle', testid: 'worklist-record-promise', on: { click: () => actions.recordPromise(item.loanId) } }, tx('worklist.recordPromise')),
    ),
  );
}

export function renderWorkSection(kind: WorkKind, items: readonly WorkItemView[], actions: WorklistActions): HTMLElement {
  const testid = testids[kind];
  return h(
    'section',
    { class: 'panel', testid },
    h('h2', null, tx(`worklist.kind.${kind}`), ' ', h('span', { class: 'count', testid: `${testid}-count` }, String(items.length))),
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
              h('th', { scope: 'col' }, tx('worklist.col.loan')),
              h('th', { scope: 'col' }, tx('worklist.col.client')),
              h('th', { scope: 'col' }, tx('worklist.col.stage')),
              h('th', { scope: 'col', class: 'num' }, tx('worklist.col.dpd')),
              h('th', { scope: 'col', class: 'num' }, tx('worklist.col.amount')),
              h('th', { scope: 'col' }, tx('worklist.col.dueAt')),
              h('th', { scope: 'col' }, tx('worklist.col.calls')),
              h('th', { scope: 'col' }),
            ),
          ),
          h('tbody', null, items.map((item) => row(item, actions))),
        ),
  );
}

export function renderWorklist(items: readonly WorkItemView[], actions: WorklistActions): HTMLElement[] {
  return [...groupByKind(items)].map(([kind, group]) => renderWorkSection(kind, group, actions));
}
