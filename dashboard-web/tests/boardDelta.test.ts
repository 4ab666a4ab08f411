import { describe, expect, it } from 'vitest';
import { applyBoardDelta } from '../src/live/boardDelta';
import type { BoardDelta } from '../src/types';
import { boardView, promise, stage } from './samples';

const delta = (overrides: Partial<BoardDelta>): BoardDelta => ({
  roomId: 'BR-SZ',
  fromSeq: 4,
  seq: 5,
  at: '2026-02-12T02:01:00Z',
  stages: null,
  promisesDueNextHour: null,
  brokenPromisesToday: null,
  collectedToday: null,
  collectors: null,
  collectedWithoutCollector: null,
  promisesDecidedToday: null,
  ...overrides,
});

describe('a board delta applied to the wall board', () => {
  it('keeps every section the delta does not carry', () => {
    const view = boardView();
    const next = applyBoardDelta(view, delta({}));
    expect(next).toEqual({ ...view, seq: 5, at: '2026-02-12T02:01:00Z' });
  });

  it('replaces the sections it carries, whole', () => {
    const next = applyBoardDelta(
      boardView(),
      delta({ stages: [stage({ stage: 'M1', loans: 8 })], brokenPromisesToday: [promise({ loanId: 'L9', status: 'Broken' })], collectedToday: 100 }),
    );
    expect(next.stages).toEqual([stage({ stage: 'M1', loans: 8 })]);
    expect(next.brokenPromisesToday.map((p) => p.loanId)).toEqual(['L9']);
    expect(next.collectedToday).toBe(100);
    expect(next.collectedWithoutCollector).toBe(10_000);
    expect(next.promisesDueNextHour.map((p) => p.loanId)).toEqual(['SB-FT-L01']);
  });

  it('a collected total of zero is a value, not an absence (the day rolled over)', () => {
    expect(applyBoardDelta(boardView(), delta({ collectedToday: 0 })).collectedToday).toBe(0);
  });

  it('empty lists clear their sections', () => {
    const next = applyBoardDelta(boardView(), delta({ promisesDueNextHour: [], collectors: [] }));
    expect(next.promisesDueNextHour).toEqual([]);
    expect(next.collectors).toEqual([]);
  });
});
