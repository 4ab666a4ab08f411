// How a screen that can run as a device (kiosk, calling display, TV board) finds out what it is on start:
// a registered device (its credential says which screen of which branch or room), a member of staff
// using it from their own session, or nobody, in which case it shows that it is not set up, never the
// staff sign-in page (customers stand in front of it).
import { authApi, deviceApi } from '../api';
import { isUnauthorized } from '../auth';
import type { DeviceScreen, DeviceView, Me } from '../types';
import { h, replaceChildren, tx } from './dom';
import { runAsDevice } from './session';

export type ScreenUser = { kind: 'device'; device: DeviceView } | { kind: 'staff'; me: Me } | { kind: 'nobody' };

/** Who runs this screen. A device of another screen counts as nobody here: its credential opens only its own. */
export async function whoRunsThisScreen(screen: DeviceScreen): Promise<ScreenUser> {
  try {
    const device = await deviceApi.me();
    if (device.screen === screen) return { kind: 'device', device };
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
  }
  try {
    return { kind: 'staff', me: await authApi.whoIsSignedIn() };
  } catch (error) {
    if (isUnauthorized(error)) return { kind: 'nobody' };
    throw error;
  }
}

/** The device set-up page for this screen and scope, where staff register it (after signing in there). */
export function setUpAddress(screen: DeviceScreen, scopeId: string): string {
  return `devices.html?screen=${encodeURIComponent(screen)}&scope=${encodeURIComponent(scopeId)}`;
}

/**
 * What an unregistered or revoked device shows: out of service in words, and a quiet link for staff to set it up.
 * Never the sign-in page itself.
 */
export type OutOfServiceReason = 'notSetUp' | 'revoked' | 'unreachable';

export function outOfService(root: HTMLElement, screen: DeviceScreen, scopeId: string, reason: OutOfServiceReason): void {
  replaceChildren(
    root,
    h(
      'div',
      { class: 'page out-of-service', testid: 'device-not-set-up', data: { screen, reason } },
      h('p', { class: 'out-of-service-title' }, tx(`device.${reason}`)),
      h('p', { class: 'muted' }, tx('device.askStaff')),
      h('a', { class: 'out-of-service-staff', href: setUpAddress(screen, scopeId), testid: 'device-set-up' }, tx('device.staffSetUp')),
    ),
  );
  root.dataset['ready'] = 'true';
}

/**
 * Starts a screen that can run as a device: asks who runs it, and on a server out of reach says so and asks again
 * (a kiosk left on overnight must come back by itself when the server does).
 */
export function startScreen(root: HTMLElement, screen: DeviceScreen, scopeId: string, run: (user: ScreenUser) => void, retryMs = 10_000): void {
  whoRunsThisScreen(screen)
    .then(run)
    .catch((error: unknown) => {
      console.warn('screen start:', error);
      outOfService(root, screen, scopeId, 'unreachable');
      setTimeout(() => startScreen(root, screen, scopeId, run, retryMs), retryMs);
    });
}

/** Runs the page as the given device from now on: a revoked credential turns the screen out of service. */
export function keepAsDevice(root: HTMLElement, device: DeviceView): void {
  runAsDevice(() => outOfService(root, device.screen, device.scopeId, 'revoked'));
}
