import { describe, expect, it } from 'vitest';
import { BusinessClock, lateReadingToleranceMs, syncFromHeaders } from '../src/clock';
import { formatWhen } from '../src/format';

// A machine clock we move by hand; its wall time is far from the business time on purpose.
function machine(): { ticks: () => number; pass(ms: number): void } {
  let now = 1_000_000;
  return { ticks: () => now, pass: (ms) => void (now += ms) };
}

const business = Date.parse('2026-02-12T02:00:00Z'); // 10:00 in Beijing

describe('the business clock', () => {
  it('ticks on from the server reading, whatever the machine says the time is', () => {
    const m = machine();
    const clock = new BusinessClock(m.ticks);
    expect(clock.synced).toBe(false);
    clock.sync('2026-02-12T02:00:00Z');
    m.pass(6 * 60_000);
    expect(clock.now()).toBe(business + 6 * 60_000);
    expect(clock.synced).toBe(true);
  });

  it("runs at the business clock's pace (the demo's 60x) and changes pace without jumping", () => {
    const m = machine();
    const clock = new BusinessClock(m.ticks);
    clock.sync(business, 60);
    m.pass(1000);
    expect(clock.now()).toBe(business + 60_000);
    clock.sync(null, 1);
    m.pass(1000);
    expect(clock.now()).toBe(business + 61_000);
  });

  it('ignores a reading a little behind (a message that was on its way) and takes one well behind or ahead', () => {
    const m = machine();
    const clock = new BusinessClock(m.ticks);
    clock.sync(business);
    m.pass(3000);
    clock.sync(business + 1000); // stamped 2 s ago, arrived now
    expect(clock.now()).toBe(business + 3000);
    clock.sync(business + 10_000); // the server is further on than we thought
    expect(clock.now()).toBe(business + 10_000);
    clock.sync(business + 10_000 - lateReadingToleranceMs - 1); // set back: believe it
    expect(clock.now()).toBe(business + 10_000 - lateReadingToleranceMs - 1);
  });

  it('says when it first hears from the server, and on every move', async () => {
    const clock = new BusinessClock(machine().ticks);
    let moves = 0;
    clock.onChange(() => moves++);
    const synced = clock.whenSynced();
    syncFromHeaders(new Headers({ 'Business-Time': '2026-02-12T02:00:00.000Z', 'Business-Time-Rate': '60' }), clock);
    await synced;
    expect([clock.now(), clock.rate, moves]).toEqual([business, 60, 1]);
    syncFromHeaders(new Headers(), clock); // an answer without the headers changes nothing
    expect([clock.now(), clock.rate, moves]).toEqual([business, 60, 1]);
  });
});

describe('a time next to now', () => {
  it('is the time alone today and carries its date on another day', () => {
    expect(formatWhen('2026-02-12T01:30:00Z', 'en', business)).toBe('09:30');
    expect(formatWhen('2026-02-11T10:30:00Z', 'en', business)).toBe('2026-02-11 18:30');
    expect(formatWhen('2026-02-11T10:30:00Z', 'zh-CN', business)).toBe('2026年2月11日 18:30');
    // 23:30 UTC on the 11th is already the 12th in Beijing: today.
    expect(formatWhen('2026-02-11T23:30:00Z', 'en', business)).toBe('07:30');
  });
});
