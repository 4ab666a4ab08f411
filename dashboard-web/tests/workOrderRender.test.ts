// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { ApiProblem } from '../src/api';
import { explainRefusal, renderWorkOrder, stepsFor } from '../src/pages/work-order/render';
import { attachFields, readVisit, visitFields } from '../src/pages/work-order/forms';
import { problemBanner, showProblem } from '../src/ui/problem';
import type { Me, WorkOrderView } from '../src/types';

const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const mount = (elements: HTMLElement[]): HTMLElement => {
  const root = document.createElement('div');
  root.append(...elements);
  return root;
};

const me = (staffId: string, ...roles: Me['roles']): Me => ({ staffId, name: staffId, nameZh: null, institutionId: 'SB-FT', institutionName: 'Futian', roles });
const lead = me('SB-FT-TL', 'TeamLead', 'ClientManager');
const member = me('SB-FT-CM1', 'ClientManager');

const order = (over: Partial<WorkOrderView> = {}): WorkOrderView => ({
  workOrderId: 'WO-202604-C1',
  institutionId: 'SB-FT',
  month: '2026-04',
  clientId: 'C1',
  clientName: 'Shenzhen Tea House',
  issuedAt: '2026-03-31T16:00:00Z',
  issuedTo: ['SB-FT-TL'],
  focus: false,
  loanId: 'L1',
  loanMaturesOn: '2026-05-20',
  status: 'Issued',
  assigneeId: null,
  bookedFor: null,
  paper: null,
  riskSignals: [],
  riskReportId: null,
  files: [],
  history: [{ status: 'Issued', by: 'retail-risk', at: '2026-03-31T16:00:00Z' }],
  ...over,
});

beforeEach(() => setLang('en'));

describe('a work order', () => {
  it('lets the team lead assign it and nobody else until it is assigned', () => {
    expect(stepsFor(order(), lead)).toEqual(['assign']);
    expect(stepsFor(order(), member)).toEqual([]);
    // Another sub-branch's team lead: not theirs to give out.
    expect(stepsFor(order(), { ...lead, institutionId: 'SB-NS' })).toEqual([]);
  });

  it('is the assignee’s to book, then visit, then complete with photos and the signature', () => {
    expect(stepsFor(order({ status: 'Assigned', assigneeId: 'SB-FT-CM1' }), member)).toEqual(['book']);
    expect(stepsFor(order({ status: 'Booked', assigneeId: 'SB-FT-CM1' }), member)).toEqual(['book', 'visit', 'attach']);
    expect(stepsFor(order({ status: 'Visited', assigneeId: 'SB-FT-CM1' }), member)).toEqual(['attach']);
    expect(stepsFor(order({ status: 'Completed', assigneeId: 'SB-FT-CM1' }), member)).toEqual([]);
    expect(stepsFor(order({ status: 'Booked', assigneeId: 'SB-FT-CM2' }), member)).toEqual([]);
  });

  it('shows the focus flag, the status, the work paper and what the user may do, and hands the step over', () => {
    const step = vi.fn();
    const root = mount(renderWorkOrder(order({
      status: 'Visited', assigneeId: 'SB-FT-CM1', focus: true,
      paper: { businessRunningNormally: true, businessNote: 'busy lunch trade', repaymentPressure: false, repaymentPressureNote: null, suggestions: 'keep stock lower',
        businessDocumentsChecked: true, askedDirectlyAboutRepaymentPressure: true },
      riskSignals: [{ signal: 'FallingFootTrafficInTradingArea', note: null }],
      files: [{ fileId: 'f 1', kind: 'Photo', contentType: 'image/jpeg', size: 10, sha256: '00', uploadedBy: 'SB-FT-CM1', uploadedAt: '2026-04-03T02:00:00Z' }],
    }), member, { step }, (fileId) => `/files/${encodeURIComponent(fileId)}`));

    expect(text(root.querySelector('[data-testid="work-order-status"]'))).toBe('Visited');
    expect(text(root.querySelector('[data-testid="work-order-focus"]'))).toBe('Focus: loan matures within 2 months');
    expect(text(root.querySelector('[data-testid="paper-running"]'))).toBe('Yes · busy lunch trade');
    expect(text(root.querySelector('[data-testid="work-order-risks"]'))).toBe('Falling foot traffic in the trading area');
    expect(root.querySelector('[data-testid="work-order-file"] img')!.getAttribute('src')).toBe('/files/f%201');
    expect(root.querySelector('[data-testid="work-order-visit"]')).toBeNull();
    root.querySelector<HTMLButtonElement>('[data-testid="work-order-attach"]')!.click();
    expect(step).toHaveBeenCalledWith('attach');
  });

  it('tells a reader with nothing to do so, in Chinese too', () => {
    setLang('zh-CN');
    const root = mount(renderWorkOrder(order(), member, { step: vi.fn() }, (id) => id));
    expect(text(root.querySelector('[data-testid="work-order-nothing-to-do"]'))).toBe('此工单目前没有需要您处理的事项。');
    expect(text(root.querySelector('[data-testid="work-order-status"]'))).toBe('已下发');
  });

  it('names the assignee and who took each step in the screen’s language, the id only when the directory does not know them', () => {
    const names = new Map([
      ['SB-FT-TL', { name: 'Zhang Min', nameZh: '张敏' }],
      ['SB-FT-CM1', { name: 'Wang Fang', nameZh: null }],
    ]);
    const assigned = order({
      status: 'Booked', assigneeId: 'SB-FT-CM1',
      history: [
        { status: 'Issued', by: 'retail-risk', at: '2026-03-31T16:00:00Z' },
        { status: 'Assigned', by: 'SB-FT-TL', at: '2026-04-01T01:00:00Z' },
        { status: 'Booked', by: 'SB-FT-CM1', at: '2026-04-01T02:00:00Z' },
        { status: 'Booked', by: 'SB-NS-CM9', at: '2026-04-01T03:00:00Z' },
      ],
    });
    const by = (root: HTMLElement): string[] => [...root.querySelectorAll('[data-testid="work-order-history"] li strong')].map(text);

    setLang('zh-CN');
    const zh = mount(renderWorkOrder(assigned, member, { step: vi.fn() }, (id) => id, names));
    expect(by(zh)).toEqual(['零售风险部', '张敏', 'Wang Fang', 'SB-NS-CM9']);
    expect(text(zh.querySelector('[data-testid="work-order-assignee"]'))).toBe('Wang Fang');

    setLang('en');
    const en = mount(renderWorkOrder(assigned, member, { step: vi.fn() }, (id) => id, names));
    expect(by(en)).toEqual(['Retail risk department', 'Zhang Min', 'Wang Fang', 'SB-NS-CM9']);
    // The id is still there for whoever needs it (hover).
    expect(en.querySelector('[data-testid="work-order-assignee"] span')!.getAttribute('title')).toBe('SB-FT-CM1');
  });
});

