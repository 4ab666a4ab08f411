// Sample screens in the server's wire shapes, for the tests.
import type {
  BoardView, CollectorResults, ComplaintView, DeskView, LobbyDelta, LobbyStats, LobbyView, PromiseView, StageTotals, TicketView,
} from '../src/types';

export const t0 = Date.parse('2026-02-12T02:00:00Z'); // 10:00 in Beijing

const iso = (ms: number): string => new Date(ms).toISOString();
const minutes = (n: number): number => n * 60_000;

export function ticket(overrides: Partial<TicketView> & { ticketId: string }): TicketView {
  const issued = overrides.issuedAt ? Date.parse(overrides.issuedAt) : t0;
  return {
    number: overrides.ticketId,
    service: 'Cash',
    status: 'Waiting',
    issuedAt: iso(issued),
    calledAt: null,
    finishedAt: null,
    deskId: null,
    clientId: null,
    premium: false,
    premiumSignals: [],
    slaDueAt: iso(issued + minutes(15)),
    slaBreached: false,
    outcome: null,
    waitingSince: iso(issued),
    ...overrides,
  };
}

export function desk(overrides: Partial<DeskView> & { deskId: string }): DeskView {
  const open = overrides.open ?? true;
  return {
    name: `Counter ${overrides.deskId}`,
    nameZh: null,
    kind: 'Counter',
    open,
    services: ['Cash', 'Remittance'],
    currentTicketId: null,
    status: !open ? 'Closed' : overrides.currentTicketId ? 'Serving' : 'Idle',
    servedToday: 0,
    averageServiceMinutes: 0,
    ...overrides,
  };
}

export function complaint(overrides: Partial<ComplaintView> & { complaintId: string }): ComplaintView {
  return {
    channel: 'InPerson',
    content: 'Waited too long at the counter',
    clientId: null,
    customerName: null,
    owner: 'Lobby manager Li',
    status: 'Recorded',
    recordedAt: iso(t0),
    acknowledgedAt: null,
    recordedBy: 'LM-1',
    acknowledgedBy: null,
    resolvedBy: null,
    resolution: null,
    ...overrides,
  };
}

export const stats: LobbyStats = {
  waiting: 3,
  serving: 1,
  finishedToday: 42,
  noShowsToday: 2,
  slaBreachesNow: 1,
  averageWaitMinutes: 7.5,
  averageServiceMinutes: 6,
  notServedToday: 0,
};

export function lobbyView(overrides: Partial<LobbyView> = {}): LobbyView {
  return {
    branchId: 'SB-FT',
    seq: 10,
    at: iso(t0),
    tickets: [
      ticket({ ticketId: 'A002', issuedAt: iso(t0 - minutes(5)) }),
      ticket({ ticketId: 'A001', issuedAt: iso(t0 - minutes(20)), slaBreached: true }),
      ticket({ ticketId: 'W001', service: 'Wealth', premium: true, premiumSignals: ['LargeDeposit'], issuedAt: iso(t0 - minutes(2)), slaDueAt: iso(t0 + minutes(3)) }),
      ticket({ ticketId: 'A000', status: 'Serving', deskId: 'D1', calledAt: iso(t0 - minutes(4)), issuedAt: iso(t0 - minutes(30)) }),
    ],
    desks: [desk({ deskId: 'D1', currentTicketId: 'A000' }), desk({ deskId: 'D2' }), desk({ deskId: 'V1', name: 'VIP room', kind: 'VipRoom', open: false, services: ['Wealth'] })],
    complaints: [
      complaint({ complaintId: 'C1', status: 'ResolvedOnTheSpot', resolution: 'Apologised; fee refunded', recordedAt: iso(t0 - minutes(60)) }),
      complaint({ complaintId: 'C2', recordedAt: iso(t0 - minutes(10)), customerName: 'Ms Zhang' }),
    ],
    stats,
    day: { date: '2026-02-12', closesAt: '2026-02-12T10:30:00Z', closed: false },
    ...overrides,
  };
}

export function lobbyDelta(overrides: Partial<LobbyDelta> & { fromSeq: number; seq: number }): LobbyDelta {
  return { branchId: 'SB-FT', at: iso(t0 + minutes(1)), tickets: [], removedTickets: [], desks: null, complaints: [], stats: null, ...overrides };
}

export function stage(overrides: Partial<StageTotals> & Pick<StageTotals, 'stage'>): StageTotals {
  return { loans: 12, outstanding: 1_234_567.89, overdue: 45_678.9, enteredToday: 2, ...overrides };
}

export function promise(overrides: Partial<PromiseView> & { loanId: string }): PromiseView {
  return { clientId: `${overrides.loanId}-C`, collectorId: 'COL-1', amount: 5000, promisedFor: iso(t0 + minutes(30)), status: 'Open', paid: 0, ...overrides };
}

export function collector(overrides: Partial<CollectorResults> & { collectorId: string }): CollectorResults {
  const collected = overrides.collected ?? 0;
  return {
    name: overrides.collectorId,
    nameZh: null,
    calls: 0,
    rightPartyContacts: 0,
    promises: 0,
    collected,
    promisesDecided: { kept: 0, partiallyKept: 0, broken: 0, keptRate: null },
    dailyTarget: 50_000,
    targetShare: collected / 50_000,
    ...overrides,
  };
}

export function boardView(overrides: Partial<BoardView> = {}): BoardView {
  return {
    roomId: 'BR-SZ',
    seq: 4,
    at: iso(t0),
    stages: [stage({ stage: 'M2', loans: 3 }), stage({ stage: 'PreDue', loans: 20 }), stage({ stage: 'M1', loans: 7 })],
    promisesDueNextHour: [promise({ loanId: 'SB-FT-L01' })],
    brokenPromisesToday: [],
    collectedToday: 88_361.15,
    collectors: [
      collector({ collectorId: 'COL-1', name: 'Zhang Wei', nameZh: '张伟', calls: 30, rightPartyContacts: 12, promises: 4, collected: 20_000 }),
      collector({ collectorId: 'COL-2', name: 'Li Na', nameZh: null, calls: 25, rightPartyContacts: 9, promises: 2, collected: 58_361.15 }),
    ],
    collectedWithoutCollector: 10_000,
    promisesDecidedToday: { kept: 2, partiallyKept: 0, broken: 1, keptRate: 0.6667 },
    ...overrides,
  };
}
