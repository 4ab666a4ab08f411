// What the calling display (叫号屏) may know: numbers called and the desks they go to, nothing else.
// Every customer is welcomed alike (brief §4): no name, client id, amount or premium mark ever
// reaches this screen's drawing, whatever the data source carries.
import type { Lang } from '../../i18n';
import { translate } from '../../i18n';
import type { DeskView, LobbyView, TicketView } from '../../types';

/** One call: a number to a desk, in both of the desk's names, at an instant (a recall is a new call). */
export interface HallCall {
  /** The ticket and the instant of the call: a recall of the same ticket is another call, announced again. */
  key: string;
  number: string;
  deskName: string;
  deskNameZh: string;
  calledAt: string;
  /** Still called (the customer is on the way) rather than already at the desk. */
  calling: boolean;
}

/** How many calls the display lists beside the latest. */
export const recentCallsShown = 6;

const atDesk = (ticket: TicketView): boolean => ticket.status === 'Called' || ticket.status === 'Serving';

/** The hall's calls from a lobby, newest first: tickets at a desk now, by the instant of their (latest) call. */
export function hallCalls(view: Pick<LobbyView, 'tickets' | 'desks'>): HallCall[] {
  const desks = new Map<string, DeskView>(view.desks.map((d) => [d.deskId, d]));
  return view.tickets
    .filter((t) => atDesk(t) && t.calledAt !== null && t.deskId !== null)
    .map((t): HallCall => {
      const desk = desks.get(t.deskId!);
      const name = desk?.name ?? t.deskId!;
      return { key: `${t.ticketId}@${t.calledAt}`, number: t.number, deskName: name, deskNameZh: desk?.nameZh ?? name, calledAt: t.calledAt!, calling: t.status === 'Called' };
    })
    .sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt));
}

/** Calls to announce: those still calling that were not on the display before, oldest first (announced in turn). */
export function newCalls(before: readonly HallCall[], after: readonly HallCall[]): HallCall[] {
  const known = new Set(before.map((c) => c.key));
  return after.filter((c) => c.calling && !known.has(c.key)).reverse();
}

export const deskNameIn = (call: HallCall, lang: Lang): string => (lang === 'zh-CN' ? call.deskNameZh : call.deskName);

/** "请 C015 号到 2 号窗口" / "Ticket C015, please go to Counter 2." */
export function announcement(call: HallCall, lang: Lang): string {
  return translate(lang, 'display.announce', { number: call.number, desk: deskNameIn(call, lang) });
}
