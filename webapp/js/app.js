// The newsroom UI: sign-in, then the pages the user's roles allow. Routes live in the URL's fragment
// (#/articles/12), so reloading or sharing a link opens the same page.
import { getJson, request, whenSignedOut } from './api.js';
import { fill, h } from './dom.js';
import { locale, setLocale, t, LOCALES } from './i18n.js';
import { signInPage } from './signin.js';
import { articlesPage } from './articles.js';
import { editorPage } from './editor.js';
import { reviewPage, publishedPage } from './review.js';
import { auditPage, historyPage } from './audit.js';
import { accountPage } from './account.js';
import { usersPage } from './users.js';

const EDITORS = ['EDITOR', 'CHIEF_EDITOR'];
const AUDITORS = ['AUDITOR', 'ADMIN'];
const EVERYONE = ['EDITOR', 'CHIEF_EDITOR', 'AUDITOR', 'ADMIN'];

/** [pattern, roles allowed, page] — a page a user's roles do not allow is neither offered nor opened. */
const ROUTES = [
  [/^#\/articles$/, EDITORS, () => articlesPage],
  [/^#\/articles\/new$/, EDITORS, () => context => editorPage(context, null)],
  [/^#\/articles\/(\d+)$/, EDITORS, id => context => editorPage(context, Number(id))],
  [/^#\/review$/, ['CHIEF_EDITOR'], () => reviewPage],
  [/^#\/published\/(\d+)$/, [...EDITORS, ...AUDITORS], id => context => publishedPage(context, Number(id))],
  [/^#\/audit$/, AUDITORS, () => auditPage],
  [/^#\/audit\/articles\/(\d+)$/, AUDITORS, id => context => historyPage(context, Number(id))],
  [/^#\/account$/, EVERYONE, () => accountPage],
  [/^#\/users$/, ['ADMIN'], () => usersPage],
];

const NAV = [
  ['#/articles', 'nav.articles', EDITORS],
  ['#/review', 'nav.review', ['CHIEF_EDITOR']],
  ['#/audit', 'nav.audit', AUDITORS],
  ['#/users', 'nav.users', ['ADMIN']],
];

let me = null;
let leave = null; // the current page's clean-up (timers, listeners)
let renders = 0; // the latest render wins: a page still loading when the next one starts must not take over

const may = roles => me && me.roles.some(role => roles.includes(role));

function home() {
  return NAV.find(([, , roles]) => may(roles))?.[0] ?? '#/none';
}

function header() {
  const nav = me ? NAV.filter(([, , roles]) => may(roles)).map(([href, label]) =>
    h('a', { href, 'aria-current': location.hash.startsWith(href) ? 'page' : null }, t(label))) : [];
  const language = h('select', { id: 'ui-locale', 'aria-label': t('app.language'),
    onchange: event => { setLocale(event.target.value); render(); } },
  LOCALES.map(code => h('option', { value: code, selected: code === locale() }, code.toUpperCase())));
  return fill(document.getElementById('top'),
    h('a', { class: 'brand', href: me ? home() : '#/signin' }, 'attest'),
    h('nav', { 'aria-label': t('nav.main') }, nav),
    h('span', { class: 'spacer' }),
    language,
    me && h('a', { class: 'who', id: 'who', href: '#/account', title: t('app.account'),
      'aria-current': location.hash === '#/account' ? 'page' : null }, t('app.signedInAs', { name: me.name })),
    me && h('button', { type: 'button', id: 'sign-out', onclick: signOut }, t('app.signOut')));
}

async function signOut() {
  try { await request('DELETE', '/api/session'); } catch { /* already gone */ }
  me = null;
  location.hash = '#/signin';
}

async function render() {
  const current = ++renders;
  if (leave) { leave(); leave = null; }
  document.documentElement.lang = locale();
  document.title = 'attest';
  document.querySelector('a.skip').textContent = t('app.skip'); // index.html's text is the English fallback
  const main = document.getElementById('main');
  if (!me) {
    header();
    fill(main, signInPage({ onSignedIn: user => { me = user; location.hash = home(); render(); } }));
    return;
  }
  if (location.hash === '' || location.hash === '#/' || location.hash === '#/signin') {
    location.replace(home());
    return;
  }
  header();
  const route = ROUTES.map(([pattern, roles, page]) => [pattern.exec(location.hash), roles, page]).find(([match]) => match);
  if (!route || !may(route[1])) {
    fill(main, h('section', { class: 'page' }, h('h1', {}, t('app.notHere')), h('p', {}, t('app.notHereDetail')),
      h('p', {}, h('a', { href: home() }, t('app.toStart')))));
    return;
  }
  const [match, , page] = route;
  // the page draws into a holder of its own: if another page is opened before this one has loaded, the holder is
  // gone from the document and whatever this page adds late stays out of sight
  const holder = h('div', { class: 'page-holder' });
  main.replaceChildren(holder);
  const cleanUp = await page(...match.slice(1))({ main: holder, me, may, rerender: render }) || null;
  if (current !== renders) { // another page was opened meanwhile: it keeps its clean-up and the focus
    cleanUp?.();
    return;
  }
  leave = cleanUp;
  main.querySelector('h1')?.focus({ preventScroll: true });
}

whenSignedOut(() => { if (me) { me = null; render(); } });
// the skip link focuses the content without putting #main in the address, which would replace the page's route
document.querySelector('a.skip').addEventListener('click', event => {
  event.preventDefault();
  document.getElementById('main').focus();
});
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/')) render(); // other fragments (#main, the skip link) are in-page targets
});

(async () => {
  try { me = await getJson('/api/me', { quiet401: true }); } catch { me = null; }
  render();
})();
