import type { TicketView } from '../../types';

/** Waiting for a desk: in the queue from the kiosk, or again after a transfer. */
export const isWaiting = (ticket: Pick<TicketView, 'status'>): boolean => ticket.status === 'Waiting' || ticket.status === 'Transferred';

/**
 * Over the service-level target (brief §4: 15 minutes, VIP 5). The server's flag is authoritative;
 * between its updates the screen also flags a waiting ticket whose target instant has passed
 * (by the business clock).
 */
export function isOverTarget(ticket: Pick<TicketView, 'status' | 'slaBreached' | 'slaDueAt'>, nowMs: number): boolean {
  if (ticket.slaBreached) return true;
  return isWaiting(ticket) && nowMs >= Date.parse(ticket.slaDueAt);
}

/** Waiting tickets in their place in the queue: the order they were issued in, which a transfer keeps. */
export function waitingQueue(tickets: readonly TicketView[]): TicketView[] {
  return tickets.filter(isWaiting).sort((a, b) => Date.parse(a.issuedAt) - Date.parse(b.issuedAt));
}
