// Who is signed in, in every page's header, with a way out; and the page-wide rule that a 401
// from the API or the hub sends the user to sign in and then back here.
import { authApi, onUnauthorized } from '../api';
import { isUnauthorized, signInAddress, signInPage } from '../auth';
import { personName } from '../format';
import { getLang, onLangChange } from '../i18n';
import type { Me } from '../types';
import { h, replaceChildren, tx } from './dom';

let leaving = false;
// A device's screen (a kiosk, a calling display, a TV board) is in front of customers or on a wall: it never goes to
// the staff sign-in page. A 401 there means its credential was revoked, and the page says so instead.
let deviceRevoked: (() => void) | null = null;

/** Leaves for the sign-in page (once: several calls failing together must not race); on a device, says it is no longer registered. */
export function goToSignIn(): void {
  if (deviceRevoked) return deviceRevoked();
  if (leaving) return;
  leaving = true;
  globalThis.location.assign(signInAddress(globalThis.location));
}

/** From here on this page runs as a device: a 401 calls `onRevoked`, never the sign-in page. */
export function runAsDevice(onRevoked: () => void): void {
  deviceRevoked = onRevoked;
  onUnauthorized(onRevoked);
}

/** Call first thing on every signed-in page: any API 401 then goes to sign in. */
export function requireSignIn(): void {
  onUnauthorized(goToSignIn);
}

/** For a hub error: true (and off to sign in) when it was a 401. */
export function redirectIfUnauthorized(error: unknown): boolean {
  if (!isUnauthorized(error)) return false;
  goToSignIn();
  return true;
}

/** The header's "Li Wei · Futian sub-branch [Sign out]"; fills itself from /api/auth/me. */
export function sessionBadge(onMe?: (me: Me) => void): HTMLElement {
  const who = h('span', { class: 'session-who', testid: 'session-who' });
  const signOut = h(
    'button',
    {
      type: 'button',
      class: 'subtle',
      testid: 'sign-out',
      on: {
        click: () => {
          signOut.disabled = true;
          authApi
            .signOut()
            .catch(() => {
              // the cookie may already be gone: the sign-in page is right either way
            })
            .finally(() => globalThis.location.assign(signInPage));
        },
      },
    },
    tx('session.signOut'),
  );
  const element = h('span', { class: 'session', testid: 'session', hidden: true }, who, signOut);
  authApi
    .me()
    .then((me) => {
      renderWho(who, me);
      // The name follows the language switch: 王芳 in Chinese, Wang Fang in English.
      onLangChange(() => renderWho(who, me));
      element.dataset['staffId'] = me.staffId;
      element.hidden = false;
      onMe?.(me);
    })
    .catch(() => {
      // a 401 has already sent the page to sign in; anything else leaves the header without a name
    });
  return element;
}

export function renderWho(target: HTMLElement, me: Me): void {
  replaceChildren(target, h('strong', { testid: 'session-name' }, personName(me, getLang()) || me.staffId), ' · ', me.institutionName || me.institutionId);
  target.title = `${me.staffId} (${me.roles.join(', ')})`;
}
