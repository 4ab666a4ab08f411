// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { renderDevices, screenPage } from '../src/pages/devices/render';
import type { DeviceView } from '../src/types';

const device = (overrides: Partial<DeviceView>): DeviceView => ({
  deviceId: 'dev-1',
  scopeId: 'SB-FT',
  screen: 'Kiosk',
  name: 'Kiosk by the door',
  registeredBy: 'SB-FT-LM',
  registeredAt: '2026-02-12T02:00:00Z',
  revokedBy: null,
  revokedAt: null,
  ...overrides,
});

beforeEach(() => setLang('en'));

describe('the devices page', () => {
  it('sends a registered device to its own screen, a board in TV mode', () => {
    expect(screenPage(device({}))).toBe('kiosk.html?branch=SB-FT');
    expect(screenPage(device({ screen: 'CallingDisplay' }))).toBe('display.html?branch=SB-FT');
    expect(screenPage(device({ screen: 'Board', scopeId: 'BR-SZ' }))).toBe('board.html?room=BR-SZ&tv=1');
  });

  it('lists devices with who registered them and offers revoking only those still active', () => {
    const revoked: string[] = [];
    const list = renderDevices(
      [device({}), device({ deviceId: 'dev-2', screen: 'CallingDisplay', name: 'Hall', revokedBy: 'SB-FT-LM', revokedAt: '2026-02-12T03:00:00Z' })],
      (d) => revoked.push(d.deviceId),
    );
    const rows = [...list.querySelectorAll<HTMLElement>('[data-testid="device-row"]')];
    expect(rows.map((r) => r.dataset['revoked'])).toEqual(['false', 'true']);
    expect(rows[0]!.textContent).toContain('Registered by SB-FT-LM, 2026-02-12 10:00');
    expect(rows[1]!.textContent).toContain('Revoked by SB-FT-LM, 2026-02-12 11:00');
    expect(rows[1]!.querySelector('button')).toBeNull();
    rows[0]!.querySelector<HTMLButtonElement>('[data-testid="device-revoke"]')!.click();
    expect(revoked).toEqual(['dev-1']);
  });

  it('names the screens in Chinese', () => {
    setLang('zh-CN');
    const list = renderDevices([device({ screen: 'CallingDisplay' })], () => {});
    expect(list.textContent).toContain('叫号屏');
  });
});
