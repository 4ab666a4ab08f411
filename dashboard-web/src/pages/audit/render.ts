// The security audit as the management department reads it: one page of entries, newest first, every time in
// business time (Beijing), and the way to the older and newer pages.
import { formatDate, formatTime } from '../../format';
import { getLang, type MessageKey } from '../../i18n';
import type { AuditEntryView } from '../../types';
import { h, tx } from '../../ui/dom';

/** The action areas the filter offers ("sign-in" finds "sign-in.failed", …); the server matches an area or a code. */
export const auditAreas = ['sign-in', 'session', 'password', 'staff', 'institution', 'request', 'device', 'upstream-key', 'calendar'] as const;

export type AuditAnswer = { kind: 'loading' } | { kind: 'ready'; items: readonly AuditEntryView[] } | { kind: 'forbidden' } | { kind: 'none' };

const cell = (value: string | null, testid: string): HTMLElement => h('td', { testid }, value ?? '—');

function row(e: AuditEntryView): HTMLElement {
  return h(
    'tr',
    { testid: 'audit-row', data: { sequence: String(e.sequence), action: e.action } },
    h('td', { class: 'audit-at', testid: 'audit-at' }, `${formatDate(e.at, getLang())} ${formatTime(e.at, { seconds: true })}`),
    h('td', { testid: 'audit-action', title: e.action }, e.label),
    h('td', { testid: 'audit-actor' }, e.actor ?? '—', e.actorInstitutionId ? h('span', { class: 'muted small' }, ` · ${e.actorInstitutionId}`) : null),
    cell(e.address, 'audit-address'),
    cell(e.target, 'audit-target'),
    h('td', { class: 'audit-detail', testid: 'audit-detail' }, e.detail ?? ''),
  );
}

const columns: readonly MessageKey[] = ['audit.col.at', 'audit.col.action', 'audit.col.actor', 'audit.col.address', 'audit.col.target', 'audit.col.detail'];

export function renderAuditEntries(answer: AuditAnswer): HTMLElement {
  if (answer.kind !== 'ready') {
    const key: MessageKey = answer.kind === 'loading' ? 'common.loading' : answer.kind === 'forbidden' ? 'audit.forbidden' : 'audit.empty';
    return h('p', { class: 'empty', testid: 'audit-state', data: { state: answer.kind } }, tx(key));
  }
  if (answer.items.length === 0) return h('p', { class: 'empty', testid: 'audit-state', data: { state: 'empty' } }, tx('audit.empty'));
  return h(
    'table',
    { class: 'audit-table', testid: 'audit-table' },
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, tx(c))))),
    h('tbody', null, answer.items.map(row)),
  );
}

/**
 * Paging by cursor: the server answers a page and the cursor of the next older one (null: no more). The stack keeps the
 * cursors of the pages seen, so "newer" goes back exactly.
 */
export class AuditPager {
  private readonly cursors: (number | undefined)[] = [undefined];
  private next: number | null = null;

  /** The cursor of the page being shown (undefined: the newest). */
  get current(): number | undefined {
    return this.cursors[this.cursors.length - 1];
  }

  get page(): number {
    return this.cursors.length;
  }

  get hasOlder(): boolean {
    return this.next !== null;
  }

  get hasNewer(): boolean {
    return this.cursors.length > 1;
  }

  /** What the server answered for the current page. */
  answered(before: number | null): void {
    this.next = before;
  }

  older(): void {
    if (this.next !== null) this.cursors.push(this.next);
  }

  newer(): void {
    if (this.cursors.length > 1) this.cursors.pop();
  }

  reset(): void {
    this.cursors.splice(1);
    this.next = null;
  }
}
