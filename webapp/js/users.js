// The admin's page: every user with their roles; create a user, change roles, set a new password for someone who
// forgot theirs, disable someone who left (and enable them again). Every change is in the audit trail (the server
// records it).
import { getJson, send } from './api.js';
import { h, when } from './dom.js';
import { locale, t } from './i18n.js';

const ROLES = ['EDITOR', 'CHIEF_EDITOR', 'AUDITOR', 'ADMIN'];

/** Checkboxes for the four roles; `chosen()` gives the ticked ones. */
function roleChoice(idPrefix, ticked = []) {
  const boxes = ROLES.map(role => h('input', { type: 'checkbox', id: `${idPrefix}-${role}`, value: role,
    checked: ticked.includes(role) }));
  const group = h('fieldset', { class: 'roles' }, h('legend', {}, t('users.roles')),
    ROLES.map((role, i) => h('label', { class: 'check', for: boxes[i].id }, boxes[i], t(`role.${role}`))));
  return { group, chosen: () => boxes.filter(box => box.checked).map(box => box.value) };
}

export async function usersPage({ main, me }) {
  const status = h('p', { id: 'users-status', role: 'status', class: 'success', hidden: true });
  const rows = h('tbody');
  const say = (element, text) => { element.textContent = text; element.hidden = !text; };

  const name = h('input', { id: 'new-name', autocomplete: 'off', required: true, pattern: '[A-Za-z0-9._@\\-]{2,100}' });
  const displayName = h('input', { id: 'new-display-name', autocomplete: 'off' });
  const password = h('input', { id: 'new-user-password', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 });
  const roles = roleChoice('new-role', ['EDITOR']);
  const createError = h('p', { class: 'error', id: 'create-error', role: 'alert', hidden: true });
  const create = h('form', { class: 'panel', id: 'create-user', onsubmit: async event => {
    event.preventDefault();
    say(createError, '');
    try {
      await send('POST', '/api/admin/users', { name: name.value.trim(), password: password.value,
        displayName: displayName.value.trim() || null, roles: roles.chosen() });
      say(status, t('users.created', { name: name.value.trim().toLowerCase() })); // stored in lower case
      create.reset();
      await load();
    } catch (e) {
      say(createError, e.message);
    }
  } },
  h('h2', {}, t('users.new')),
  h('label', { for: 'new-name' }, t('users.name')), name,
  h('label', { for: 'new-display-name' }, t('users.displayName')), displayName,
  h('p', { class: 'muted' }, t('users.displayNameHint')),
  h('label', { for: 'new-user-password' }, t('users.password')), password,
  roles.group, createError,
  h('button', { type: 'submit', class: 'primary' }, t('users.create')));

  main.append(h('section', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: -1 }, t('users.title'))),
    status,
    h('table', { class: 'list', id: 'users' },
      h('thead', {}, h('tr', {}, h('th', {}, t('users.name')), h('th', {}, t('users.displayName')),
        h('th', {}, t('users.roles')), h('th', {}, t('users.since')), h('th', {}, t('users.password')),
        h('th', {}, t('users.access')))),
      rows),
    create));

  function row(user) {
    const choice = roleChoice(`roles-${user.name}`, user.roles);
    const rowError = h('p', { class: 'error', role: 'alert', hidden: true });
    const saveRoles = h('button', { type: 'button', class: 'save-roles', onclick: async () => {
      say(rowError, '');
      try {
        await send('PUT', `/api/admin/users/${encodeURIComponent(user.name)}/roles`, { roles: choice.chosen() });
        say(status, t('users.rolesSet', { name: user.name }));
        await load();
      } catch (e) { say(rowError, e.message); }
    } }, t('users.saveRoles'));
    const newPassword = h('input', { type: 'password', autocomplete: 'new-password', minlength: 12,
      'aria-label': t('users.newPasswordFor', { name: user.name }) });
    const setPassword = h('button', { type: 'button', class: 'set-password', onclick: async () => {
      say(rowError, '');
      try {
        await send('PUT', `/api/admin/users/${encodeURIComponent(user.name)}/password`, { password: newPassword.value });
        newPassword.value = '';
        say(status, t('users.passwordSet', { name: user.name }));
      } catch (e) { say(rowError, e.message); }
    } }, t('users.setPassword'));
    const access = user.name === me.name ? null : h('button', { type: 'button', class: 'set-enabled',
      onclick: async () => {
        say(rowError, '');
        try {
          await send('PUT', `/api/admin/users/${encodeURIComponent(user.name)}/enabled`, { enabled: !user.enabled });
          say(status, t(user.enabled ? 'users.disabledDone' : 'users.enabledDone', { name: user.name }));
          await load();
        } catch (e) { say(rowError, e.message); }
      } }, t(user.enabled ? 'users.disable' : 'users.enable'));
    return h('tr', { dataset: { name: user.name }, class: user.enabled ? null : 'disabled' },
      h('td', {}, user.name, user.name === me.name ? h('span', { class: 'muted' }, ` (${t('users.you')})`) : null),
      h('td', {}, user.displayName ?? ''),
      h('td', {}, choice.group, saveRoles),
      h('td', {}, when(user.createdAt, locale())),
      h('td', {}, h('div', { class: 'inline-form' }, newPassword, setPassword), rowError),
      h('td', {}, h('span', { class: 'access' },
        user.enabled ? t('users.active') : t('users.disabledSince', { when: when(user.disabledAt, locale()) })),
      ' ', access));
  }

  async function load() {
    const users = await getJson('/api/admin/users');
    rows.replaceChildren(...users.map(row));
  }
  await load();
}
