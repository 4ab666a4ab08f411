// A terminal's history: what it is now, and every action taken on it, who, when (Beijing time) and from where.
import { formatCount, formatDateTime, formatMoney } from '../../format';
import { getLang, isMessageKey, type MessageKey } from '../../i18n';
import type { AuditEntry, TerminalSnapshot } from '../../types';
import { h, tx, txOr } from '../../ui/dom';
import { monthEndCheckId, stepActor, stepNote } from '../../ui/monthEndCheck';

const when = (instant: string | null | undefined): Node | string =>
  instant ? h('time', { datetime: instant }, formatDateTime(instant, getLang())) : '—';

function fact(label: MessageKey, testid: string, value: Node | string): HTMLElement[] {
  return [h('dt', null, tx(label)), h('dd', { testid }, value)];
}

export function renderTerminal(terminal: TerminalSnapshot): HTMLElement {
  const lang = getLang();
  return h(
    'section',
    { class: 'panel', testid: 'terminal-snapshot', data: { terminalId: terminal.terminalId, inactive: String(terminal.inactive) } },
    h(
      'dl',
      { class: 'facts' },
      fact('terminal.merchant', 'terminal-merchant', terminal.merchantName),
      fact('terminal.institution', 'terminal-institution', terminal.institutionId),
      fact('terminal.maintainer', 'terminal-maintainer', terminal.maintainerId),
      fact(
        'terminal.status',
        'terminal-status',
        terminal.inactive
          ? h('span', { class: 'badge danger' }, tx('terminal.inactiveSince', { date: terminal.inactiveSince ? formatDateTime(terminal.inactiveSince, lang) : '—' }))
          : h('span', { class: 'badge ok' }, tx('terminal.active')),
      ),
      fact('terminal.signedUp', 'terminal-signed-up', when(terminal.signedUpAt)),
      fact('terminal.lastSale', 'terminal-last-sale', when(terminal.lastSaleAt)),
      fact(
        'terminal.sales',
        'terminal-sales',
        tx('terminal.salesValue', { count: formatCount(terminal.salesCount ?? 0), sales: terminal.salesCount ?? 0, amount: formatMoney(terminal.salesAmount ?? 0, lang) }),
      ),
    ),
  );
}

/** The server writes a workflow step as "{Step} {Decision}" ("OutgoingHeadConfirmed Confirmed"): read it in the bank's words. */
export function auditAction(action: string): HTMLElement {
  const match = /^(\w+) (\w+)$/.exec(action);
  if (match && isMessageKey(`step.${match[1]}`) && isMessageKey(`decision.${match[2]}`)) {
    return h('span', null, txOr('step', match[1]!), ' — ', txOr('decision', match[2]!));
  }
  return txOr('auditAction', action);
}

/** What a step did, in the screen's language when the server sent its facts (older entries keep their English sentence). */
export function auditDetail(entry: AuditEntry): HTMLElement | string {
  const transfer = entry.transfer;
  if (!transfer) return entry.detail ?? '';
  return h(
    'span',
    null,
    transfer.kind === 'Activation'
      ? tx('audit.activation', { id: transfer.transferId, to: transfer.toStaffId })
      : tx('audit.transfer', { id: transfer.transferId, from: transfer.fromStaffId ?? '', to: transfer.toStaffId }, { data: { kind: transfer.kind } }),
    transfer.kind === 'Departure' ? tx('audit.departure') : null,
    transfer.note ? tx('audit.note', { note: stepNote(transfer.note, getLang()) }) : null,
    transfer.completed ? tx('audit.maintainerNow', { to: transfer.toStaffId }) : null,
  );
}

function auditRow(entry: AuditEntry): HTMLElement {
  return h(
    'tr',
    { testid: 'audit-row', data: { action: entry.action, by: entry.by } },
    h('td', { testid: 'audit-at' }, when(entry.at)),
    h('td', null, entry.by === monthEndCheckId ? stepActor(entry.by, entry.byName) : entry.byName && entry.byName !== entry.by ? [h('strong', null, entry.byName), ' ', h('span', { class: 'muted' }, entry.by)] : entry.by),
    h('td', null, entry.role ? txOr('role', entry.role) : '—'),
    h('td', { testid: 'audit-action' }, auditAction(entry.action)),
    h('td', { testid: 'audit-detail' }, auditDetail(entry)),
    h('td', { class: 'muted' }, entry.address ?? ''),
  );
}

/** The audit trail oldest first, as the server keeps it: a history reads top to bottom. */
export function renderAudit(entries: readonly AuditEntry[]): HTMLElement {
  return h(
    'section',
    { class: 'panel', testid: 'terminal-audit' },
    h('h2', null, tx('terminal.audit'), ' ', h('span', { class: 'count', testid: 'terminal-audit-count' }, String(entries.length))),
    entries.length === 0
      ? h('p', { class: 'empty' }, tx('terminal.auditEmpty'))
      : h(
          'table',
          { class: 'audit' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              (['at', 'by', 'role', 'action', 'detail', 'address'] as const).map((c) => h('th', { scope: 'col' }, tx(`terminal.col.${c}`))),
            ),
          ),
          h('tbody', null, entries.map(auditRow)),
        ),
  );
}
