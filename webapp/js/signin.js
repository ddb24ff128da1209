// The sign-in page: name and password start a browser session (POST /api/session).
import { send } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export function signInPage({ onSignedIn }) {
  const error = h('p', { class: 'error', id: 'sign-in-error', role: 'alert', hidden: true });
  const user = h('input', { id: 'user', name: 'user', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', class: 'primary' }, t('signIn.submit'));
  const form = h('form', { class: 'sign-in', onsubmit: async event => {
    event.preventDefault();
    error.hidden = true;
    button.disabled = true;
    try {
      const { body } = await send('POST', '/api/session', { user: user.value, password: password.value }, { quiet401: true });
      onSignedIn(body);
    } catch (e) {
      error.textContent = e.status === 401 ? t('signIn.wrong') : t('error.generic', { detail: e.message });
      error.hidden = false;
      password.select();
    } finally {
      button.disabled = false;
    }
  } },
  h('h1', { tabindex: -1 }, t('signIn.title')),
  h('p', { class: 'muted' }, t('signIn.intro')),
  h('label', { for: 'user' }, t('signIn.user')), user,
  h('label', { for: 'password' }, t('signIn.password')), password,
  error, button);
  queueMicrotask(() => user.focus());
  return h('section', { class: 'page narrow' }, form);
}
