import type { ComplaintView, LobbyDelta, LobbyView, TicketView } from '../types';

/** Replaces items with the same id in place and appends new ones, keeping the screen's order stable. */
export function upsertBy<T>(items: readonly T[], changes: readonly T[], id: (item: T) => string): T[] {
  if (changes.length === 0) return [...items];
  const byId = new Map(changes.map((c) => [id(c), c]));
  const result = items.map((item) => {
    const change = byId.get(id(item));
    if (change === undefined) return item;
    byId.delete(id(item));
    return change;
  });
  return [...result, ...byId.values()];
}

/** The lobby after one delta: tickets and complaints upserted, removed tickets gone, desks and stats replaced when sent. */
export function applyLobbyDelta(view: LobbyView, delta: LobbyDelta): LobbyView {
  const removed = new Set(delta.removedTickets ?? []);
  const tickets = upsertBy<TicketView>(view.tickets, delta.tickets ?? [], (x) => x.ticketId).filter((x) => !removed.has(x.ticketId));
  return {
    ...view,
    seq: delta.seq,
    at: delta.at,
    tickets,
    desks: delta.desks ?? view.desks,
    complaints: upsertBy<ComplaintView>(view.complaints, delta.complaints ?? [], (x) => x.complaintId),
    stats: delta.stats ?? view.stats,
    day: delta.day ?? view.day,
  };
}
