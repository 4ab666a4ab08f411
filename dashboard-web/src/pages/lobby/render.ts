// The lobby manager's screen, drawn from a LobbyView. Staff only: this is the one screen
// that shows who is premium.
import { formatCount, formatDuration, formatMinutes, formatWhen } from '../../format';
import { getLang, t, type MessageKey } from '../../i18n';
import type { ComplaintView, DeskView, LobbyStats, TicketView } from '../../types';
import { h, tx } from '../../ui/dom';
import { premiumSignalText } from './signals';
import { isOverTarget, waitingQueue } from './sla';

export interface LobbyActions {
  callNext(desk: DeskView, button: HTMLButtonElement): void;
  recall(desk: DeskView, button: HTMLButtonElement): void;
  startService(desk: DeskView, button: HTMLButtonElement): void;
  noShow(desk: DeskView, button: HTMLButtonElement): void;
  finish(desk: DeskView, ticket: TicketView | undefined): void;
  transfer(desk: DeskView, ticket: TicketView | undefined): void;
  toggleDesk(desk: DeskView, button: HTMLButtonElement): void;
  flagPremium(ticket: TicketView): void;
  acknowledge(complaint: ComplaintView, button: HTMLButtonElement): void;
  resolve(complaint: ComplaintView): void;
  escalate(complaint: ComplaintView): void;
}

const statTiles: { key: keyof LobbyStats; label: MessageKey; testid: string; minutes?: boolean; alert?: boolean }[] = [
  { key: 'waiting', label: 'stats.waiting', testid: 'stat-waiting' },
  { key: 'serving', label: 'stats.serving', testid: 'stat-serving' },
  { key: 'finishedToday', label: 'stats.finishedToday', testid: 'stat-finished-today' },
  { key: 'noShowsToday', label: 'stats.noShowsToday', testid: 'stat-no-shows-today' },
  { key: 'slaBreachesNow', label: 'stats.slaBreaches', testid: 'stat-sla-breaches', alert: true },
  { key: 'averageWaitMinutes', label: 'stats.averageWait', testid: 'stat-average-wait', minutes: true },
  { key: 'averageServiceMinutes', label: 'stats.averageService', testid: 'stat-average-service', minutes: true },
];

export function renderStats(stats: LobbyStats): HTMLElement {
  const lang = getLang();
  return h(
    'dl',
    { class: 'stats' },
    statTiles.map((tile) => {
      const value = stats[tile.key];
      return h(
        'div',
        { class: tile.alert && value > 0 ? 'stat alert' : 'stat', testid: tile.testid },
        h('dt', null, tx(tile.label)),
        h('dd', { class: 'stat-value', testid: `${tile.testid}-value` }, tile.minutes ? formatMinutes(value, lang) : formatCount(value)),
      );
    }),
  );
}

function premiumMarker(ticket: TicketView): HTMLElement | null {
  if (!ticket.premium) return null;
  // Discreet by design (brief §4): a small mark for staff, nothing a customer would notice across the counter.
  return h(
    'span',
    {
      class: 'premium-marker',
      testid: 'premium-marker',
      role: 'img',
      i18nLabel: 'lobby.premium',
      title: [t('lobby.premium'), ...ticket.premiumSignals.map(premiumSignalText)].join(' · '),
    },
    '◆',
  );
}

function overTargetBadge(visible: boolean): HTMLElement {
  return h('span', { class: 'badge danger sla-badge', testid: 'sla-badge', hidden: !visible }, '⚠ ', tx('lobby.overTarget'));
}

