// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { auditDetail, renderAudit, renderTerminal } from '../src/pages/terminal/render';
import type { AuditEntry, TerminalSnapshot } from '../src/types';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const snapshot = (over: Partial<TerminalSnapshot> = {}): TerminalSnapshot => ({
  terminalId: 'T-88',
  institutionId: 'SB-FT',
  merchantName: 'Shenzhen Tea House',
  merchantClientId: 'C-1',
  maintainerId: 'CM-1',
  signedUpAt: '2025-12-31T16:30:00Z',
  lastSaleAt: '2026-01-05T03:00:00Z',
  inactive: false,
  inactiveSince: null,
  salesCount: 1234,
  salesAmount: 98765.4,
  inactiveAt: '2026-02-04T03:00:00Z',
  nextClockAt: '2026-02-04T03:00:00Z',
  ...over,
});

beforeEach(() => setLang('en'));

describe('a terminal’s history', () => {
  it('shows the terminal as it is, times in Beijing time', () => {
    const panel = renderTerminal(snapshot());
    expect(text(panel.querySelector('[data-testid="terminal-merchant"]'))).toBe('Shenzhen Tea House');
    expect(text(panel.querySelector('[data-testid="terminal-maintainer"]'))).toBe('CM-1');
    // 16:30 UTC on 31 December is 00:30 on 1 January in Beijing.
    expect(text(panel.querySelector('[data-testid="terminal-signed-up"]'))).toBe('2026-01-01 00:30');
    expect(text(panel.querySelector('[data-testid="terminal-sales"]'))).toBe('1,234 sales · ¥98,765.40');
    expect(text(panel.querySelector('[data-testid="terminal-status"]'))).toBe('Active');
  });

  it('says since when a terminal is inactive', () => {
    const panel = renderTerminal(snapshot({ inactive: true, inactiveSince: '2026-01-31T16:00:00Z' }));
    expect(panel.dataset['inactive']).toBe('true');
    expect(text(panel.querySelector('[data-testid="terminal-status"]'))).toBe('Inactive since 2026-02-01 00:00');
  });

  it('lists every action oldest first: when, who, role, what and from where', () => {
    const table = renderAudit([
      { at: '2026-02-12T01:00:00Z', by: 'CM-1', byName: 'Li Wei', role: 'ClientManager', action: 'TransferFiled', detail: 'to CM-2', address: '10.1.2.3' },
      { at: '2026-02-12T02:15:00Z', by: 'HD-1', byName: 'HD-1', role: 'InstitutionHead', action: 'TransferConfirmed', detail: '', address: null },
    ]);
    const rows = [...table.querySelectorAll('[data-testid="audit-row"]')];
    expect(text(table.querySelector('[data-testid="terminal-audit-count"]'))).toBe('2');
    expect(rows.map((r) => text(r.querySelector('[data-testid="audit-at"]')))).toEqual(['2026-02-12 09:00', '2026-02-12 10:15']);
    const cells = (row: Element | undefined): string[] => [...(row?.querySelectorAll('td') ?? [])].map(text);
    expect(cells(rows[0])).toEqual(['2026-02-12 09:00', 'Li Wei CM-1', 'Client manager', 'TransferFiled', 'to CM-2', '10.1.2.3']);
    expect(cells(rows[1])).toEqual(['2026-02-12 10:15', 'HD-1', 'Institution head', 'TransferConfirmed', '', '']);
  });

  it('reads a workflow step ("{Step} {Decision}") in the bank’s words, and keeps an action it does not know as written', () => {
    const table = renderAudit([
      { at: '2026-02-12T01:00:00Z', by: 'HD-1', byName: 'Wang Fang', role: 'InstitutionHead', action: 'OutgoingHeadConfirmed Confirmed', detail: 'Ordinary transfer TR-1 from CM-1 to CM-2', address: '10.0.0.5' },
      { at: '2026-02-12T02:00:00Z', by: 'CM-1', byName: 'Li Wei', role: 'Applicant', action: 'Filed Withdrawn', detail: '', address: null },
      { at: '2026-02-12T03:00:00Z', by: 'SYS', byName: 'System', role: 'MonthEnd', action: 'Reassigned', detail: '', address: null },
    ]);
    const actions = [...table.querySelectorAll('[data-testid="audit-action"]')].map(text);
    expect(actions).toEqual(['Outgoing head confirms — confirmed', 'Filed — withdrew', 'Reassigned']);
    setLang('zh-CN');
    const zh = renderAudit([{ at: '2026-02-12T01:00:00Z', by: 'HD-1', byName: '王芳', role: 'InstitutionHead', action: 'OutgoingHeadConfirmed Confirmed', detail: '', address: null }]);
    expect(text(zh.querySelector('[data-testid="audit-action"]'))).toBe('移出机构负责人确认 — 确认');
    expect(text(zh.querySelectorAll('td')[2])).toBe('机构负责人');
  });

  it('says so when nothing has been recorded, in Chinese too', () => {
    setLang('zh-CN');
    expect(text(renderAudit([]).querySelector('.empty'))).toBe('该终端暂无操作记录。');
  });
});

describe('a transfer step in the history, in the reader’s language', () => {
  const step: AuditEntry = {
    at: '2026-02-12T02:00:00Z',
    by: 'SB-FT-HEAD',
    byName: 'Ma Lin',
    role: 'InstitutionHead',
    action: 'OutgoingHeadConfirmed Confirmed',
    detail: 'Ordinary transfer T1 from CM1 to CM2: fine; maintainer is now CM2',
    address: null,
    transfer: { transferId: 'T1', kind: 'Ordinary', fromStaffId: 'CM1', toStaffId: 'CM2', note: 'fine', completed: true },
  };

  it('is worded from the server’s facts, not its English sentence', () => {
    setLang('zh-CN');
    const zh = auditDetail(step) as HTMLElement;
    expect(zh.textContent).toBe('移交 T1：由 CM1 移交给 CM2：fine；维护人已变更为 CM2');
    setLang('en');
    expect((auditDetail(step) as HTMLElement).textContent).toBe('Transfer T1 from CM1 to CM2: fine; maintainer is now CM2');
  });

  it('keeps the English sentence of entries written before the facts were kept', () => {
    expect(auditDetail({ ...step, transfer: null })).toBe(step.detail);
  });

  it('reads the month-end check (who and its verdict) in Chinese, the server having written it in English', () => {
    const verified: AuditEntry = {
      at: '2026-04-30T16:00:00Z', by: 'month-end', byName: 'Month-end check', role: 'MonthEnd', action: 'Verified Rejected', detail: '', address: null,
      transfer: { transferId: 'A1', kind: 'Activation', fromStaffId: null, toStaffId: 'CM2', note: 'not active in the 2026-04 statistics: not credited', completed: false },
    };
    setLang('zh-CN');
    const zh = renderAudit([verified]);
    const cells = [...zh.querySelectorAll('td')].map(text);
    expect(cells[1]).toBe('月末核对');
    expect(cells[4]).toBe('提升划转 A1，申请人 CM2：2026年04月统计中为非活跃终端：不计入考核');
    setLang('en');
    const credited = { ...verified, transfer: { ...verified.transfer!, note: 'active in the 2026-04 statistics: credited' } };
    expect((auditDetail(credited) as HTMLElement).textContent).toBe('Activation claim A1 by CM2: active in the 2026-04 statistics: credited');
  });
});
