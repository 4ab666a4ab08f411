// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { boardLimits, renderCollectors, renderPromisesDue, renderStages, renderTotals } from '../src/pages/board/render';
import { boardView, promise, stage } from './samples';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (root: ParentNode, id: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

beforeEach(() => setLang('en'));

describe('the wall board', () => {
  it('shows the stages in the brief’s order with counts and amounts', () => {
    const stages = renderStages(boardView().stages);
    expect(all(stages, 'stage-PreDue')).toHaveLength(1);
    expect([...stages.querySelectorAll<HTMLElement>('[data-stage]')].map((s) => s.dataset['stage'])).toEqual(['PreDue', 'M1', 'M2']);
    const preDue = stages.querySelector('[data-testid="stage-PreDue"]')!;
    expect(text(preDue.querySelector('.stage-name'))).toBe('Pre-due');
    expect(text(preDue.querySelector('[data-testid="stage-loans"]'))).toBe('20 loans');
    expect(text(preDue.querySelector('[data-testid="stage-outstanding"]'))).toBe('¥1,234,567.89');
    expect(text(preDue.querySelector('[data-testid="stage-overdue"]'))).toBe('¥45,678.90');
    expect(text(preDue.querySelector('[data-testid="stage-entered-today"]'))).toBe('+2');
  });

  it('counts large sums in 万 in Chinese, keeping the exact sum at hand', () => {
    setLang('zh-CN');
    const outstanding = renderStages([stage({ stage: 'M3', outstanding: 12_345_678.9 })]).querySelector('[data-testid="stage-outstanding"] .money')!;
    expect(outstanding.textContent).toBe('¥1,234.57万');
    expect(outstanding.getAttribute('title')).toBe('¥12,345,678.90');
  });

  it('leaves out loans that are not in collections', () => {
    const stages = renderStages([stage({ stage: 'Current' }), stage({ stage: 'Settled' }), stage({ stage: 'M4' })]);
    expect([...stages.querySelectorAll<HTMLElement>('[data-stage]')].map((s) => s.dataset['stage'])).toEqual(['M4']);
  });

  it('shows the promises due soonest first, as many as fit, and how many more there are', () => {
    const promises = Array.from({ length: boardLimits.promises + 2 }, (_, i) =>
      promise({ loanId: `L${i}`, promisedFor: new Date(Date.parse('2026-02-12T02:00:00Z') + (10 - i) * 60_000).toISOString() }),
    );
    const panel = renderPromisesDue(promises);
    const rows = all(panel, 'promise-row');
    expect(rows).toHaveLength(boardLimits.promises);
    expect(rows[0]!.dataset['loanId']).toBe('L7');
    expect(text(panel.querySelector('[data-testid="promises-due-count"]'))).toBe('8');
    expect(text(panel.querySelector('.more'))).toBe('+2 more');
  });

  it('shows what was collected and entered today', () => {
    const totals = renderTotals(boardView());
    expect(text(totals.querySelector('[data-testid="collected-today"]'))).toBe('¥88,361.15');
    expect(text(totals.querySelector('[data-testid="entered-today"]'))).toBe('6');
  });

  it('ranks collectors by what they collected', () => {
    const table = renderCollectors(boardView().collectors);
    const rows = all(table, 'collector-row');
    expect(rows.map((r) => r.dataset['collectorId'])).toEqual(['COL-2', 'COL-1']);
    expect(text(rows[0]!.querySelector('[data-testid="collector-collected"]'))).toBe('¥68,361.15');
    expect(text(rows[0]!.querySelector('[data-testid="collector-calls"]'))).toBe('25');
  });
});
