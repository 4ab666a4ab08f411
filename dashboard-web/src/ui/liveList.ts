// The worklist and the approvals inbox change while someone looks at them (a transfer reaches
// their step, a client is allocated to them). The hub nudges the page, which reads its list again;
// a nudge lost on the way is caught by the read after every reconnect, a slow timer and focus.
import { connectScreensHub, inboxFeed } from '../hub';
import type { InboxTopic } from '../types';
import { connectionIndicator } from './chrome';

/** Reads again in case a nudge was lost (a silo died with it in its queue). */
export const slowRereadMs = 5 * 60_000;

/** Starts the page's live reads; answers the connection light for the page header. */
export function keepListFresh(topics: readonly InboxTopic[], reread: () => void): HTMLElement {
  const light = connectionIndicator();
  const feed = inboxFeed(connectScreensHub(), topics, {
    reread,
    onState: (state) => light.set(state),
    onError: (error) => console.warn('screens hub:', error),
  });
  void feed.start();
  setInterval(reread, slowRereadMs);
  window.addEventListener('focus', reread);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') reread();
  });
  return light.element;
}
