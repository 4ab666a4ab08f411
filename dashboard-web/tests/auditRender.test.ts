// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { AuditPager, renderAuditEntries } from '../src/pages/audit/render';
import type { AuditEntryView } from '../src/types';

const entry = (over: Partial<AuditEntryView> = {}): AuditEntryView => ({
  sequence: 42,
  at: '2026-12-07T16:30:05Z',
  action: 'session.revoked',
  label: '会话已终止',
  actor: 'HO-MD',
  actorInstitutionId: 'HO',
  address: '127.0.0.1',
  target: 'staff/SB-FT-CM1',
  institutionId: 'SB-FT',
  detail: 'disabled',
  ...over,
});

describe('the audit screen', () => {
  beforeEach(() => setLang('zh-CN'));

  it('shows each entry at its business time (Beijing), with the label the server gave and the code on hover', () => {
    const table = renderAuditEntries({ kind: 'ready', items: [entry()] });
    const row = table.querySelector('[data-testid="audit-row"]')!;
    // 16:30 UTC is 00:30 the next day in Beijing.
    expect(row.querySelector('[data-testid="audit-at"]')!.textContent).toBe('2026年12月8日 00:30:05');
    expect(row.querySelector('[data-testid="audit-action"]')!.textContent).toBe('会话已终止');
    expect(row.querySelector('[data-testid="audit-action"]')!.getAttribute('title')).toBe('session.revoked');
    expect(row.querySelector('[data-testid="audit-target"]')!.textContent).toBe('staff/SB-FT-CM1');
  });

  it('says why there is nothing: not the management department, or nothing recorded', () => {
    setLang('en');
    expect(renderAuditEntries({ kind: 'forbidden' }).textContent).toContain('management department');
    expect(renderAuditEntries({ kind: 'ready', items: [] }).textContent).toBe('Nothing recorded for these filters.');
  });

  it('pages by the server cursor and goes back to exactly the newer page', () => {
    const pager = new AuditPager();
    expect([pager.current, pager.hasNewer, pager.hasOlder]).toEqual([undefined, false, false]);
    pager.answered(100);
    pager.older();
    expect([pager.current, pager.page, pager.hasNewer]).toEqual([100, 2, true]);
    pager.answered(50);
    pager.older();
    pager.answered(null);
    expect([pager.current, pager.hasOlder]).toEqual([50, false]);
    pager.newer();
    expect(pager.current).toBe(100);
    pager.reset();
    expect([pager.current, pager.page]).toEqual([undefined, 1]);
  });
});