describe('the visit form', () => {
  it('reads the brief’s questions as the work paper and one optional risk signal', () => {
    const form = document.createElement('form');
    form.append(...visitFields());
    (form.elements.namedItem('running') as HTMLSelectElement).value = 'yes';
    (form.elements.namedItem('pressure') as HTMLSelectElement).value = 'no';
    (form.elements.namedItem('suggestions') as HTMLTextAreaElement).value = ' keep stock lower ';
    (form.elements.namedItem('documents') as HTMLInputElement).checked = true;
    (form.elements.namedItem('riskSignal') as HTMLSelectElement).value = 'PremisesUnattendedForLong';

    expect(readVisit(form)).toEqual({
      paper: { businessRunningNormally: true, businessNote: null, repaymentPressure: false, repaymentPressureNote: null,
        suggestions: 'keep stock lower', businessDocumentsChecked: true, askedDirectlyAboutRepaymentPressure: false },
      riskSignals: [{ signal: 'PremisesUnattendedForLong', note: null }],
    });
  });
});

describe('a refused step on the order', () => {
  const shown = (error: unknown, form?: HTMLFormElement): HTMLElement => {
    const banner = problemBanner();
    showProblem(banner, explainRefusal(error), form);
    return banner;
  };
  const summary = (error: unknown): string => text(shown(error).querySelector('[data-testid="problem-summary"]'));

  it('says a 403 is not the user’s step, with the server’s reason', () => {
    expect(summary(new ApiProblem(403, { title: 'Forbidden', detail: 'only the assignee books the visit' }))).toBe(
      'This step is not yours to take: the team lead of the order’s sub-branch assigns it, and only the assignee books, visits and attaches files. '
        + '— Forbidden — only the assignee books the visit',
    );
  });

  it('says a 409 means the order is not at that step, in Chinese too', () => {
    setLang('zh-CN');
    expect(summary(new ApiProblem(409, { title: 'Not now', detail: 'the order is Visited' }))).toBe(
      '工单当前状态不能办理此步骤，或已被他人先行处理。页面已显示最新状态。 — Not now — the order is Visited',
    );
  });

  it('puts an upload’s 400 (too big, wrong type) under the file input, in the server’s words', () => {
    const form = document.createElement('form');
    form.append(...attachFields());
    const error = new ApiProblem(400, { title: 'One or more validation errors occurred.', errors: { file: ['must be at most 5242880 bytes'] } });
    expect(explainRefusal(error)).toBe(error);
    shown(error, form);
    expect(text(form.querySelector('[data-testid="field-error-file"]'))).toBe('must be at most 5242880 bytes');
    expect(form.querySelector('input[name="file"]')!.getAttribute('aria-invalid')).toBe('true');
  });
});
