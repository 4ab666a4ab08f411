import '../../styles/base.css';
import '../../styles/devices.css';
import { deviceApi } from '../../api';
import { t } from '../../i18n';
import { deviceScreens, type DeviceScreen, type DeviceView } from '../../types';
import { mountPage, pageHeader } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { enumOptions, field, selectBox, textInput, valueOf } from '../../ui/fields';
import { queryParam } from '../../ui/params';
import { clearProblem, problemBanner, showProblem } from '../../ui/problem';
import { requireSignIn } from '../../ui/session';
import { renderDevices, screenPage } from './render';

// Any 401 from the API or the hub: sign in, then come back here (with the screen and scope the device asked for).
requireSignIn();
const root = document.getElementById('app')!;
const askedScreen = queryParam('screen', 'Kiosk') as DeviceScreen;
let scopeId = queryParam('scope', '');

const registerProblem = problemBanner('register-problem');
const listProblem = problemBanner('list-problem');
const list = h('div', { testid: 'devices' });
const listTitle = h('h2', null);

const register = h(
  'form',
  { class: 'panel stacked', testid: 'device-register', novalidate: true },
  h('h2', null, tx('devices.register')),
  h('p', { class: 'muted' }, tx('devices.registerHint')),
  registerProblem,
  h(
    'div',
    { class: 'field-row' },
    field('devices.screen', selectBox('screen', 'device-screen', enumOptions(deviceScreens, 'deviceScreen'), { value: deviceScreens.includes(askedScreen) ? askedScreen : 'Kiosk' })),
    field('devices.scope', textInput('scopeId', 'device-scope', { value: scopeId, required: true })),
    field('devices.name', textInput('name', 'device-name', { required: true, maxlength: 64, i18nTitle: 'devices.namePlaceholder' })),
  ),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', testid: 'device-submit' }, tx('devices.submit'))),
);
register.addEventListener('submit', (event) => {
  event.preventDefault();
  const screen = (valueOf(register, 'screen') ?? 'Kiosk') as DeviceScreen;
  const scope = valueOf(register, 'scopeId') ?? '';
  clearProblem(registerProblem, register);
  deviceApi
    .register(scope, screen, valueOf(register, 'name') ?? '')
    // This browser is the device now (and signed out of staff): off to its screen.
    .then((device) => globalThis.location.assign(screenPage(device)))
    .catch((error: unknown) => showProblem(registerProblem, error, register));
});

const scopeInput = textInput('scope', 'devices-scope', { value: scopeId });
const lookup = h(
  'form',
  { class: 'devices-lookup' },
  field('devices.scope', scopeInput),
  h('button', { type: 'submit', testid: 'devices-show' }, tx('devices.show')),
);
lookup.addEventListener('submit', (event) => {
  event.preventDefault();
  scopeId = scopeInput.value.trim();
  void refresh();
});

function revoke(device: DeviceView): void {
  if (!globalThis.confirm(t('devices.revokeConfirm', { name: device.name }))) return;
  deviceApi
    .revoke(device.scopeId, device.deviceId)
    .then(() => refresh())
    .catch((error: unknown) => showProblem(listProblem, error));
}

async function refresh(): Promise<void> {
  replaceChildren(listTitle, scopeId ? tx('devices.list', { scope: scopeId }) : null);
  if (!scopeId) return replaceChildren(list);
  try {
    const devices = await deviceApi.list(scopeId);
    clearProblem(listProblem);
    replaceChildren(list, renderDevices(devices, revoke));
  } catch (error) {
    replaceChildren(list);
    showProblem(listProblem, error);
  }
}

replaceChildren(
  root,
  h(
    'div',
    { class: 'page devices-page', testid: 'devices-page' },
    pageHeader({ title: 'devices.title' }),
    h('main', { class: 'devices-grid' }, register, h('section', { class: 'panel stacked' }, lookup, listTitle, listProblem, list)),
  ),
);
mountPage(root, () => t('devices.title'), () => void refresh());
void refresh();
