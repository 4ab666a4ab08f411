// The lobby manager's screen, drawn from a LobbyView: today's figures, the business day, complaints,
// and what every part shares (the premium mark, a button, the clock's tick). Staff only: this is the
// one screen that shows who is premium. The queue and the desks are drawn in queue.ts and desks.ts.
import { formatCount, formatDuration, formatMinutes, formatTime, formatWhen } from '../../format';
import { getLang, t, type MessageKey } from '../../i18n';
import type { ComplaintView, DeskView, LobbyDayView, LobbyStats, TicketView } from '../../types';
import { h, tx } from '../../ui/dom';
import { premiumSignalText } from './signals';

export interface LobbyActions {
  callNext(desk: DeskView, button: HTMLButtonElement): void;
  recall(desk: DeskView, button: HTMLButtonElement): void;
  startService(desk: DeskView, button: HTMLButtonElement): void;
  noShow(desk: DeskView, button: HTMLButtonElement): void;
  finish(desk: DeskView, ticket: TicketView | undefined): void;
  transfer(desk: DeskView, ticket: TicketView | undefined): void;
  park(desk: DeskView, button: HTMLButtonElement): void;
  toggleBreak(desk: DeskView, button: HTMLButtonElement): void;
  toggleDesk(desk: DeskView, button: HTMLButtonElement): void;
  flagPremium(ticket: TicketView): void;
  callTicket(ticket: TicketView): void;
  sendTicket(ticket: TicketView): void;
  voidTicket(ticket: TicketView): void;
  requeue(ticket: TicketView, button: HTMLButtonElement): void;
  acknowledge(complaint: ComplaintView, button: HTMLButtonElement): void;
  resolve(complaint: ComplaintView): void;
  escalate(complaint: ComplaintView): void;
}

const statTiles: { key: keyof LobbyStats; label: MessageKey; testid: string; minutes?: boolean; alert?: boolean }[] = [
  { key: 'waiting', label: 'stats.waiting', testid: 'stat-waiting' },
  { key: 'serving', label: 'stats.serving', testid: 'stat-serving' },
  { key: 'finishedToday', label: 'stats.finishedToday', testid: 'stat-finished-today' },
  { key: 'noShowsToday', label: 'stats.noShowsToday', testid: 'stat-no-shows-today' },
  { key: 'notServedToday', label: 'stats.notServed', testid: 'stat-not-served-today' },
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
      const value = stats[tile.key] ?? 0;
      return h(
        'div',
        { class: tile.alert && value > 0 ? 'stat alert' : 'stat', testid: tile.testid },
        h('dt', null, tx(tile.label)),
        h('dd', { class: 'stat-value', testid: `${tile.testid}-value` }, tile.minutes ? formatMinutes(value, lang) : formatCount(value)),
      );
    }),
  );
}

/** "Business day 2026-03-04 · closes 18:30", or "closed at 18:30" once the day's close has run. */
export function renderDay(day: LobbyDayView): HTMLElement {
  const params = { date: day.date, time: formatTime(day.closesAt) };
  return h(
    'p',
    { class: day.closed ? 'lobby-day closed' : 'lobby-day', testid: 'lobby-day', data: { date: day.date, closed: String(day.closed) } },
    tx(day.closed ? 'lobby.dayClosed' : 'lobby.day', params),
  );
}

/** Discreet by design (brief §4): a small mark for staff, nothing a customer would notice across the counter. */
export function premiumMarker(ticket: TicketView): HTMLElement | null {
  if (!ticket.premium) return null;
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

export function actionButton(
  label: MessageKey,
  testid: string,
  enabled: boolean,
  onClick: (button: HTMLButtonElement) => void,
  options: { primary?: boolean; title?: MessageKey } = {},
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: options.primary ? 'primary' : undefined, testid, disabled: !enabled, i18nTitle: options.title },
    tx(label),
  );
  button.addEventListener('click', () => onClick(button));
  return button;
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
              c.status === 'Recorded' ? actionButton('lobby.acknowledge', 'complaint-acknowledge', true, (b) => actions.acknowledge(c, b)) : null,
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
