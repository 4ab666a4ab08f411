// The desks as the lobby manager reads the floor: each desk's state (idle, calling, serving, on a
// break, closed), today's throughput, the customer at it, and the teller's buttons.
import { formatDuration, formatMinutes, personName } from '../../format';
import { getLang } from '../../i18n';
import type { DeskStatus, DeskView, TicketView } from '../../types';
import { h, tx } from '../../ui/dom';
import { actionButton, premiumMarker, type LobbyActions } from './render';

const statusBadge: Record<DeskStatus, string> = {
  Closed: 'badge muted',
  Idle: 'badge ok',
  Calling: 'badge warn',
  Serving: 'badge',
  OnBreak: 'badge muted',
};

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
      const onBreak = desk.status === 'OnBreak';
      return h(
        'article',
        { class: `desk status-${desk.status}`, testid: 'desk-card', data: { deskId: desk.deskId, open: String(desk.open), status: desk.status } },
        h(
          'header',
          null,
          h('h3', { testid: 'desk-name' }, personName(desk, lang)),
          h('span', { class: 'desk-kind' }, tx(`deskKind.${desk.kind}`)),
          h('span', { class: statusBadge[desk.status], testid: 'desk-state' }, tx(`deskStatus.${desk.status}`)),
        ),
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
            : desk.open
              ? tx('lobby.deskFree')
              : null,
        ),
        h(
          'p',
          { class: 'desk-throughput muted', testid: 'desk-throughput' },
          tx('lobby.deskThroughput', { n: desk.servedToday, minutes: formatMinutes(desk.averageServiceMinutes, lang) }),
        ),
        h(
          'div',
          { class: 'desk-actions' },
          actionButton('lobby.callNext', 'desk-call-next', desk.open, (b) => actions.callNext(desk, b), { primary: true }),
          actionButton('lobby.recall', 'desk-recall', ticket?.status === 'Called', (b) => actions.recall(desk, b)),
          actionButton('lobby.start', 'desk-start', ticket?.status === 'Called', (b) => actions.startService(desk, b)),
          actionButton('lobby.noShow', 'desk-no-show', ticket?.status === 'Called', (b) => actions.noShow(desk, b)),
          actionButton('lobby.finish', 'desk-finish', busy, () => actions.finish(desk, ticket)),
          actionButton('lobby.transfer', 'desk-transfer', busy, () => actions.transfer(desk, ticket)),
          actionButton('lobby.park', 'desk-park', busy, (b) => actions.park(desk, b)),
          actionButton(onBreak ? 'lobby.back' : 'lobby.break', 'desk-break', desk.open && !busy, (b) => actions.toggleBreak(desk, b)),
          actionButton(desk.open ? 'lobby.closeDesk' : 'lobby.openDesk', 'desk-toggle-open', !busy, (b) => actions.toggleDesk(desk, b)),
        ),
      );
    }),
  );
}
