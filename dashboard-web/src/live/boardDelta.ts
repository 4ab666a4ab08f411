import type { BoardDelta, BoardView } from '../types';

/** The board after one delta: every section present in the delta replaces the board's. */
export function applyBoardDelta(view: BoardView, delta: BoardDelta): BoardView {
  return {
    ...view,
    seq: delta.seq,
    at: delta.at,
    stages: delta.stages ?? view.stages,
    promisesDueNextHour: delta.promisesDueNextHour ?? view.promisesDueNextHour,
    brokenPromisesToday: delta.brokenPromisesToday ?? view.brokenPromisesToday,
    collectedToday: delta.collectedToday ?? view.collectedToday,
    collectors: delta.collectors ?? view.collectors,
    collectedWithoutCollector: delta.collectedWithoutCollector ?? view.collectedWithoutCollector,
    promisesDecidedToday: delta.promisesDecidedToday ?? view.promisesDecidedToday,
  };
}
