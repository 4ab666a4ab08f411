// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { renderDesks } from '../src/pages/lobby/desks';
import { renderParked, renderQueue, renderQueueLines } from '../src/pages/lobby/queue';
import { renderComplaints, renderDay, renderStats, tickLobby, type LobbyActions } from '../src/pages/lobby/render';
import { complaint, desk, lobbyView, t0, ticket } from './samples';

const minutes = (n: number): number => n * 60_000;
const noActions = (): LobbyActions => ({
  callNext: vi.fn(), recall: vi.fn(), startService: vi.fn(), noShow: vi.fn(), finish: vi.fn(), transfer: vi.fn(), toggleDesk: vi.fn(),
  park: vi.fn(), toggleBreak: vi.fn(), flagPremium: vi.fn(), callTicket: vi.fn(), sendTicket: vi.fn(), voidTicket: vi.fn(), requeue: vi.fn(),
  acknowledge: vi.fn(), resolve: vi.fn(), escalate: vi.fn(),
});
const byTestId = (root: ParentNode, id: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const row = (root: ParentNode, ticketId: string): HTMLElement => root.querySelector<HTMLElement>(`[data-ticket-id="${ticketId}"]`)!;
const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

beforeEach(() => setLang('en'));

describe('the waiting queue', () => {
  it('lists waiting customers, longest-waiting first, with how long they have waited', () => {
    const queue = renderQueue(lobbyView().tickets, lobbyView().desks, t0, noActions());
    expect(byTestId(queue, 'ticket-row').map((r) => r.dataset['ticketNumber'])).toEqual(['A001', 'A002', 'W001']);
    expect(text(row(queue, 'A001').querySelector('[data-testid="ticket-waiting"]'))).toBe('20m 00s');
    expect(text(row(queue, 'A001').querySelector('[data-testid="ticket-service"]'))).toBe('Cash');
    expect(text(row(queue, 'A001').querySelector('[data-testid="ticket-issued"]'))).toBe('09:40');
  });

  it('flags a ticket the server says is over its target', () => {
    const queue = renderQueue(lobbyView().tickets, lobbyView().desks, t0, noActions());
    expect(row(queue, 'A001').dataset['sla']).toBe('breached');
    expect(row(queue, 'A001').querySelector<HTMLElement>('[data-testid="sla-badge"]')!.hidden).toBe(false);
    expect(row(queue, 'A002').dataset['sla']).toBe('ok');
    expect(row(queue, 'A002').querySelector<HTMLElement>('[data-testid="sla-badge"]')!.hidden).toBe(true);
  });

  it('between server updates, the clock moves the waiting times on and flags a ticket that passes its target', () => {
    const root = document.createElement('div');
    root.append(renderQueue(lobbyView().tickets, lobbyView().desks, t0, noActions()));

    tickLobby(root, t0 + minutes(4)); // W001's target (5 min, premium) passed a minute ago

    expect(row(root, 'W001').dataset['sla']).toBe('breached');
    expect(row(root, 'W001').classList.contains('sla-breached')).toBe(true);
    expect(text(row(root, 'W001').querySelector('[data-testid="ticket-waiting"]'))).toBe('6m 00s');
    expect(row(root, 'A002').dataset['sla']).toBe('ok');
  });

  it('marks premium customers discreetly, and offers to flag the others', () => {
    const actions = noActions();
    const queue = renderQueue(lobbyView().tickets, lobbyView().desks, t0, actions);

    expect(byTestId(queue, 'premium-marker')).toHaveLength(1);
    expect(row(queue, 'W001').querySelector('[data-testid="premium-marker"]')?.getAttribute('aria-label')).toBe('Premium customer (staff only)');
    expect(row(queue, 'W001').querySelector('[data-testid="flag-premium"]')).toBeNull();

    row(queue, 'A002').querySelector<HTMLButtonElement>('[data-testid="flag-premium"]')!.click();
    expect(actions.flagPremium).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 'A002' }));
  });

  it('says so when nobody is waiting', () => {
    expect(text(renderQueue([], [], t0, noActions()))).toBe('Nobody is waiting.');
  });

  it('speaks Chinese when the language is switched', () => {
    setLang('zh-CN');
    const queue = renderQueue(lobbyView().tickets, lobbyView().desks, t0, noActions());
    expect(text(row(queue, 'A001').querySelector('[data-testid="ticket-service"]'))).toBe('现金业务');
    expect(text(row(queue, 'A001').querySelector('[data-testid="ticket-waiting"]'))).toBe('20分00秒');
    expect(text(row(queue, 'A001').querySelector('[data-testid="sla-badge"]'))).toContain('超时');
  });
});

