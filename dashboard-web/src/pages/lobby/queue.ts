// The waiting customers as a lobby manager reads them: each service's queue (how many, the longest
// wait, how many desks serve it: what decides opening another counter), then every waiting ticket
// with what can be done with it, then the customers a desk has parked.
import { formatDuration, formatWhen, personName } from '../../format';
import { getLang } from '../../i18n';
import type { DeskView, ServiceType, TicketView } from '../../types';
import { h, tx } from '../../ui/dom';
import { actionButton, premiumMarker, type LobbyActions } from './render';
import { isOverTarget, waitingQueue } from './sla';

export interface QueueLine {
  service: ServiceType;
  waiting: number;
  /** When the longest current wait of the service started. */
  longestSince: string;
  /** Open desks, not on a break, that serve the service. */
  desks: number;
  overTarget: boolean;
}

/** One line per service with someone waiting, longest wait first. */
export function queueLines(tickets: readonly TicketView[], desks: readonly DeskView[], nowMs: number): QueueLine[] {
  const byService = new Map<ServiceType, TicketView[]>();
  for (const ticket of waitingQueue(tickets)) byService.set(ticket.service, [...(byService.get(ticket.service) ?? []), ticket]);
  return [...byService.entries()]
    .map(([service, waiting]) => ({
      service,
      waiting: waiting.length,
      longestSince: waiting.map((x) => x.waitingSince).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)),
      desks: desks.filter((d) => d.open && d.status !== 'OnBreak' && d.services.includes(service)).length,
      overTarget: waiting.some((x) => isOverTarget(x, nowMs)),
    }))
    .sort((a, b) => Date.parse(a.longestSince) - Date.parse(b.longestSince));
}

export function renderQueueLines(tickets: readonly TicketView[], desks: readonly DeskView[], nowMs: number): HTMLElement | null {
  const lines = queueLines(tickets, desks, nowMs);
  if (lines.length === 0) return null;
  const lang = getLang();
  return h(
    'table',
    { class: 'queue-lines', testid: 'queue-lines' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, tx('lobby.line.service')),
        h('th', { scope: 'col', class: 'num' }, tx('lobby.line.waiting')),
        h('th', { scope: 'col', class: 'num' }, tx('lobby.line.longest')),
        h('th', { scope: 'col', class: 'num' }, tx('lobby.line.desks')),
      ),
    ),
    h(
      'tbody',
      null,
      lines.map((line) =>
        h(
          'tr',
          { class: line.overTarget ? 'queue-line over' : 'queue-line', testid: 'queue-line', data: { service: line.service } },
          h('td', { class: 'service' }, tx(`service.${line.service}`)),
          h('td', { class: 'num', testid: 'queue-line-waiting' }, String(line.waiting)),
          h('td', { class: 'num', testid: 'queue-line-longest', data: { since: line.longestSince } }, formatDuration(nowMs - Date.parse(line.longestSince), lang)),
          h(
            'td',
            { class: line.desks === 0 ? 'num no-desk' : 'num', testid: 'queue-line-desks' },
            line.desks === 0 ? tx('lobby.line.noDesk') : String(line.desks),
          ),
        ),
      ),
    ),
  );
}

function overTargetBadge(visible: boolean): HTMLElement {
  return h('span', { class: 'badge danger sla-badge', testid: 'sla-badge', hidden: !visible }, '⚠ ', tx('lobby.overTarget'));
}

const deskNamed = (desks: readonly DeskView[], deskId: string | null): string => {
  const desk = desks.find((d) => d.deskId === deskId);
  return desk ? personName(desk, getLang()) : (deskId ?? '');
};

export function renderQueue(tickets: readonly TicketView[], desks: readonly DeskView[], nowMs: number, actions: LobbyActions): HTMLElement {
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
              sentTo: ticket.deskId ?? undefined,
            },
          },
          h(
            'td',
            { class: 'ticket-number' },
            h('span', { testid: 'ticket-number' }, ticket.number),
            ' ',
            premiumMarker(ticket),
            ticket.deskId ? h('span', { class: 'sent-to', testid: 'ticket-sent-to' }, tx('lobby.sentTo', { desk: deskNamed(desks, ticket.deskId) })) : null,
          ),
          h('td', { class: 'service', testid: 'ticket-service' }, tx(`service.${ticket.service}`)),
          h('td', { testid: 'ticket-issued' }, h('time', { datetime: ticket.issuedAt }, formatWhen(ticket.issuedAt, lang, nowMs))),
          h(
            'td',
            { class: 'waiting' },
            h('span', { testid: 'ticket-waiting', data: { since: ticket.waitingSince } }, formatDuration(nowMs - Date.parse(ticket.waitingSince), lang)),
            ' ',
            overTargetBadge(over),
          ),
          h(
            'td',
            { class: 'row-actions' },
            actionButton('lobby.call', 'ticket-call', true, () => actions.callTicket(ticket), { title: 'lobby.callTitle' }),
            actionButton('lobby.send', 'ticket-send', true, () => actions.sendTicket(ticket), { title: 'lobby.sendTitle' }),
            ticket.premium ? null : actionButton('lobby.premiumShort', 'flag-premium', true, () => actions.flagPremium(ticket), { title: 'lobby.flagPremium' }),
            actionButton('lobby.void', 'ticket-void', true, () => actions.voidTicket(ticket), { title: 'lobby.voidTitle' }),
          ),
        );
      }),
    ),
  );
}

/** Customers a desk set aside: back to the queue in their old place, or called back to a desk. */
export function renderParked(tickets: readonly TicketView[], desks: readonly DeskView[], actions: LobbyActions): HTMLElement | null {
  const parked = tickets.filter((x) => x.status === 'Parked');
  if (parked.length === 0) return null;
  return h(
    'div',
    { class: 'parked', testid: 'parked-list' },
    h('h3', null, tx('lobby.parked')),
    h(
      'ul',
      null,
      parked.map((ticket) =>
        h(
          'li',
          { testid: 'parked-row', data: { ticketId: ticket.ticketId, ticketNumber: ticket.number } },
          h('strong', { class: 'ticket-number' }, ticket.number),
          ' ',
          premiumMarker(ticket),
          h('span', { class: 'muted' }, tx(`service.${ticket.service}`), ' · ', tx('lobby.parkedAt', { desk: deskNamed(desks, ticket.deskId) })),
          h(
            'span',
            { class: 'row-actions' },
            actionButton('lobby.requeue', 'ticket-requeue', true, (b) => actions.requeue(ticket, b)),
            actionButton('lobby.call', 'ticket-call', true, () => actions.callTicket(ticket), { title: 'lobby.callTitle' }),
          ),
        ),
      ),
    ),
  );
}
