// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { renderStaffWorklist, withoutItem } from '../src/pages/staff-worklist/render';
import { staffWorkSections } from '../src/types';
import { item, staffWorklist } from './staffSamples';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const mount = (elements: HTMLElement[]): HTMLElement => {
  const root = document.createElement('div');
  root.append(...elements);
  return root;
};

beforeEach(() => setLang('en'));

describe('a member of staff’s worklist', () => {
  it('shows every section, overdue visits first, each with its count', () => {
    const view = staffWorklist({
      visitsOverdue: [item({ id: 'C-1' })],
      visitsDue: [item({ id: 'C-2' }), item({ id: 'C-3' })],
      workOrders: [item({ id: 'WO-9', kind: 'WorkOrder', title: 'Replace printer roll' })],
    });
    const root = mount(renderStaffWorklist(view, { logVisit: vi.fn() }));
    const sections = [...root.querySelectorAll<HTMLElement>('section')].map((s) => s.dataset['section']);
    expect(sections).toEqual([...staffWorkSections]);
    expect(sections[0]).toBe('visitsOverdue');
    expect(text(root.querySelector('[data-testid="staff-visitsDue-count"]'))).toBe('2');
    expect(text(root.querySelector('[data-testid="staff-workOrders"] h2'))).toBe('Work orders 1');
    expect(text(root.querySelector('[data-testid="staff-promisesDue"] .empty'))).toBe('Nothing here.');
  });

  it('offers "log visit" on a client to visit and hands the item over', () => {
    const logVisit = vi.fn();
    const due = item({ id: 'C-2', title: 'Shenzhen Tea House', dueAt: '2026-02-12T06:30:00Z', detail: 'Quarterly visit' });
    const root = mount(renderStaffWorklist(staffWorklist({ visitsDue: [due], remindersToMake: [item({ id: 'R-1', kind: 'Reminder' })] }), { logVisit }));
    const row = root.querySelector<HTMLElement>('[data-testid="staff-item"][data-id="C-2"]')!;
    // Business time: 06:30 UTC is 14:30 in Beijing.
    expect(text(row)).toContain('2026-02-12 14:30');
    expect(text(row)).toContain('Quarterly visit');
    row.querySelector<HTMLButtonElement>('[data-testid="staff-log-visit"]')!.click();
    expect(logVisit).toHaveBeenCalledWith(due);
    // A reminder is made, not visited.
    expect(root.querySelector('[data-id="R-1"] [data-testid="staff-log-visit"]')).toBeNull();
  });

  it('links an inactive terminal to its history and an approval to the inbox', () => {
    const view = staffWorklist({
      inactiveTerminals: [item({ id: 'T 88', kind: 'InactiveTerminal', title: 'T 88 · Tea House' })],
      approvals: [item({ id: 'TR-1', kind: 'Approval' })],
      workOrders: [item({ id: 'WO-202604-C 1', kind: 'WorkOrder' })],
    });
    const root = mount(renderStaffWorklist(view, { logVisit: vi.fn() }));
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="staff-open-work-order"]')!.getAttribute('href')).toBe('work-order.html?id=WO-202604-C%201');
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="staff-open-terminal"]')!.getAttribute('href')).toBe('terminal.html?id=T%2088');
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="staff-open-approvals"]')!.getAttribute('href')).toBe('approvals.html');
  });

  it('puts last month’s inactive-terminal list on a team lead’s list, linked to the month-end screen', () => {
    const list = item({ id: '2026-03', kind: 'MonthEndList', title: 'Futian Sub-branch', institutionId: 'SB FT', detail: '2' });
    const root = mount(renderStaffWorklist(staffWorklist({ inactiveTerminals: [list] }), { logVisit: vi.fn() }));
    const row = root.querySelector<HTMLElement>('[data-testid="staff-item"][data-id="2026-03"]')!;
    expect(text(row.querySelector('[data-testid="staff-item-title"]'))).toBe('Inactive list 2026-03 · Futian Sub-branch');
    expect(text(row.querySelector('.detail'))).toBe('2 inactive terminals to re-activate');
    expect(row.querySelector<HTMLAnchorElement>('[data-testid="staff-open-month-end"]')!.getAttribute('href')).toBe('month-end.html?institution=SB+FT&month=2026-03');
    expect(row.querySelector('[data-testid="staff-open-terminal"]')).toBeNull();
    setLang('zh-CN');
    const zh = mount(renderStaffWorklist(staffWorklist({ inactiveTerminals: [{ ...list, detail: '1' }] }), { logVisit: vi.fn() }));
    expect(text(zh.querySelector('.detail'))).toBe('1 台不活跃终端待激活');
  });

  it('links the management department’s missing-calendar warning to the calendars, on that year', () => {
    const warning = item({ id: '2027', kind: 'CalendarMissing', title: '', institutionId: 'HO', detail: '14' });
    const root = mount(renderStaffWorklist(staffWorklist({ remindersToMake: [warning] }), { logVisit: vi.fn() }));
    const row = root.querySelector<HTMLElement>('[data-testid="staff-item"][data-id="2027"]')!;
    const link = row.querySelector<HTMLAnchorElement>('[data-testid="staff-open-calendar"]')!;
    expect(link.getAttribute('href')).toBe('calendar.html?year=2027');
    expect(text(link)).toBe('Open the calendars');
    setLang('zh-CN');
    const zh = mount(renderStaffWorklist(staffWorklist({ remindersToMake: [warning] }), { logVisit: vi.fn() }));
    expect(text(zh.querySelector('[data-testid="staff-open-calendar"]'))).toBe('打开工作日历');
  });

  it('names the owner of each item only when someone else’s work is on the list (a team lead’s team view)', () => {
    const mine = mount(renderStaffWorklist(staffWorklist({ visitsDue: [item({ id: 'C-1', ownerId: 'CM-1' })] }), { logVisit: vi.fn() }));
    expect(mine.querySelector('[data-testid="staff-item-owner"]')).toBeNull();
    const team = mount(renderStaffWorklist(staffWorklist({ visitsDue: [item({ id: 'C-1', ownerId: 'CM-7' })] }), { logVisit: vi.fn() }));
    expect(text(team.querySelector('[data-testid="staff-item-owner"]'))).toBe('CM-7');
  });

  it('drops a visited client from its section and leaves everything else alone', () => {
    const view = staffWorklist({ visitsDue: [item({ id: 'C-1' }), item({ id: 'C-2' })], visitsOverdue: [item({ id: 'C-1' })] });
    const after = withoutItem(view, 'visitsDue', 'C-1');
    expect(after.visitsDue.map((x) => x.id)).toEqual(['C-2']);
    expect(after.visitsOverdue.map((x) => x.id)).toEqual(['C-1']);
    expect(view.visitsDue).toHaveLength(2);
  });

  it('reads in Chinese too', () => {
    setLang('zh-CN');
    const root = mount(renderStaffWorklist(staffWorklist({ visitsDue: [item({ id: 'C-1' })] }), { logVisit: vi.fn() }));
    expect(text(root.querySelector('[data-testid="staff-visitsOverdue"] h2'))).toBe('走访已逾期 0');
    expect(text(root.querySelector('[data-testid="staff-log-visit"]'))).toBe('登记走访');
  });
});
