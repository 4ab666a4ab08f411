// Every call to the screens hub: its address, its method names, the two screens on it and the inbox nudges.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { applyBoardDelta } from './live/boardDelta';
import { applyLobbyDelta } from './live/lobbyDelta';
import { InboxFeed, type InboxHandlers, type InboxTiming } from './live/inboxFeed';
import { ScreenFeed, type FeedHandlers, type FeedTiming, type ScreenConnection } from './live/screenFeed';
import type { BoardDelta, BoardView, InboxTopic, LobbyDelta, LobbyView } from './types';
import { redirectIfUnauthorized } from './ui/session';
import { businessClock } from './clock';

export const screensHubPath = '/hubs/screens';

export const hubMethods = {
  joinLobby: 'JoinLobby',
  leaveLobby: 'LeaveLobby',
  lobbyDelta: 'LobbyDelta',
  joinBoard: 'JoinBoard',
  leaveBoard: 'LeaveBoard',
  boardDelta: 'BoardDelta',
  joinInbox: 'JoinInbox',
  leaveInbox: 'LeaveInbox',
  inboxChanged: 'InboxChanged',
  joinHall: 'JoinHall',
  leaveHall: 'LeaveHall',
  hallChanged: 'HallChanged',
} as const;

// Reconnect quickly first, then back off; after the last try the feed keeps restarting on its own.
const reconnectDelaysMs = [0, 1000, 2000, 5000, 10000, 30000];

export function connectScreensHub(): ScreenConnection {
  return new HubConnectionBuilder()
    .withUrl(screensHubPath)
    .withAutomaticReconnect(reconnectDelaysMs)
    .configureLogging(LogLevel.Warning)
    .build();
}

/** A hub that answers 401 (negotiation refused: nobody signed in) sends the page to sign in. */
function signedIn<THandlers extends Pick<FeedHandlers<unknown>, 'onError'>>(handlers: THandlers): THandlers {
  return {
    ...handlers,
    onError: (error, during) => {
      if (redirectIfUnauthorized(error)) return;
      handlers.onError?.(error, during);
    },
  };
}

/** Every snapshot and delta carries the business clock's now (`at`): the screens' one clock follows it. */
function clocked<TView extends { at: string }>(handlers: FeedHandlers<TView>): FeedHandlers<TView> {
  return {
    ...handlers,
    onView: (view) => {
      businessClock.sync(view.at);
      handlers.onView(view);
    },
  };
}

export function lobbyFeed(
  connection: ScreenConnection,
  branchId: string,
  handlers: FeedHandlers<LobbyView>,
  timing?: FeedTiming,
): ScreenFeed<LobbyView, LobbyDelta> {
  return new ScreenFeed<LobbyView, LobbyDelta>(
    connection,
    {
      joinMethod: hubMethods.joinLobby,
      leaveMethod: hubMethods.leaveLobby,
      deltaMethod: hubMethods.lobbyDelta,
      key: branchId,
      keyOf: (delta) => delta.branchId,
      apply: applyLobbyDelta,
    },
    signedIn(clocked(handlers)),
    timing,
  );
}

export function boardFeed(
  connection: ScreenConnection,
  roomId: string,
  handlers: FeedHandlers<BoardView>,
  timing?: FeedTiming,
): ScreenFeed<BoardView, BoardDelta> {
  return new ScreenFeed<BoardView, BoardDelta>(
    connection,
    {
      joinMethod: hubMethods.joinBoard,
      leaveMethod: hubMethods.leaveBoard,
      deltaMethod: hubMethods.boardDelta,
      key: roomId,
      keyOf: (delta) => delta.roomId,
      apply: applyBoardDelta,
    },
    signedIn(clocked(handlers)),
    timing,
  );
}

/** The signed-in user's own inboxes (the server picks them from the sign-in): reread on the topics given. */
export function inboxFeed(
  connection: ScreenConnection,
  topics: readonly InboxTopic[],
  handlers: InboxHandlers,
  timing?: InboxTiming,
): InboxFeed {
  return new InboxFeed(connection, { joinMethod: hubMethods.joinInbox, nudgeMethod: hubMethods.inboxChanged, topics }, signedIn(handlers), timing);
}

/**
 * A branch's calling display: nudged when the lobby changes, it reads its hall view again (JoinHall answers it).
 * A display never receives the lobby itself, only the numbers called and their desks.
 */
export function hallFeed(connection: ScreenConnection, branchId: string, handlers: InboxHandlers, timing?: InboxTiming): InboxFeed {
  return new InboxFeed(connection, { joinMethod: hubMethods.joinHall, joinArgs: [branchId], nudgeMethod: hubMethods.hallChanged }, signedIn(handlers), timing);
}

/**
 * The server's own words from a failed hub call: SignalR wraps a HubException as
 * "An unexpected error occurred invoking 'JoinLobby' on the server. HubException: <message>".
 */
export function hubErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const marker = 'HubException: ';
  const at = message.indexOf(marker);
  return at >= 0 ? message.slice(at + marker.length) : message;
}
