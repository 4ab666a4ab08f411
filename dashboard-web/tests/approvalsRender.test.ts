// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../src/api';
import { setLang } from '../src/i18n';
import { explainRefusal, renderApprovals } from '../src/pages/approvals/render';
import { problemBanner, showProblem } from '../src/ui/problem';
import { transfer } from './staffSamples';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const one = (over = {}, actions = { confirm: vi.fn(), reject: vi.fn() }): HTMLElement => renderApprovals([transfer(over)], actions)[0]!;

beforeEach(() => setLang('en'));

describe('the approvals inbox', () => {
  it('shows the terminal, where it goes, the kind and the step waiting', () => {
    const card = one();
    expect(card.dataset['transferId']).toBe('TR-1');
    expect(text(card.querySelector('[data-testid="approval-terminal"]'))).toBe('Terminal T-88');
    expect(card.querySelector('[data-testid="approval-terminal"]')!.getAttribute('href')).toBe('terminal.html?id=T-88');
    expect(text(card.querySelector('[data-testid="approval-from"]'))).toBe('CM-1 · SB-FT');
    expect(text(card.querySelector('[data-testid="approval-to"]'))).toBe('CM-2 · SB-LH');
    expect(text(card.querySelector('[data-testid="approval-kind"]'))).toBe('Ordinary transfer');
    expect(text(card.querySelector('[data-testid="approval-next-step"]'))).toBe('Outgoing head confirms');
    expect(text(card.querySelector('[data-testid="approval-reason"]'))).toBe('Merchant moved to Luohu');
  });

  it('lists the steps so far: who, what, when in Beijing time, with their notes', () => {
    const steps = [...one().querySelectorAll('[data-testid="approval-step"]')].map(text);
    expect(steps).toEqual([
      'Filed — Li Wei filed · 2026-02-12 09:00',
      'Maintainer confirms — Zhang Min confirmed · 2026-02-12 09:30 · Will visit Monday',
    ]);
  });

  it('names the month-end check and its verdict in Chinese; a person’s note stays as written', () => {
    setLang('zh-CN');
    const card = one({
      kind: 'Activation', status: 'Completed', nextStep: null,
      steps: [
        { step: 'ManagementApproved', by: 'MD-1', byName: '王芳', at: '2026-04-10T01:00:00Z', decision: 'Confirmed', note: 'ok by me' },
        { step: 'Verified', by: 'month-end', byName: 'Month-end check', at: '2026-04-30T16:00:00Z', decision: 'Confirmed', note: 'active in the 2026-04 statistics: credited' },
      ],
    });
    const notes = [...card.querySelectorAll('[data-testid="approval-step"] q')].map(text);
    expect(notes).toEqual(['ok by me', '2026年04月统计中为活跃终端：计入考核']);
    expect(text(card.querySelectorAll('[data-testid="approval-step"] strong')[1])).toBe('月末核对');
  });

  it('shows a step it does not know by the server’s name rather than nothing', () => {
    const card = one({ nextStep: 'BoardSignOff' });
    expect(text(card.querySelector('[data-testid="approval-next-step"]'))).toBe('BoardSignOff');
  });

  it('confirms or rejects the transfer the buttons sit on', () => {
    const actions = { confirm: vi.fn(), reject: vi.fn() };
    const card = one({}, actions);
    card.querySelector<HTMLButtonElement>('[data-testid="approval-confirm"]')!.click();
    card.querySelector<HTMLButtonElement>('[data-testid="approval-reject"]')!.click();
    expect(actions.confirm.mock.calls[0]![0]).toMatchObject({ transferId: 'TR-1' });
    expect(actions.reject.mock.calls[0]![0]).toMatchObject({ transferId: 'TR-1' });
  });

  it('says so when nothing waits', () => {
    const [empty] = renderApprovals([], { confirm: vi.fn(), reject: vi.fn() });
    expect(text(empty)).toBe('Nothing is waiting for you.');
  });
});

describe('a refused step', () => {
  const summary = (error: unknown): string => {
    const banner = problemBanner();
    showProblem(banner, explainRefusal(error));
    return text(banner.querySelector('[data-testid="problem-summary"]'));
  };

  it('says a 403 is not the user’s step, with the server’s reason', () => {
    expect(summary(new ApiProblem(403, { title: 'Forbidden', detail: 'Step OutgoingHeadConfirmed belongs to the head of SB-FT.' }))).toBe(
      'This step is not yours to take. — Forbidden — Step OutgoingHeadConfirmed belongs to the head of SB-FT.',
    );
  });

  it('says a 409 means someone acted first or the transfer is closed', () => {
    setLang('zh-CN');
    expect(summary(new ApiProblem(409, { title: 'Transfer is Completed' }))).toBe(
      '该移交已不在等待此步骤：可能他人已先处理，或流程已结束。列表已刷新。 — Transfer is Completed',
    );
  });

  it('leaves other failures as they were', () => {
    const error = new ApiProblem(400, { title: 'The request is not valid.', errors: { reason: ['is required'] } });
    expect(explainRefusal(error)).toBe(error);
  });
});
