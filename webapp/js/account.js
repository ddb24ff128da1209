// The user's own account: a new password (PUT /api/me/password). The current password proves it is them; the
// new one is typed twice. Other sessions of the user end; this one goes on.
import { send } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

const MIN_LENGTH = 12;

export function accountPage({ main, me }) {
  const field = (id, label, autocomplete) => {
    const input = h('input', { id, name: id, type: 'password', autocomplete, required: true });
    return [h('label', { for: id }, label), input];
  };
  const [currentLabel, current] = field('current-password', t('account.current'), 'current-password');
  const [nextLabel, next] = field('new-password', t('account.new'), 'new-password');
  const [repeatLabel, repeat] = field('repeat-password', t('account.repeat'), 'new-password');
  next.setAttribute('minlength', MIN_LENGTH);
  next.setAttribute('aria-describedby', 'password-rule');
  const error = h('p', { class: 'error', id: 'password-error', role: 'alert', hidden: true });
  const done = h('p', { class: 'success', id: 'password-changed', role: 'status', hidden: true });
  const button = h('button', { type: 'submit', class: 'primary' }, t('account.submit'));
  const show = (element, text) => { element.textContent = text; element.hidden = false; };

  const form = h('form', { class: 'sign-in', onsubmit: async event => {
    event.preventDefault();
    error.hidden = true;
    done.hidden = true;
    if ([...next.value].length < MIN_LENGTH) { show(error, t('account.tooShort', { min: MIN_LENGTH })); next.focus(); return; }
    if (next.value !== repeat.value) { show(error, t('account.mismatch')); repeat.select(); return; }
    button.disabled = true;
    try {
      await send('PUT', '/api/me/password', { currentPassword: current.value, newPassword: next.value });
      form.reset();
      show(done, t('account.changed'));
    } catch (e) {
      show(error, e.status === 403 ? t('account.wrongCurrent') : e.message);
      (e.status === 403 ? current : next).select();
    } finally {
      button.disabled = false;
    }
  } },
  h('h1', { tabindex: -1 }, t('account.title')),
  h('p', { class: 'muted' }, t('account.intro', { name: me.name })),
  currentLabel, current, nextLabel, next,
  h('p', { class: 'muted', id: 'password-rule' }, t('account.rule', { min: MIN_LENGTH })),
  repeatLabel, repeat, error, done, button);
  main.append(h('section', { class: 'page narrow' }, form));
}