describe('the desks', () => {
  const desks = (actions = noActions()) => {
    const view = lobbyView();
    return renderDesks(view.desks, view.tickets, t0, actions);
  };
  const card = (root: ParentNode, deskId: string): HTMLElement => root.querySelector<HTMLElement>(`[data-desk-id="${deskId}"]`)!;
  const button = (root: ParentNode, deskId: string, id: string): HTMLButtonElement => card(root, deskId).querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;

  it('shows who each desk is serving and for how long', () => {
    const root = desks();
    expect(text(card(root, 'D1').querySelector('[data-testid="desk-current"]'))).toBe('Now: A000 · Cash · Being served · 4m 00s');
    expect(text(card(root, 'D2').querySelector('[data-testid="desk-current"]'))).toBe('Free');
  });

  it('offers only the actions that make sense for the desk', () => {
    const root = desks();
    // D1's customer is being served: recall and no-show are for a called customer who has not come.
    expect(['desk-call-next', 'desk-recall', 'desk-no-show', 'desk-finish', 'desk-transfer', 'desk-park', 'desk-break'].map((id) => button(root, 'D1', id).disabled)).toEqual([
      false, true, true, false, false, false, true,
    ]);
    expect(['desk-call-next', 'desk-recall', 'desk-no-show', 'desk-finish', 'desk-transfer', 'desk-park', 'desk-break'].map((id) => button(root, 'D2', id).disabled)).toEqual([
      false, true, true, true, true, true, false,
    ]);
    expect(button(root, 'V1', 'desk-call-next').disabled).toBe(true);
    expect(text(button(root, 'V1', 'desk-toggle-open'))).toBe('Open desk');
    expect(text(card(root, 'V1').querySelector('[data-testid="desk-state"]'))).toBe('Closed');
  });

  it('offers to start the service once the called customer arrives, not before the call or after the start', () => {
    const view = lobbyView();
    const called = view.tickets.map((x) => (x.ticketId === 'A000' ? { ...x, status: 'Called' as const } : x));
    expect(button(renderDesks(view.desks, called, t0, noActions()), 'D1', 'desk-start').disabled).toBe(false);
    expect(button(renderDesks(view.desks, view.tickets, t0, noActions()), 'D1', 'desk-start').disabled).toBe(true);
    expect(button(renderDesks(view.desks, view.tickets, t0, noActions()), 'D2', 'desk-start').disabled).toBe(true);
  });

  it('hands the desk and its ticket to the action', () => {
    const actions = noActions();
    const root = desks(actions);
    button(root, 'D1', 'desk-finish').click();
    button(root, 'D2', 'desk-call-next').click();
    expect(actions.finish).toHaveBeenCalledWith(expect.objectContaining({ deskId: 'D1' }), expect.objectContaining({ ticketId: 'A000' }));
    expect(actions.callNext).toHaveBeenCalledWith(expect.objectContaining({ deskId: 'D2' }), expect.any(HTMLElement));
  });
});

describe('the complaints', () => {
  it('puts open complaints first, with the actions their status allows', () => {
    const actions = noActions();
    const list = renderComplaints(lobbyView().complaints, t0, actions);
    const rows = byTestId(list, 'complaint-row');
    expect(rows.map((r) => r.dataset['complaintId'])).toEqual(['C2', 'C1']);
    expect(text(rows[0]!.querySelector('[data-testid="complaint-status"]'))).toBe('Recorded');
    expect(rows[0]!.querySelector('[data-testid="complaint-acknowledge"]')).not.toBeNull();
    expect(rows[1]!.querySelector('[data-testid="complaint-resolve"]')).toBeNull();
    expect(text(rows[1]!.querySelector('[data-testid="complaint-resolution"]'))).toBe('Apologised; fee refunded');

    rows[0]!.querySelector<HTMLButtonElement>('[data-testid="complaint-escalate"]')!.click();
    expect(actions.escalate).toHaveBeenCalledWith(expect.objectContaining({ complaintId: 'C2' }));
  });

  it('shows what a customer wrote as text, never as markup', () => {
    const list = renderComplaints([complaint({ complaintId: 'X', content: '<img src=x onerror="alert(1)">' })], t0, noActions());
    expect(list.querySelector('img')).toBeNull();
    expect(text(list.querySelector('[data-testid="complaint-content"]'))).toBe('<img src=x onerror="alert(1)">');
  });
});

describe("today's figures", () => {
  it('shows each figure, and highlights tickets over target', () => {
    const figures = renderStats(lobbyView().stats);
    const value = (id: string): string => text(figures.querySelector(`[data-testid="${id}-value"]`));
    expect(value('stat-waiting')).toBe('3');
    expect(value('stat-finished-today')).toBe('42');
    expect(value('stat-average-wait')).toBe('7.5 min');
    expect(figures.querySelector('[data-testid="stat-sla-breaches"]')!.classList.contains('alert')).toBe(true);
  });
});

