// The lobby's standing forms: record a complaint (brief §4: recorded at once, each with an owner, a
// member of staff of the branch, picked by name; who recorded it is the signed-in user)
// and register or change a desk.
import { lobbyApi } from '../../api';
import { complaintChannels, deskKinds, serviceTypes, type ComplaintChannel, type DeskKind, type ServiceType } from '../../types';
import { h, tx } from '../../ui/dom';
import { enumOptions, field, selectBox, textArea, textInput, valueOf } from '../../ui/fields';
import { noticeLine } from '../../ui/notice';
import { staffPicker } from '../../ui/staffPicker';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';

function wire(form: HTMLFormElement, banner: HTMLElement, send: () => Promise<void>): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    clearProblem(banner, form);
    send()
      .catch((error: unknown) => showProblem(banner, error, form))
      .finally(() => {
        if (button) button.disabled = false;
      });
  });
}

/** The complaint form; the owner is picked from the branch's staff, the signed-in user suggested until someone picks another. */
export function complaintForm(branchId: string, afterChange: () => void): { element: HTMLElement; suggestOwner(staffId: string): void } {
  const banner = problemBanner('complaint-problem');
  const owner = staffPicker('owner', 'complaint-owner-input', { institutionId: branchId });
  const notice = noticeLine('complaint-recorded');
  const form = h(
    'form',
    { class: 'stacked', testid: 'complaint-form', novalidate: true },
    field('complaintForm.channel', selectBox('channel', 'complaint-channel', enumOptions(complaintChannels, 'channel'))),
    field('complaintForm.content', textArea('content', 'complaint-content-input', { required: true })),
    h(
      'div',
      { class: 'field-row' },
      field('complaintForm.customerName', textInput('customerName', 'complaint-customer-name'), { optional: true }),
      field('complaintForm.clientId', textInput('clientId', 'complaint-client-id'), { optional: true }),
    ),
    field('complaintForm.owner', owner.element),
    banner,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'complaint-submit' }, tx('complaintForm.submit'))),
    notice.element,
  );
  wire(form, banner, async () => {
    const ownerId = valueOf(form, 'owner') ?? '';
    await lobbyApi.recordComplaint(branchId, {
      channel: (valueOf(form, 'channel') ?? 'InPerson') as ComplaintChannel,
      content: valueOf(form, 'content') ?? '',
      clientId: valueOf(form, 'clientId'),
      customerName: valueOf(form, 'customerName'),
      owner: ownerId,
    });
    form.reset();
    owner.element.value = ownerId;
    notice.show('complaintForm.done');
    afterChange();
  });
  return {
    // Folded like the desk setup, so the screen's lists keep the room; one click opens it.
    element: h('details', { class: 'complaint-entry', testid: 'complaint-entry' }, h('summary', null, tx('complaintForm.title')), form),
    suggestOwner: owner.suggest,
  };
}

export function deskForm(branchId: string, afterChange: () => void): HTMLElement {
  const banner = problemBanner('desk-problem');
  const notice = noticeLine('desk-saved');
  const form = h(
    'form',
    { class: 'stacked', testid: 'desk-form', novalidate: true },
    h(
      'div',
      { class: 'field-row' },
      field('deskForm.deskId', textInput('deskId', 'desk-form-id', { required: true })),
      field('deskForm.name', textInput('name', 'desk-form-name', { required: true })),
      field('deskForm.nameZh', textInput('nameZh', 'desk-form-name-zh', { lang: 'zh-CN' }), { optional: true }),
    ),
    field('deskForm.kind', selectBox('kind', 'desk-form-kind', enumOptions(deskKinds, 'deskKind'))),
    h(
      'fieldset',
      { class: 'checks', testid: 'desk-form-services' },
      h('legend', null, tx('deskForm.services')),
      serviceTypes.map((s) =>
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'services', value: s, testid: `desk-form-service-${s}` }), tx(`service.${s}`)),
      ),
    ),
    banner,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'desk-form-submit' }, tx('deskForm.submit'))),
    notice.element,
  );
  wire(form, banner, async () => {
    const services = [...form.querySelectorAll<HTMLInputElement>('input[name="services"]:checked')].map((x) => x.value as ServiceType);
    await lobbyApi.openDesk(branchId, {
      deskId: valueOf(form, 'deskId') ?? '',
      name: valueOf(form, 'name') ?? '',
      nameZh: valueOf(form, 'nameZh'),
      kind: (valueOf(form, 'kind') ?? 'Counter') as DeskKind,
      services,
    });
    form.reset();
    notice.show('deskForm.done');
    afterChange();
  });
  return h('details', { class: 'desk-setup', testid: 'desk-setup' }, h('summary', null, tx('deskForm.title')), form);
}