export function renderQueue(tickets: readonly TicketView[], nowMs: number, actions: LobbyActions): HTMLElement {
  const queue = waitingQueue(tickets);
  if (queue.length === 0) return h('p', { class: 'empty', testid: 'queue-empty' }, tx('lobby.queueEmpty'));
  const lang = getLang();
  return h(
    'table',
    { class: 'queue', testid: 'ticket-list' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, tx('lobby.col.number')),
        h('th', { scope: 'col' }, tx('lobby.col.service')),
        h('th', { scope: 'col' }, tx('lobby.col.issued')),
        h('th', { scope: 'col' }, tx('lobby.col.waiting')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, tx('lobby.col.actions'))),
      ),
    ),
    h(
      'tbody',
      null,
      queue.map((ticket) => {
        const over = isOverTarget(ticket, nowMs);
        return h(
          'tr',
          {
            class: over ? 'ticket sla-breached' : 'ticket',
            testid: 'ticket-row',
            data: {
              ticketId: ticket.ticketId,
              ticketNumber: ticket.number,
              status: ticket.status,
              sla: over ? 'breached' : 'ok',
              slaDue: ticket.slaDueAt,
              premium: ticket.premium ? 'true' : undefined,
            },
          },
          h('td', { class: 'ticket-number' }, h('span', { testid: 'ticket-number' }, ticket.number), ' ', premiumMarker(ticket)),
          h('td', { testid: 'ticket-service' }, tx(`service.${ticket.service}`)),
          h('td', { testid: 'ticket-issued' }, h('time', { datetime: ticket.issuedAt }, formatWhen(ticket.issuedAt, lang, nowMs))),
          h(
            'td',
            { class: 'waiting' },
            h('span', { testid: 'ticket-waiting', data: { since: ticket.issuedAt } }, formatDuration(nowMs - Date.parse(ticket.issuedAt), lang)),
            ' ',
            overTargetBadge(over),
          ),
          h(
            'td',
            { class: 'row-actions' },
            ticket.premium
              ? null
              : h('button', { type: 'button', class: 'subtle', testid: 'flag-premium', on: { click: () => actions.flagPremium(ticket) } }, tx('lobby.flagPremium')),
          ),
        );
      }),
    ),
  );
}

function actionButton(label: MessageKey, testid: string, enabled: boolean, onClick: (button: HTMLButtonElement) => void, primary = false): HTMLButtonElement {
  const button = h('button', { type: 'button', class: primary ? 'primary' : undefined, testid, disabled: !enabled }, tx(label));
  button.addEventListener('click', () => onClick(button));
  return button;
}

export function renderDesks(desks: readonly DeskView[], tickets: readonly TicketView[], nowMs: number, actions: LobbyActions): HTMLElement {
  if (desks.length === 0) return h('p', { class: 'empty', testid: 'desks-empty' }, tx('lobby.desksEmpty'));
  const lang = getLang();
  const byId = new Map(tickets.map((x) => [x.ticketId, x]));
  return h(
    'div',
    { class: 'desks', testid: 'desk-list' },
    desks.map((desk) => {
      const ticket = desk.currentTicketId ? byId.get(desk.currentTicketId) : undefined;
      const busy = desk.currentTicketId !== null;
      const since = ticket?.calledAt ?? null;
      return h(
        'article',
        { class: desk.open ? 'desk open' : 'desk closed', testid: 'desk-card', data: { deskId: desk.deskId, open: String(desk.open) } },
        h(
          'header',
          null,
          h('h3', { testid: 'desk-name' }, desk.name),
          h('span', { class: 'desk-kind' }, tx(`deskKind.${desk.kind}`)),
          h('span', { class: desk.open ? 'badge ok' : 'badge muted', testid: 'desk-state' }, tx(desk.open ? 'lobby.deskOpen' : 'lobby.deskClosed')),
        ),
        h('ul', { class: 'chips', testid: 'desk-services' }, desk.services.map((s) => h('li', null, tx(`service.${s}`)))),
        h(
          'p',
          { class: busy ? 'desk-current busy' : 'desk-current', testid: 'desk-current' },
          busy
            ? [
                tx('lobby.deskCurrent', { number: ticket?.number ?? desk.currentTicketId ?? '' }),
                ticket ? [' · ', tx(`service.${ticket.service}`), ' · ', h('span', { testid: 'desk-ticket-status' }, tx(`ticketStatus.${ticket.status}`))] : null,
                since ? [' · ', h('span', { testid: 'desk-elapsed', data: { since } }, formatDuration(nowMs - Date.parse(since), lang))] : null,
                ticket ? [' ', premiumMarker(ticket)] : null,
              ]
            : tx('lobby.deskFree'),
        ),
        h(
          'div',
          { class: 'desk-actions' },
          actionButton('lobby.callNext', 'desk-call-next', desk.open, (b) => actions.callNext(desk, b), true),
          actionButton('lobby.recall', 'desk-recall', busy, (b) => actions.recall(desk, b)),
          actionButton('lobby.start', 'desk-start', ticket?.status === 'Called', (b) => actions.startService(desk, b)),
          actionButton('lobby.noShow', 'desk-no-show', busy, (b) => actions.noShow(desk, b)),
          actionButton('lobby.finish', 'desk-finish', busy, () => actions.finish(desk, ticket)),
          actionButton('lobby.transfer', 'desk-transfer', busy, () => actions.transfer(desk, ticket)),
          actionButton(desk.open ? 'lobby.closeDesk' : 'lobby.openDesk', 'desk-toggle-open', true, (b) => actions.toggleDesk(desk, b)),
        ),
      );
    }),
  );
}