describe('the lobby manager’s console', () => {
  it('offers call, send, premium and void on every waiting ticket, a transferred one included', () => {
    const actions = noActions();
    const tickets = [...lobbyView().tickets, ticket({ ticketId: 'R001', service: 'Remittance', status: 'Transferred', issuedAt: new Date(t0 - 60_000).toISOString() })];
    const queue = renderQueue(tickets, lobbyView().desks, t0, actions);
    expect(byTestId(queue, 'ticket-row').map((r) => r.dataset['ticketNumber'])).toEqual(['A001', 'A002', 'W001', 'R001']);
    row(queue, 'A002').querySelector<HTMLButtonElement>('[data-testid="ticket-call"]')!.click();
    row(queue, 'A002').querySelector<HTMLButtonElement>('[data-testid="ticket-send"]')!.click();
    row(queue, 'R001').querySelector<HTMLButtonElement>('[data-testid="ticket-void"]')!.click();
    expect(actions.callTicket).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 'A002' }));
    expect(actions.sendTicket).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 'A002' }));
    expect(actions.voidTicket).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 'R001' }));
  });

  it('counts the wait from the last re-queue, and says which desk a sent ticket waits for in the desk’s own language', () => {
    const desks = [desk({ deskId: 'V1', name: 'VIP room', nameZh: '贵宾室', kind: 'VipRoom' })];
    const sent = ticket({ ticketId: 'W009', service: 'Wealth', deskId: 'V1', issuedAt: new Date(t0 - 30 * 60_000).toISOString(), waitingSince: new Date(t0 - 2 * 60_000).toISOString() });
    expect(text(row(renderQueue([sent], desks, t0, noActions()), 'W009').querySelector('[data-testid="ticket-sent-to"]'))).toBe('→ VIP room');
    expect(text(row(renderQueue([sent], desks, t0, noActions()), 'W009').querySelector('[data-testid="ticket-waiting"]'))).toBe('2m 00s');
    setLang('zh-CN');
    expect(text(row(renderQueue([sent], desks, t0, noActions()), 'W009').querySelector('[data-testid="ticket-sent-to"]'))).toBe('→ 至贵宾室');
  });

  it('sums each service’s queue: how many, the longest wait and the desks open for it', () => {
    const view = lobbyView();
    const lines = renderQueueLines(view.tickets, view.desks, t0)!;
    const line = (service: string): string[] => [...lines.querySelectorAll(`[data-service="${service}"] td`)].map((c) => text(c));
    expect(byTestId(lines, 'queue-line').map((l) => l.dataset['service'])).toEqual(['Cash', 'Wealth']);
    // Two cash tickets, the longest 20 minutes, two desks serve cash; wealth: the VIP room is closed.
    expect(line('Cash')).toEqual(['Cash', '2', '20m 00s', '2']);
    expect(line('Wealth')).toEqual(['Wealth products', '1', '2m 00s', 'No desk open']);
    expect(lines.querySelector('[data-service="Cash"]')!.classList.contains('over')).toBe(true);
    expect(renderQueueLines([], view.desks, t0)).toBeNull();
  });

  it('lists parked customers with re-queue and call', () => {
    const actions = noActions();
    const parked = renderParked([ticket({ ticketId: 'C007', status: 'Parked', deskId: 'D1' })], lobbyView().desks, actions)!;
    expect(text(parked.querySelector('[data-testid="parked-row"]'))).toContain('parked at Counter D1');
    parked.querySelector<HTMLButtonElement>('[data-testid="ticket-requeue"]')!.click();
    expect(actions.requeue).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 'C007' }), expect.any(HTMLElement));
    expect(renderParked(lobbyView().tickets, lobbyView().desks, actions)).toBeNull();
  });

  it('shows each desk’s state and throughput, in the desk’s Chinese name in Chinese', () => {
    setLang('zh-CN');
    const desks = [desk({ deskId: 'D7', name: 'Counter 7', nameZh: '7 号窗口', status: 'OnBreak', servedToday: 12, averageServiceMinutes: 6.5 })];
    const root = renderDesks(desks, [], t0, noActions());
    expect(text(root.querySelector('[data-testid="desk-name"]'))).toBe('7 号窗口');
    expect(text(root.querySelector('[data-testid="desk-state"]'))).toBe('小休中');
    expect(text(root.querySelector('[data-testid="desk-throughput"]'))).toBe('已办 12 · 平均 6.5 分钟');
    expect(text(root.querySelector('[data-testid="desk-break"]'))).toBe('恢复服务');
  });

  it('says when the business day closes, and that it has', () => {
    expect(text(renderDay(lobbyView().day))).toBe('Business day 2026-02-12 · closes 18:30');
    expect(text(renderDay({ ...lobbyView().day, closed: true }))).toBe('Business day 2026-02-12 · closed at 18:30');
    setLang('zh-CN');
    expect(text(renderDay(lobbyView().day))).toBe('营业日 2026-02-12 · 18:30 结束营业');
  });
});
