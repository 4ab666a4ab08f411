import { describe, expect, it } from 'vitest';
import { dayKinds, monthGrid } from '../src/pages/calendar/render';

// A made-up year, as the server answers it: never next year's official schedule.
const file = {
  year: 2031,
  source: null,
  holidays: [{ name: 'New Year', from: '2030-12-31', to: '2031-01-01' }, { name: 'Spring Festival', from: '2031-01-22', to: '2031-01-28' }],
  makeUpWorkingDays: ['2031-01-19'],
};

describe('calendar month grid', () => {
  it('marks every day of a holiday off (a holiday may start in the year before) and make-up days as worked', () => {
    const kinds = dayKinds(file);
    expect(kinds.get('2030-12-31')).toBe('off');
    expect(kinds.get('2031-01-01')).toBe('off');
    expect([...kinds.entries()].filter(([, k]) => k === 'off')).toHaveLength(9);
    expect(kinds.get('2031-01-19')).toBe('makeup');
  });

  it('lays a month out Monday first, weekends marked, holidays over weekends', () => {
    // 1 January 2031 is a Wednesday: two empty cells lead the first week.
    const weeks = monthGrid(2031, 1, dayKinds(file));
    expect(weeks[0]?.slice(0, 3).map((c) => c.day)).toEqual([0, 0, 1]);
    expect(weeks.flat().filter((c) => c.day > 0)).toHaveLength(31);
    const kindOf = (date: string) => weeks.flat().find((c) => c.date === date)?.kind;
    expect([kindOf('2031-01-01'), kindOf('2031-01-02'), kindOf('2031-01-04'), kindOf('2031-01-19'), kindOf('2031-01-25')]).toEqual([
      'off', 'work', 'weekend', 'makeup', 'off',
    ]);
  });
});
