// Where the calling display gets its calls: the hub's hall view of one branch (JoinHall), read again on
// every nudge. The same for a member of staff running the display from their session and for the
// branch's registered calling display: the server decides which branch each may watch.
import { businessClock } from '../../clock';
import { connectScreensHub, hallFeed } from '../../hub';
import type { ConnectionState } from '../../live/screenFeed';
import type { HallView } from '../../types';
import { hallCalls, type HallCall } from './calls';

export interface CallHandlers {
  onCalls(calls: HallCall[]): void;
  onState(state: ConnectionState): void;
  onError(error: unknown): void;
}

export function hallCallSource(branchId: string, handlers: CallHandlers): { start(): Promise<void> } {
  const connection = connectScreensHub();
  const read = (): void => {
    connection
      .invoke<HallView>('JoinHall', branchId)
      .then((view) => {
        businessClock.sync(view.at);
        handlers.onCalls(hallCalls(view));
      })
      .catch((error: unknown) => handlers.onError(error));
  };
  const feed = hallFeed(connection, branchId, { reread: read, onState: handlers.onState, onError: (error) => handlers.onError(error) });
  return { start: () => feed.start() };
}
