import { beforeEach, describe, expect, it } from 'vitest';
import { boardFeed, hubErrorText, hubMethods, lobbyFeed } from '../src/hub';
import type { ConnectionState } from '../src/live/screenFeed';
import type { BoardView, LobbyView } from '../src/types';
import { deferred, FakeConnection, settle } from './fakeConnection';
import { boardView, lobbyDelta, lobbyView, ticket } from './samples';

describe('a lobby screen on the hub', () => {
  let connection: FakeConnection;
  let shown: LobbyView[];
  let states: ConnectionState[];
  let scheduled: (() => void)[];

  // The test holds the retry timer, so it decides when a retry happens.
  const open = () =>
    lobbyFeed(connection, 'SB-FT', { onView: (v) => shown.push(v), onState: (s) => states.push(s) }, { schedule: (run) => scheduled.push(run) });
  const last = (): LobbyView => shown[shown.length - 1]!;
  const ticketIds = (): string[] => last().tickets.map((x) => x.ticketId);

  beforeEach(() => {
    connection = new FakeConnection();
    shown = [];
    states = [];
    scheduled = [];
  });

  it('joins its branch on start and shows the snapshot', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    const feed = open();
    await feed.start();

    expect(connection.calls('JoinLobby')).toEqual([['SB-FT']]);
    expect(last().seq).toBe(10);
    expect(states).toEqual(['live']);
  });

  it('applies the delta that continues the snapshot, and the one after it', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    await open().start();

    connection.push('LobbyDelta', lobbyDelta({ fromSeq: 10, seq: 11, tickets: [ticket({ ticketId: 'A003' })] }));
    connection.push('LobbyDelta', lobbyDelta({ fromSeq: 11, seq: 12, removedTickets: ['A002'] }));

    expect(last().seq).toBe(12);
    expect(ticketIds()).toContain('A003');
    expect(ticketIds()).not.toContain('A002');
    expect(connection.calls('JoinLobby')).toHaveLength(1);
  });

  it('ignores a delta it has already applied', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    await open().start();
    const views = shown.length;

    connection.push('LobbyDelta', lobbyDelta({ fromSeq: 9, seq: 10, removedTickets: ['A001'] }));

    expect(shown).toHaveLength(views);
    expect(ticketIds()).toContain('A001');
    expect(connection.calls('JoinLobby')).toHaveLength(1);
  });

  it('after a gap re-reads the snapshot instead of applying the delta', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 14, tickets: [ticket({ ticketId: 'B777' })] }));
    await open().start();

    connection.push('LobbyDelta', lobbyDelta({ fromSeq: 12, seq: 13, tickets: [ticket({ ticketId: 'NOPE' })] }));
    await settle();

    expect(connection.calls('JoinLobby')).toHaveLength(2);
    expect(last().seq).toBe(14);
    expect(ticketIds()).toEqual(['B777']);
  });

  it('holds deltas that arrive while the snapshot is on its way, then applies those that continue it', async () => {
    const snapshot = deferred<LobbyView>();
    connection.answerWith(hubMethods.joinLobby, () => snapshot.promise);
    const started = open().start();

    connection.push('LobbyDelta', lobbyDelta({ fromSeq: 9, seq: 10, tickets: [ticket({ ticketId: 'OLD' })] }));
    connection.push('LobbyDelta', lobbyDelta({ fromSeq: 10, seq: 11, tickets: [ticket({ ticketId: 'NEW' })] }));
    snapshot.resolve(lobbyView({ seq: 10, tickets: [] }));
    await started;

    expect(last().seq).toBe(11);
    expect(ticketIds()).toEqual(['NEW']);
  });

  it('ignores deltas of another branch', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    await open().start();

    connection.push('LobbyDelta', { ...lobbyDelta({ fromSeq: 10, seq: 11, removedTickets: ['A001'] }), branchId: 'SB-NS' });

    expect(last().seq).toBe(10);
    expect(connection.calls('JoinLobby')).toHaveLength(1);
  });

  it('on reconnect joins again and replaces the screen with the fresh snapshot', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    // The server restarted meanwhile: its numbering is lower, and the fresh view still wins.
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 2, tickets: [ticket({ ticketId: 'C001' })] }));
    await open().start();

    connection.dropAndRetry();
    expect(states).toEqual(['live', 'reconnecting']);

    connection.reconnect();
    await settle();

    expect(states).toEqual(['live', 'reconnecting', 'live']);
    expect(connection.calls('JoinLobby')).toEqual([['SB-FT'], ['SB-FT']]);
    expect(last().seq).toBe(2);
    expect(ticketIds()).toEqual(['C001']);

    connection.push('LobbyDelta', lobbyDelta({ fromSeq: 2, seq: 3, tickets: [ticket({ ticketId: 'C002' })] }));
    expect(ticketIds()).toEqual(['C001', 'C002']);
  });

  it('a snapshot asked for before a reconnect does not overwrite the one asked for after it', async () => {
    const early = deferred<LobbyView>();
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    connection.answerWith(hubMethods.joinLobby, () => early.promise);
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 30 }));
    const feed = open();
    await feed.start();

    const gap = feed.join(); // e.g. a gap was seen just before the connection dropped
    connection.reconnect();
    await settle();
    early.resolve(lobbyView({ seq: 20 }));
    await gap;

    expect(last().seq).toBe(30);
  });

  it('when the connection closes for good it shows offline and starts again later', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 11 }));
    await open().start();

    connection.close();
    expect(states.at(-1)).toBe('offline');
    expect(scheduled).toHaveLength(1);

    scheduled.shift()!();
    await settle();

    expect(connection.starts).toBe(2);
    expect(states.at(-1)).toBe('live');
    expect(last().seq).toBe(11);
  });

  it('keeps trying when the server cannot be reached at first', async () => {
    connection.failNextStart = true;
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 1 }));
    await open().start();

    expect(states).toEqual(['offline']);
    expect(shown).toHaveLength(0);

    scheduled.shift()!();
    await settle();

    expect(states).toEqual(['offline', 'live']);
    expect(last().seq).toBe(1);
  });

  it('leaves its branch when stopped and does not restart after that', async () => {
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 10 }));
    const feed = open();
    await feed.start();

    await feed.stop();
    connection.close();

    expect(connection.calls('LeaveLobby')).toEqual([['SB-FT']]);
    expect(scheduled).toHaveLength(0);
  });
});

