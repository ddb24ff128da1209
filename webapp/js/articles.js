// The editor's start page: their articles (or everybody's) with their state and how many flagged claims are still
// open, newest first, a page at a time.
import { getPage } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

const STATES = ['', 'DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'];
const PAGE_SIZE = 50;

export async function articlesPage({ main, me }) {
  // an editor starts with their own articles, a chief editor with everybody's
  const whose = me?.roles?.includes('CHIEF_EDITOR') ? 'all' : 'mine';
  const filter = h('select', { id: 'state-filter', 'aria-label': t('articles.filter'), onchange: () => load() },
    STATES.map(s => h('option', { value: s }, s ? t(`state.${s}`) : t('articles.all'))));
  const owner = h('select', { id: 'whose-filter', 'aria-label': t('articles.whose'), onchange: () => load() },
    h('option', { value: 'mine', selected: whose === 'mine' }, t('articles.mine')),
    h('option', { value: 'all', selected: whose === 'all' }, t('articles.everybody')));
  const table = h('tbody');
  const counter = h('span', { class: 'muted', id: 'articles-count', 'aria-live': 'polite' });
  const previous = h('button', { type: 'button', id: 'articles-prev', onclick: () => show(page.prev) }, t('articles.previous'));
  const next = h('button', { type: 'button', id: 'articles-next', onclick: () => show(page.next) }, t('articles.next'));
  let page = { items: [], total: 0, next: null, prev: null };
  const section = h('section', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: -1 }, t('articles.title')), owner, filter,
      h('a', { class: 'button primary', href: '#/articles/new', id: 'new-article' }, t('articles.new'))),
    h('table', { class: 'list', id: 'articles' },
      h('thead', {}, h('tr', {}, h('th', {}, t('articles.heading')), h('th', {}, t('articles.language')),
        h('th', {}, t('articles.state')), h('th', { class: 'number' }, t('articles.open')), h('th', { class: 'number' }, t('articles.version')))),
      table),
    h('nav', { class: 'pager', 'aria-label': t('articles.pages') }, previous, counter, next));
  main.append(section);

  function load() {
    const query = new URLSearchParams({ order: 'newest', size: PAGE_SIZE, mine: owner.value === 'mine' });
    if (filter.value) query.set('state', filter.value);
    return show(`/api/articles?${query}`);
  }

  let shown = 0; // the latest request wins: an answer to an earlier filter that arrives late is dropped
  async function show(path) {
    const request = ++shown;
    const answer = await getPage(path);
    if (request !== shown) return;
    page = answer;
    const first = page.items.length ? Number(new URL(path, location.href).searchParams.get('page') || 0) * PAGE_SIZE + 1 : 0;
    table.replaceChildren(...page.items.map(article => h('tr', { dataset: { id: article.id } },
      h('td', {}, h('a', { href: `#/articles/${article.id}` }, article.title)),
      h('td', {}, article.language),
      h('td', {}, h('span', { class: `state state-${article.state}` }, t(`state.${article.state}`))),
      h('td', { class: 'number' }, String(openClaims(article))),
      h('td', { class: 'number' }, String(article.version)))));
    if (page.items.length === 0) table.append(h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t('articles.none'))));
    counter.textContent = page.items.length
      ? t('articles.range', { first, last: first + page.items.length - 1, total: page.total }) : '';
    previous.disabled = !page.prev;
    next.disabled = !page.next;
    previous.hidden = next.hidden = !page.prev && !page.next;
  }
  await load();
}

/** Open claims: the list's own count when the server gives one, else counted from the claims. */
function openClaims(article) {
  if (typeof article.openClaims === 'number') return article.openClaims;
  if (Array.isArray(article.claims)) return article.claims.filter(c => (c.status || 'OPEN') === 'OPEN').length;
  return article.claims ?? 0;
}
