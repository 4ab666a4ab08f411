import '../../styles/base.css';
import '../../styles/signin.css';
import { authApi } from '../../api';
import { returnTarget } from '../../auth';
import { t } from '../../i18n';
import { langSwitch, mountPage } from '../../ui/chrome';
import { h, replaceChildren, tx } from '../../ui/dom';
import { renderSignInForm } from './render';

// No requireSignIn here: a 401 on this page is a wrong password, shown on the form.
const root = document.getElementById('app')!;
const target = returnTarget(location.search, location.origin);

const form = renderSignInForm(async (request) => {
  await authApi.signIn(request);
  location.replace(target);
}, new URLSearchParams(location.search).has('return'));

replaceChildren(
  root,
  h(
    'div',
    { class: 'page signin-page', testid: 'signin-page' },
    h('header', { class: 'page-header' }, h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'BG'), tx('app.name', undefined, { class: 'brand-name' })), h('div', { class: 'header-tools' }, langSwitch())),
    h('main', { class: 'signin-main' }, form),
  ),
);
mountPage(root, () => t('signin.title'));
// Opened directly while still signed in: straight on to the worklist. Not when a page sent the user here after a 401
// (it carries ?return=): that page was refused, and sending them back would loop.
if (!new URLSearchParams(location.search).has('return')) {
  authApi
    .me()
    .then(() => location.replace(target))
    .catch(() => {
      // not signed in: the form is what this page is for
    });
}
