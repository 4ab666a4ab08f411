// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { dayBefore, renderDayFigures } from '../src/pages/lobby/days';
import type { LobbyDayFigures, LobbyFigures } from '../src/types';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const figures = (overrides: Partial<LobbyFigures> = {}): LobbyFigures => ({
  issued: 0, served: 0, noShows: 0, notServedAtClose: 0, voided: 0, averageWaitMinutes: 0, averageServiceMinutes: 0, slaBreaches: 0, ...overrides,
});
const wednesday: LobbyDayFigures = {
  branchId: 'SB-FT',
  date: '2026-03-04',
  closesAt: '2026-03-04T10:30:00Z',
  closed: true,
  total: figures({ issued: 4, served: 1, notServedAtClose: 3, averageWaitMinutes: 3, averageServiceMinutes: 6, slaBreaches: 2 }),
  services: [
    { service: 'Cash', figures: figures({ issued: 3, served: 1, notServedAtClose: 2, slaBreaches: 1 }) },
    { service: 'Wealth', figures: figures({ issued: 1, notServedAtClose: 1, slaBreaches: 1 }) },
  ],
};

beforeEach(() => setLang('en'));

describe("a past day's figures", () => {
  it('show the close, the totals and each service, with the tickets not served at close', () => {
    const shown = renderDayFigures(wednesday);
    expect(text(shown.querySelector('[data-testid="day-figures-state"]'))).toBe('Closed at 18:30');
    const total = shown.querySelector('[data-testid="day-figures-total"]')!;
    const cell = (row: Element, figure: string): string => text(row.querySelector(`[data-figure="${figure}"]`));
    expect([cell(total, 'issued'), cell(total, 'served'), cell(total, 'notServedAtClose'), cell(total, 'averageWaitMinutes'), cell(total, 'slaBreaches')])
      .toEqual(['4', '1', '3', '3 min', '2']);
    const services = [...shown.querySelectorAll<HTMLElement>('[data-testid="day-figures-service"]')];
    expect(services.map((r) => r.dataset['service'])).toEqual(['Cash', 'Wealth']);
    expect(cell(services[1]!, 'notServedAtClose')).toBe('1');
  });

  it('say so in Chinese, and when there was no ticket', () => {
    setLang('zh-CN');
    expect(text(renderDayFigures(wednesday).querySelector('[data-testid="day-figures-total"] th'))).toBe('全部业务');
    const empty = renderDayFigures({ ...wednesday, total: figures(), services: [] });
    expect(text(empty.querySelector('[data-testid="day-figures-none"]'))).toBe('当日无取号。');
    expect(text(renderDayFigures({ ...wednesday, closed: false }).querySelector('[data-testid="day-figures-state"]'))).toBe('今日截至目前');
  });

  it('look back to the calendar day before, across a month end', () => {
    expect([dayBefore('2026-03-04'), dayBefore('2026-03-01'), dayBefore('2026-01-01')]).toEqual(['2026-03-03', '2026-02-28', '2025-12-31']);
  });
});
