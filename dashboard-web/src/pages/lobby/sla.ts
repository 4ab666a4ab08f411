import type { TicketView } from '../../types';

/**
 * Over the service-level target (brief §4: 15 minutes, VIP 5). The server's flag is authoritative;
 * between its updates the screen also flags a waiting ticket whose target instant has passed.
 */
export function isOverTarget(ticket: Pick<TicketView, 'status' | 'slaBreached' | 'slaDueAt'>, nowMs: number): boolean {
  if (ticket.slaBreached) return true;
  return ticket.status === 'Waiting' && nowMs >= Date.parse(ticket.slaDueAt);
}

/** Waiting tickets, longest-waiting first. */
export function waitingQueue(tickets: readonly TicketView[]): TicketView[] {
  return tickets.filter((x) => x.status === 'Waiting').sort((a, b) => Date.parse(a.issuedAt) - Date.parse(b.issuedAt));
}
