// The editor's start page: articles with their state and how many flagged claims are still open.
import { getJson } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

const STATES = ['', 'DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'];

export async function articlesPage({ main }) {
  const state = new URLSearchParams(location.hash.split('?')[1] || '').get('state') || '';
  const filter = h('select', { id: 'state-filter', 'aria-label': t('articles.filter'), onchange: event => load(event.target.value) },
    STATES.map(s => h('option', { value: s, selected: s === state }, s ? t(`state.${s}`) : t('articles.all'))));
  const table = h('tbody');
  const section = h('section', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: -1 }, t('articles.title')), filter,
      h('a', { class: 'button primary', href: '#/articles/new', id: 'new-article' }, t('articles.new'))),
    h('table', { class: 'list', id: 'articles' },
      h('thead', {}, h('tr', {}, h('th', {}, t('articles.heading')), h('th', {}, t('articles.language')),
        h('th', {}, t('articles.state')), h('th', { class: 'number' }, t('articles.open')), h('th', { class: 'number' }, t('articles.version')))),
      table));
  main.append(section);

  async function load(selected) {
    const articles = await getJson('/api/articles' + (selected ? `?state=${selected}` : ''));
    table.replaceChildren(...articles.map(article => h('tr', { dataset: { id: article.id } },
      h('td', {}, h('a', { href: `#/articles/${article.id}` }, article.title)),
      h('td', {}, article.language),
      h('td', {}, h('span', { class: `state state-${article.state}` }, t(`state.${article.state}`))),
      h('td', { class: 'number' }, String(openClaims(article))),
      h('td', { class: 'number' }, String(article.version)))));
    if (articles.length === 0) table.append(h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t('articles.none'))));
  }
  await load(state);
}

/** Open claims: the list's own count when the server gives one, else counted from the claims. */
function openClaims(article) {
  if (typeof article.openClaims === 'number') return article.openClaims;
  if (Array.isArray(article.claims)) return article.claims.filter(c => (c.status || 'OPEN') === 'OPEN').length;
  return article.claims ?? 0;
}
