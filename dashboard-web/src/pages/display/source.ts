// Where the calling display gets its calls. Today: the lobby's live feed, as a signed-in member of
// staff watches it. A display registered as a device swaps this one function for its own source;
// nothing else on the page changes, and the page only ever sees the calls (hallCalls), never the lobby.
import { connectScreensHub, lobbyFeed } from '../../hub';
import type { ConnectionState } from '../../live/screenFeed';
import { hallCalls, type HallCall } from './calls';

export interface CallSource {
  start(): Promise<void>;
}

export interface CallHandlers {
  onCalls(calls: HallCall[]): void;
  onState(state: ConnectionState): void;
  onError(error: unknown): void;
}

export function lobbyCallSource(branchId: string, handlers: CallHandlers): CallSource {
  const feed = lobbyFeed(connectScreensHub(), branchId, {
    onView: (view) => handlers.onCalls(hallCalls(view)),
    onState: handlers.onState,
    onError: (error) => handlers.onError(error),
  });
  return { start: () => feed.start() };
}