const openComplaint = (c: ComplaintView): boolean => c.status === 'Recorded' || c.status === 'Acknowledged';

export function renderComplaints(complaints: readonly ComplaintView[], nowMs: number, actions: LobbyActions): HTMLElement {
  if (complaints.length === 0) return h('p', { class: 'empty', testid: 'complaints-empty' }, tx('lobby.complaintsEmpty'));
  // Open complaints first, newest first within each group: what still needs someone is on top.
  const ordered = [...complaints].sort(
    (a, b) => Number(openComplaint(b)) - Number(openComplaint(a)) || Date.parse(b.recordedAt) - Date.parse(a.recordedAt),
  );
  return h(
    'ul',
    { class: 'complaints', testid: 'complaint-list' },
    ordered.map((c) =>
      h(
        'li',
        { class: `complaint status-${c.status}`, testid: 'complaint-row', data: { complaintId: c.complaintId, status: c.status } },
        h(
          'div',
          { class: 'complaint-head' },
          h('span', { class: openComplaint(c) ? 'badge warn' : 'badge ok', testid: 'complaint-status' }, tx(`complaintStatus.${c.status}`)),
          h('span', { class: 'muted' }, tx(`channel.${c.channel}`)),
          h('time', { class: 'muted', datetime: c.recordedAt }, formatWhen(c.recordedAt, getLang(), nowMs)),
        ),
        h('p', { class: 'complaint-content', testid: 'complaint-content' }, c.content),
        h(
          'p',
          { class: 'muted small' },
          [c.customerName, c.clientId].filter(Boolean).join(' · '),
          c.customerName || c.clientId ? ' · ' : null,
          h('span', { testid: 'complaint-owner' }, tx('lobby.complaintOwner', { owner: c.owner })),
        ),
        c.resolution ? h('p', { class: 'resolution', testid: 'complaint-resolution' }, c.resolution) : null,
        openComplaint(c)
          ? h(
              'div',
              { class: 'row-actions' },
              c.status === 'Recorded'
                ? actionButton('lobby.acknowledge', 'complaint-acknowledge', true, (b) => actions.acknowledge(c, b))
                : null,
              actionButton('lobby.resolve', 'complaint-resolve', true, () => actions.resolve(c)),
              actionButton('lobby.escalate', 'complaint-escalate', true, () => actions.escalate(c)),
            )
          : null,
      ),
    ),
  );
}

/** Every second: waiting and serving times move on, and a waiting ticket that passes its target turns red. */
export function tickLobby(root: ParentNode, nowMs: number): void {
  const lang = getLang();
  for (const element of root.querySelectorAll<HTMLElement>('[data-since]')) {
    element.textContent = formatDuration(nowMs - Date.parse(element.dataset['since'] ?? ''), lang);
  }
  for (const row of root.querySelectorAll<HTMLElement>('[data-testid="ticket-row"][data-sla="ok"]')) {
    if (nowMs < Date.parse(row.dataset['slaDue'] ?? '')) continue;
    row.dataset['sla'] = 'breached';
    row.classList.add('sla-breached');
    const badge = row.querySelector<HTMLElement>('[data-testid="sla-badge"]');
    if (badge) badge.hidden = false;
  }
}
