import { describe, expect, it } from 'vitest';
import { applyLobbyDelta, upsertBy } from '../src/live/lobbyDelta';
import { complaint, desk, lobbyDelta, lobbyView, stats, ticket } from './samples';

const ids = (items: readonly { ticketId: string }[]): string[] => items.map((x) => x.ticketId);

describe('a lobby delta applied to the screen', () => {
  it('replaces a changed ticket in place and adds a new one at the end', () => {
    const view = lobbyView();
    const called = ticket({ ticketId: 'A001', status: 'Called', deskId: 'D2' });
    const next = applyLobbyDelta(view, lobbyDelta({ fromSeq: 10, seq: 11, tickets: [called, ticket({ ticketId: 'A003' })] }));

    expect(ids(next.tickets)).toEqual(['A002', 'A001', 'W001', 'A000', 'A003']);
    expect(next.tickets.find((x) => x.ticketId === 'A001')?.status).toBe('Called');
    expect(next.seq).toBe(11);
    expect(next.at).toBe(lobbyDelta({ fromSeq: 10, seq: 11 }).at);
  });

  it('takes removed tickets off the screen, even one changed in the same delta', () => {
    const next = applyLobbyDelta(
      lobbyView(),
      lobbyDelta({ fromSeq: 10, seq: 11, tickets: [ticket({ ticketId: 'A000', status: 'Finished' })], removedTickets: ['A000', 'A002'] }),
    );
    expect(ids(next.tickets)).toEqual(['A001', 'W001']);
  });

  it('replaces the desks and the stats only when the delta carries them', () => {
    const view = lobbyView();
    const unchanged = applyLobbyDelta(view, lobbyDelta({ fromSeq: 10, seq: 11 }));
    expect(unchanged.desks).toBe(view.desks);
    expect(unchanged.stats).toBe(view.stats);

    const newDesks = [desk({ deskId: 'D9' })];
    const newStats = { ...stats, waiting: 0 };
    const replaced = applyLobbyDelta(view, lobbyDelta({ fromSeq: 10, seq: 11, desks: newDesks, stats: newStats }));
    expect(replaced.desks).toEqual(newDesks);
    expect(replaced.stats.waiting).toBe(0);
  });

  it('an empty desk list is a section too: every desk is gone', () => {
    expect(applyLobbyDelta(lobbyView(), lobbyDelta({ fromSeq: 10, seq: 11, desks: [] })).desks).toEqual([]);
  });

  it('upserts complaints by id', () => {
    const next = applyLobbyDelta(
      lobbyView(),
      lobbyDelta({ fromSeq: 10, seq: 11, complaints: [complaint({ complaintId: 'C2', status: 'Acknowledged' }), complaint({ complaintId: 'C3' })] }),
    );
    expect(next.complaints.map((c) => [c.complaintId, c.status])).toEqual([
      ['C1', 'ResolvedOnTheSpot'],
      ['C2', 'Acknowledged'],
      ['C3', 'Recorded'],
    ]);
  });

  it('does not change the view it was given', () => {
    const view = lobbyView();
    const before = JSON.stringify(view);
    applyLobbyDelta(view, lobbyDelta({ fromSeq: 10, seq: 11, tickets: [ticket({ ticketId: 'A009' })], removedTickets: ['A001'] }));
    expect(JSON.stringify(view)).toBe(before);
  });
});

describe('upsertBy', () => {
  it('keeps order, replaces by id, appends the rest once', () => {
    const rows = [{ id: 'a', v: 1 }, { id: 'b', v: 1 }];
    expect(upsertBy(rows, [{ id: 'c', v: 2 }, { id: 'a', v: 2 }], (x) => x.id)).toEqual([
      { id: 'a', v: 2 },
      { id: 'b', v: 1 },
      { id: 'c', v: 2 },
    ]);
  });
});
