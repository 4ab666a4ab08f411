// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiProblem } from '../src/api';
import { addMonths, businessMonth } from '../src/format';
import { setLang } from '../src/i18n';
import { answerOf, renderInactiveList, renderStatistics } from '../src/pages/month-end/render';
import type { KpiFigures, MonthStatistics } from '../src/types';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const figures = (over: Partial<KpiFigures> = {}): KpiFigures => ({
  month: '2026-04-01',
  through: '2026-04-30',
  accounts: 12,
  newAccounts: 5,
  newBasicAccounts: 1,
  weeks: [
    { from: '2026-04-01', to: '2026-04-05', newAccounts: 1, met: true, complete: true },
    { from: '2026-04-06', to: '2026-04-12', newAccounts: 0, met: false, complete: true },
    { from: '2026-04-13', to: '2026-04-19', newAccounts: 4, met: true, complete: true },
  ],
  reactivated: 2,
  wentDormant: 1,
  dormant: 3,
  depositsAtStart: 100_000,
  depositsAtEnd: 150_000.5,
  depositsGrowth: 50_000.5,
  ...over,
});

const april: MonthStatistics = {
  institutionId: 'BR-SZ',
  institutionName: '深圳分行',
  month: '2026-04',
  generatedAt: '2026-04-30T16:00:00Z',
  dormantAfterDays: 180,
  institution: figures(),
  terminals: { registered: 9, activeInMonth: 6, inactiveAtMonthEnd: 3 },
  subBranches: [
    {
      institutionId: 'SB-FT',
      name: '福田支行',
      figures: figures(),
      targets: { perWeek: 1, perMonth: 4, basicPerMonth: 2, weeklyMet: false, monthlyMet: true, basicMet: false },
      terminals: { registered: 9, activeInMonth: 6, inactiveAtMonthEnd: 3 },
    },
  ],
  managers: [{ managerId: 'SB-FT-CM1', name: '王芳', figures: figures({ newAccounts: 3 }) }],
};

const csv = '/api/institutions/BR-SZ/statistics.csv?month=2026-04';

beforeEach(() => setLang('en'));

describe('a closed month’s statistics', () => {
  it('shows when the month closed, the totals, and the CSV download', () => {
    const panel = renderStatistics({ kind: 'ready', value: april }, '2026-04', csv);
    expect(text(panel.querySelector('h2'))).toBe('Statistics of 2026-04 CSV');
    // 16:00 UTC on 30 April is midnight on 1 May in Beijing: the month-end instant.
    expect(text(panel.querySelector('[data-testid="statistics-generated-at"]'))).toBe('Closed 2026-05-01 00:00 (Beijing time)');
    expect(text(panel.querySelector('[data-testid="statistics-summary"]'))).toBe(
      '5 new accounts (1 basic) · deposits growth ¥50,000.50 · 3 of 9 terminals inactive at the month end',
    );
    const link = panel.querySelector<HTMLAnchorElement>('[data-testid="statistics-csv"]')!;
    expect(link.getAttribute('href')).toBe(csv);
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('marks each sub-branch target met or missed, actual against target', () => {
    const row = renderStatistics({ kind: 'ready', value: april }, '2026-04', csv).querySelector('[data-testid="sub-branch-row"]')!;
    const monthly = row.querySelector<HTMLElement>('[data-testid="sub-branch-new-accounts"]')!;
    const basic = row.querySelector<HTMLElement>('[data-testid="sub-branch-basic"]')!;
    const weeks = row.querySelector<HTMLElement>('[data-testid="sub-branch-weeks"]')!;
    expect([text(monthly), monthly.dataset['met'], monthly.className]).toEqual(['5 / 4', 'true', 'num target met']);
    expect([text(basic), basic.dataset['met'], basic.title]).toEqual(['1 / 2', 'false', 'target missed']);
    expect([text(weeks), weeks.dataset['met']]).toEqual(['2 / 3', 'false']);
    expect(text(row.querySelector('th'))).toBe('福田支行 SB-FT');
    expect(text(row.querySelector('[data-testid="terminals"]'))).toBe('6 / 3');
  });

  it('lists each client manager by name', () => {
    const row = renderStatistics({ kind: 'ready', value: april }, '2026-04', csv).querySelector<HTMLElement>('[data-testid="manager-row"]')!;
    expect(row.dataset['managerId']).toBe('SB-FT-CM1');
    expect(text(row.querySelector('[data-testid="manager-name"]'))).toBe('王芳 SB-FT-CM1');
    expect(text(row.querySelector('[data-testid="manager-new-accounts"]'))).toBe('3');
  });

  it('says in words that the current month is not closed yet, without a download', () => {
    const panel = renderStatistics({ kind: 'notClosed' }, '2026-05', csv);
    expect(text(panel.querySelector('[data-testid="statistics-state"]'))).toBe(
      '2026-05 is not closed yet: its statistics appear by themselves at 00:00 on the 1st of the next month.',
    );
    expect(panel.querySelector('[data-testid="statistics-csv"]')).toBeNull();
    expect(text(renderStatistics({ kind: 'forbidden' }, '2026-04', csv))).toContain('for team leads, institution heads');
  });

  it('reads in Chinese', () => {
    setLang('zh-CN');
    const panel = renderStatistics({ kind: 'ready', value: april }, '2026-04', csv);
    expect(text(panel.querySelector('h2'))).toBe('2026年04月统计 CSV 下载');
    expect(text(renderStatistics({ kind: 'notClosed' }, '2026-05', csv))).toContain('2026年05月尚未结账');
  });
});

describe('the month-end inactive list', () => {
  it('lists each terminal as text, with the CSV download', () => {
    const panel = renderInactiveList(
      {
        kind: 'ready',
        value: {
          institutionId: 'SB-FT',
          month: '2026-04',
          generatedAt: '2026-04-30T16:00:00Z',
          terminals: [{ terminalId: 'T-1', merchantName: '=cmd|calc', maintainerId: 'CM-1', inactiveSince: '2026-03-02T16:00:00Z' }],
        },
      },
      '2026-04',
      '/api/institutions/SB-FT/inactive-terminals.csv?month=2026-04',
    );
    const row = panel.querySelector('[data-testid="inactive-row"]')!;
    expect([...row.children].map(text)).toEqual(['T-1', '=cmd|calc', 'CM-1', '2026-03-03 00:00']);
    expect(panel.querySelector('[data-testid="inactive-csv"]')!.getAttribute('href')).toContain('inactive-terminals.csv');
    expect(text(renderInactiveList({ kind: 'notClosed' }, '2026-05', ''))).toContain('The inactive list of 2026-05 is made at its month end.');
  });
});

describe('a refused read', () => {
  const problem = (status: number): ApiProblem => new ApiProblem(status, { status, title: 'x' });

  it('is "not closed yet" for this month or later, "none made" before, "not for you" on 403, and a problem otherwise', () => {
    expect(answerOf(problem(404), '2026-05', '2026-05')).toEqual({ kind: 'notClosed' });
    expect(answerOf(problem(404), '2026-03', '2026-05')).toEqual({ kind: 'none' });
    expect(answerOf(problem(403), '2026-03', '2026-05')).toEqual({ kind: 'forbidden' });
    expect(answerOf(problem(500), '2026-03', '2026-05')).toBeNull();
  });

  it('defaults to the month just ended, in Beijing time', () => {
    // 20:00 UTC on 31 May is 04:00 on 1 June in Beijing: May has just ended.
    expect(addMonths(businessMonth(new Date('2026-05-31T20:00:00Z')), -1)).toBe('2026-05');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
});
