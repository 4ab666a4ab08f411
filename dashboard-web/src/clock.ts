// The one business clock every screen reads. The server stamps its business "now" on every
// snapshot, delta and API answer; this module keeps the offset from the last reading and ticks
// on from it at the business clock's pace (1, or the demo's speed). No screen reads the machine's
// clock for a business time: a branch PC set to the wrong time still shows the right waits.

/** A monotonic local time in milliseconds (performance.now): immune to the machine's clock being set. */
export type LocalTicks = () => number;

/** How far behind the running estimate a reading may be and still count as a message that was on its way a while, in real ms. */
export const lateReadingToleranceMs = 5000;

export class BusinessClock {
  private business = Number.NaN;
  private local = 0;
  private pace = 1;
  private readonly listeners = new Set<() => void>();
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly ticks: LocalTicks = () => performance.now()) {}

  /** Whether the server has spoken yet. */
  get synced(): boolean {
    return !Number.isNaN(this.business);
  }

  /** Business seconds per real second. */
  get rate(): number {
    return this.pace;
  }

  /**
   * A reading from the server: an instant (ISO 8601 or epoch ms) and, when known, the clock's pace.
   * Readings are stamped before they travel, so one slightly behind the running estimate is an older
   * message, not a slower clock, and is ignored; a reading well behind it (the clock was set back,
   * a test moved it) or ahead of it is taken as it is.
   */
  sync(instant: string | number | null | undefined, rate?: number | null): void {
    const reading = typeof instant === 'string' ? Date.parse(instant) : (instant ?? Number.NaN);
    const now = this.ticks();
    if (rate !== undefined && rate !== null && Number.isFinite(rate) && rate > 0 && rate !== this.pace) {
      // Re-based at the old pace first, so a change of pace never makes the clock jump.
      if (this.synced) [this.business, this.local] = [this.estimate(now), now];
      this.pace = rate;
    }
    if (Number.isNaN(reading)) return;
    const first = !this.synced;
    if (!first) {
      const estimate = this.estimate(now);
      const behind = estimate - reading;
      if (behind >= 0 && behind <= lateReadingToleranceMs * Math.max(1, this.pace)) return;
    }
    [this.business, this.local] = [reading, now];
    for (const listener of this.listeners) listener();
    if (first) for (const resolve of this.waiting.splice(0)) resolve();
  }

  /**
   * Business now, in epoch milliseconds. Screens show business times only once a reading has come
   * (every screen reads its data first); until then the machine's clock is the only guess there is.
   */
  now(): number {
    return this.synced ? this.estimate(this.ticks()) : Date.now();
  }

  /** Business now as a Date (for the formatting helpers, which read it in business time). */
  nowDate(): Date {
    return new Date(this.now());
  }

  /** Resolves at the first reading (at once if there has been one). */
  whenSynced(): Promise<void> {
    return this.synced ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Called after every reading that moved the clock (the first one included); returns the way to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private estimate(now: number): number {
    return this.business + (now - this.local) * this.pace;
  }
}

/** The page's clock: the API client and the live feeds feed it, every screen reads it. */
export const businessClock = new BusinessClock();

/** Reads the clock headers of an API answer (see BusinessTime.NowHeader / RateHeader on the server). */
export function syncFromHeaders(headers: Pick<Headers, 'get'>, clock: BusinessClock = businessClock): void {
  const rate = Number(headers.get('Business-Time-Rate') ?? Number.NaN);
  clock.sync(headers.get('Business-Time'), Number.isFinite(rate) ? rate : undefined);
}
