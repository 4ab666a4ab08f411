// The devices of a branch or room, as the staff who may revoke them see them.
import { formatDateTime } from '../../format';
import { getLang } from '../../i18n';
import type { DeviceView } from '../../types';
import { h, tx } from '../../ui/dom';

/** Where a registered device goes to show its screen. */
export function screenPage(device: Pick<DeviceView, 'screen' | 'scopeId'>): string {
  const scope = encodeURIComponent(device.scopeId);
  switch (device.screen) {
    case 'Kiosk':
      return `kiosk.html?branch=${scope}`;
    case 'CallingDisplay':
      return `display.html?branch=${scope}`;
    case 'Board':
      return `board.html?room=${scope}&tv=1`;
  }
}

export function renderDevices(devices: readonly DeviceView[], onRevoke: (device: DeviceView) => void): HTMLElement {
  if (devices.length === 0) return h('p', { class: 'empty', testid: 'devices-empty' }, tx('devices.none'));
  const lang = getLang();
  return h(
    'ul',
    { class: 'device-list', testid: 'device-list' },
    devices.map((d) =>
      h(
        'li',
        { class: d.revokedAt ? 'device revoked' : 'device', testid: 'device-row', data: { deviceId: d.deviceId, screen: d.screen, revoked: String(d.revokedAt !== null) } },
        h('div', { class: 'device-what' }, h('strong', null, d.name), ' ', h('span', { class: 'badge' }, tx(`deviceScreen.${d.screen}`))),
        h(
          'div',
          { class: 'device-when muted small' },
          tx('devices.registeredBy', { by: d.registeredBy, at: formatDateTime(d.registeredAt, lang) }),
          d.revokedAt ? [' · ', tx('devices.revokedBy', { by: d.revokedBy ?? '', at: formatDateTime(d.revokedAt, lang) })] : null,
        ),
        d.revokedAt
          ? null
          : h('button', { type: 'button', class: 'danger', testid: 'device-revoke', on: { click: () => onRevoke(d) } }, tx('devices.revoke')),
      ),
    ),
  );
}