describe('a wall board on the hub', () => {
  it('joins its room, applies board deltas in sequence and re-joins after a gap', async () => {
    const connection = new FakeConnection();
    const shown: BoardView[] = [];
    connection.answer(hubMethods.joinBoard, boardView({ seq: 4 }));
    connection.answer(hubMethods.joinBoard, boardView({ seq: 9, collectedToday: 1 }));
    await boardFeed(connection, 'BR-SZ', { onView: (v) => shown.push(v), onState: () => {} }).start();

    const board = { roomId: 'BR-SZ', at: '2026-02-12T02:05:00Z', stages: null, promisesDueNextHour: null, brokenPromisesToday: null, collectors: null };
    connection.push('BoardDelta', { ...board, fromSeq: 4, seq: 5, collectedToday: 500 });
    expect(shown.at(-1)?.collectedToday).toBe(500);

    connection.push('BoardDelta', { ...board, fromSeq: 7, seq: 8, collectedToday: 999 });
    await settle();

    expect(connection.calls('JoinBoard')).toEqual([['BR-SZ'], ['BR-SZ']]);
    expect(shown.at(-1)).toMatchObject({ seq: 9, collectedToday: 1 });
  });
});

describe('a screen the server refuses', () => {
  it('says why and does not ask again: a refusal on a live connection would only be refused again', async () => {
    const connection = new FakeConnection();
    const errors: [string, string][] = [];
    const scheduled: (() => void)[] = [];
    connection.answerWith(hubMethods.joinBoard, () =>
      Promise.reject(new Error("An unexpected error occurred invoking 'JoinBoard' on the server. HubException: There is no room 'BR-GZ' you can watch.")),
    );
    const feed = boardFeed(
      connection,
      'BR-GZ',
      { onView: () => {}, onState: () => {}, onError: (e, during) => errors.push([hubErrorText(e), during]) },
      { schedule: (run) => scheduled.push(run) },
    );
    await feed.start();

    expect(errors).toEqual([["There is no room 'BR-GZ' you can watch.", 'refused']]);
    expect(scheduled).toHaveLength(0);
    expect(connection.calls('JoinBoard')).toHaveLength(1);
  });

  it('asks again after a failure that is no refusal (a grain out of reach), and shows the screen once it can', async () => {
    const connection = new FakeConnection();
    const errors: string[] = [];
    const scheduled: (() => void)[] = [];
    const shown: LobbyView[] = [];
    connection.answerWith(hubMethods.joinLobby, () => Promise.reject(new Error("An unexpected error occurred invoking 'JoinLobby' on the server.")));
    connection.answer(hubMethods.joinLobby, lobbyView({ seq: 3 }));
    const feed = lobbyFeed(
      connection,
      'SB-FT',
      { onView: (v) => shown.push(v), onState: () => {}, onError: (_e, during) => errors.push(during) },
      { schedule: (run) => scheduled.push(run) },
    );
    await feed.start();

    expect(errors).toEqual(['join']);
    expect(shown).toHaveLength(0);

    scheduled.shift()!();
    await settle();
    expect(shown.at(-1)?.seq).toBe(3);
  });
});
