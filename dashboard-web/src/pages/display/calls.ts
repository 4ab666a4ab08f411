// What the calling display (叫号屏) knows: numbers called and the desks they go to, nothing else.
// Every customer is welcomed alike (brief §4): the server sends a display only its hall view
// (JoinHall), never the lobby, so no name, client id, amount or premium mark can reach this screen.
import type { Lang } from '../../i18n';
import { translate } from '../../i18n';
import type { HallView } from '../../types';

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

/** The hall's calls, newest first. */
export function hallCalls(view: HallView): HallCall[] {
  return view.calls
    .map((c): HallCall => ({
      key: `${c.ticketId}@${c.calledAt}`,
      number: c.number,
      deskName: c.deskName,
      deskNameZh: c.deskNameZh ?? c.deskName,
      calledAt: c.calledAt,
      calling: c.calling,
    }))
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
