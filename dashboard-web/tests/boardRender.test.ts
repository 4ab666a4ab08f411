// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { boardLimits, namesOf, renderCollectors, renderPromisesDue, renderStages, renderTotals } from '../src/pages/board/render';
import { ChangeHighlighter } from '../src/ui/highlight';
import { boardView, collector, promise, stage } from './samples';

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

  it('writes money the same way on every card in Chinese: to the fen, never 万 beside yuan', () => {
    setLang('zh-CN');
    const stages = renderStages([stage({ stage: 'M1', outstanding: 1_635_400, overdue: 409_487.53 })]);
    expect(text(stages.querySelector('[data-testid="stage-outstanding"]'))).toBe('¥1,635,400.00');
    expect(text(stages.querySelector('[data-testid="stage-overdue"]'))).toBe('¥409,487.53');
    expect(stages.textContent).not.toContain('万');
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

  it('shows what was collected and entered today, and the share of today’s decided promises kept', () => {
    const totals = renderTotals(boardView());
    expect(text(totals.querySelector('[data-testid="collected-today"]'))).toBe('¥88,361.15');
    expect(text(totals.querySelector('[data-testid="entered-today"]'))).toBe('6');
    expect(text(totals.querySelector('[data-testid="kept-rate"]'))).toBe('67%');
    expect(text(totals.querySelector('[data-testid="kept-of"]'))).toBe('2 of 3 decided');
    const none = renderTotals(boardView({ promisesDecidedToday: { kept: 0, partiallyKept: 0, broken: 0, keptRate: null } }));
    expect(text(none.querySelector('[data-testid="kept-rate"]'))).toBe('—');
  });

  it('ranks collectors by what they collected, by name, each against the daily target', () => {
    const table = renderCollectors(boardView());
    const rows = all(table, 'collector-row');
    expect(rows.map((r) => r.dataset['collectorId'])).toEqual(['COL-2', 'COL-1']);
    expect(text(rows[0]!.querySelector('[data-testid="collector-name"]'))).toBe('Li Na');
    expect(text(rows[0]!.querySelector('[data-testid="collector-collected"]'))).toBe('¥58,361.15');
    expect(text(rows[0]!.querySelector('[data-testid="collector-calls"]'))).toBe('25');
    expect(text(rows[0]!.querySelector('[data-testid="collector-target"]'))).toBe('117%');
    expect(rows[0]!.querySelector('[data-testid="collector-target"]')!.classList.contains('met')).toBe(true);
    expect(text(rows[1]!.querySelector('[data-testid="collector-target"]'))).toBe('40%');
  });

  it('names collectors in Chinese characters where the register has them, else as registered', () => {
    setLang('zh-CN');
    const names = all(renderCollectors(boardView()), 'collector-name').map(text);
    expect(names).toEqual(['Li Na', '张伟']);
    expect(namesOf(boardView().collectors)('COL-1')).toBe('张伟');
    expect(namesOf(boardView().collectors)('COL-9')).toBe('COL-9');
  });

  it('adds up: the collectors shown, those cut (their sum on the "+N more" line) and "without a collector" make the total', () => {
    const many = Array.from({ length: boardLimits.collectors + 3 }, (_, i) => collector({ collectorId: `C${i}`, collected: 1000 * (i + 1) + 0.01 }));
    const collected = many.reduce((sum, c) => sum + c.collected, 0) + 2_345.67;
    const table = renderCollectors(boardView({ collectors: many, collectedWithoutCollector: 2_345.67, collectedToday: collected }));
    const yuan = (el: Element | null): number => Number(text(el).replace(/[¥,]/g, ''));
    const shown = all(table, 'collector-collected').map(yuan);
    const more = table.querySelector('[data-testid="collectors-more"]') as HTMLElement;
    expect(shown).toHaveLength(boardLimits.collectors);
    expect(more.hidden).toBe(false);
    expect(text(more)).toContain('+3 more');
    const sum = shown.reduce((a, b) => a + b, 0) + yuan(table.querySelector('[data-testid="collectors-more-amount"]')) + yuan(table.querySelector('[data-testid="without-collector-amount"]'));
    expect(sum).toBeCloseTo(collected, 2);
    expect(yuan(table.querySelector('[data-testid="collectors-total-amount"]'))).toBeCloseTo(collected, 2);
  });

  it('lights a figure that changed for a few seconds, and nothing on the first render or a language change', () => {
    let now = 0;
    const highlighter = new ChangeHighlighter(4000, () => now);
    const root = document.createElement('div');
    const draw = (view = boardView()): void => {
      root.replaceChildren(renderTotals(view));
      highlighter.apply(root);
    };
    const lit = (): boolean => root.querySelector('[data-testid="collected-today"]')!.classList.contains('changed');
    draw();
    expect(lit()).toBe(false);
    setLang('zh-CN');
    draw();
    expect(lit()).toBe(false);
    now = 1000;
    draw(boardView({ collectedToday: 90_000 }));
    expect(lit()).toBe(true);
    now = 3000;
    draw(boardView({ collectedToday: 90_000 }));
    expect(lit()).toBe(true);
    expect((root.querySelector('[data-testid="collected-today"]') as HTMLElement).style.animationDelay).toBe('-2000ms');
    now = 5001;
    draw(boardView({ collectedToday: 90_000 }));
    expect(lit()).toBe(false);
  });
});
