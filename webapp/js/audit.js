// The auditor's pages: a period's compliance summary (table and bars), CSV and PDF downloads, the audit chain's
// verification and head hash, and an article's history — every revision with what changed, every sign-off.
import { getJson, getPage, request } from './api.js';
import { fill, h, when } from './dom.js';
import { locale, t } from './i18n.js';
import { evidenceLink, textBlocks } from './sanitize.js';
import { blockDiff, renderDiff } from './diff.js';

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export async function auditPage({ main }) {
  const today = new Date();
  const from = h('input', { type: 'date', id: 'from', value: isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1))) });
  const to = h('input', { type: 'date', id: 'to', value: isoDay(today) });
  const summary = h('div', { id: 'summary', 'aria-live': 'polite' });
  const verification = h('div', { id: 'verification', 'aria-live': 'polite' });
  const downloads = h('p', { id: 'download-status', role: 'status' });
  const articles = h('ul', { id: 'history-articles', class: 'plain columns' });
  const more = h('button', { type: 'button', id: 'more-articles', hidden: true, onclick: () => showArticles(nextArticles) },
    t('articles.more'));
  let nextArticles = null;
  const period = () => `from=${from.value}&to=${to.value}`;

  main.append(h('section', { class: 'page audit-page' },
    h('h1', { tabindex: -1 }, t('audit.title')),
    h('form', { class: 'inline-form', id: 'period', onsubmit: event => { event.preventDefault(); report(); } },
      h('label', { for: 'from' }, t('audit.from')), from, h('label', { for: 'to' }, t('audit.to')), to,
      h('button', { type: 'submit', class: 'primary' }, t('audit.show')),
      h('button', { type: 'button', id: 'download-csv', onclick: () => download('text/csv', 'csv') }, t('audit.csv')),
      h('button', { type: 'button', id: 'download-pdf', onclick: () => download('application/pdf', 'pdf') }, t('audit.pdf'))),
    downloads,
    h('div', { class: 'audit-grid' },
      h('div', {}, h('h2', {}, t('audit.summary')), summary),
      h('div', {}, h('h2', {}, t('audit.chain')), verification,
        h('button', { type: 'button', id: 'verify', onclick: () => verify() }, t('audit.verify')))),
    h('h2', {}, t('audit.histories')), articles, more));

  async function report() {
    fill(summary, h('p', { class: 'muted' }, t('audit.loading')));
    try {
      fill(summary, summaryView(await getJson(`/api/reports/compliance?${period()}`)));
    } catch (e) {
      fill(summary, h('p', { class: 'error' }, t('error.generic', { detail: e.message })));
    }
  }

  async function verify() {
    try {
      const result = await getJson('/api/audit/verify');
      fill(verification,
        h('p', { class: result.valid ? 'success' : 'error', id: 'chain-status' }, t(result.valid ? 'audit.valid' : 'audit.broken',
          { events: result.events, at: result.brokenAt ?? '?', reason: result.reason ?? '' })),
        h('p', {}, t('audit.headHash'), ' ', h('code', { id: 'head-hash', class: 'hash' }, result.headHash ?? '—')));
    } catch (e) {
      fill(verification, h('p', { class: 'error' }, t('error.generic', { detail: e.message })));
    }
  }

  async function download(accept, extension) {
    downloads.textContent = t('audit.downloading');
    try {
      const blob = await (await request('GET', `/api/reports/compliance?${period()}`, { accept })).blob();
      const link = h('a', { href: URL.createObjectURL(blob), download: `attest-compliance-${from.value}-${to.value}.${extension}` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      downloads.textContent = t('audit.downloaded', { file: link.download });
    } catch (e) {
      downloads.textContent = t('error.generic', { detail: e.message });
    }
  }

  const newest = '/api/articles?order=newest&size=100';
  async function showArticles(path) {
    more.disabled = true;
    try {
      const page = await getPage(path);
      articles.append(...page.items.map(article => h('li', {}, h('a', { href: `#/audit/articles/${article.id}` }, article.title), ' ',
        h('span', { class: `state state-${article.state}` }, t(`state.${article.state}`)))));
      // the next articles are those after the last one listed, so articles saved meanwhile move none of them
      const last = page.items[page.items.length - 1];
      nextArticles = page.next && last ? `${newest}&after=${last.id}` : null;
      more.hidden = !nextArticles;
    } finally {
      more.disabled = false;
    }
  }

  await showArticles(newest);
  await Promise.all([report(), verify()]);
  return null;
}

function summaryView(report) {
  const s = report.summary || {};
  const flag = s.flagToSignOff || {};
  const open = s.openItems || {};
  const rows = [
    ['audit.articles', number(s.articles)],
    ['audit.disclosureCoverage', percent(s.disclosureCoverage)],
    ['audit.authorCoverage', percent(s.authorCoverage)],
    ['audit.claimsPerArticle', number(s.claimsPerArticle)],
    ['audit.signOffMedian', duration(flag.medianSeconds)],
    ['audit.signOffP90', duration(flag.p90Seconds)],
    ['audit.openItems', number(sum(open.openClaims, open.rejectedClaims))],
    ['audit.fourEyesConflicts', number(s.fourEyesConflicts)],
  ];
  const approvals = Object.fromEntries((s.signOffsPerApprover || []).map(a => [a.displayName || a.user, (a.approvals || 0) + (a.rejections || 0)]));
  return h('div', { class: 'summary' },
    h('p', { class: 'muted' }, t('audit.generated', { at: when(report.generatedAt, locale()) })),
    h('table', { class: 'list', id: 'summary-table' }, h('tbody', {}, rows.map(([key, value]) =>
      h('tr', {}, h('th', { scope: 'row' }, t(key)), h('td', { class: 'number' }, value))))),
    bars('audit.byState', s.byState, key => t(`state.${key}`)),
    bars('audit.byAiUse', s.byAiUse, key => t(`aiUse.${key}`)),
    bars('audit.byApprover', approvals, key => key));
}

/** A small bar chart that is also a table: label, count, a bar proportional to the largest count. */
function bars(titleKey, counts, label) {
  const entries = Object.entries(counts || {});
  const max = Math.max(1, ...entries.map(([, n]) => Number(n) || 0));
  return h('table', { class: 'bars', dataset: { chart: titleKey } },
    h('caption', {}, t(titleKey)),
    h('tbody', {}, entries.length ? entries.map(([key, n]) => {
      const bar = h('span', { class: 'bar' });
      bar.style.width = `${(100 * (Number(n) || 0)) / max}%`;
      return h('tr', {}, h('th', { scope: 'row' }, label(key)), h('td', { class: 'number' }, String(n)), h('td', { class: 'bar-cell' }, bar));
    }) : h('tr', {}, h('td', { class: 'muted' }, '—'))));
}

const percent = v => (typeof v === 'number' ? `${Math.round(v <= 1 ? v * 100 : v)} %` : '—');
const number = v => (typeof v === 'number' ? v.toLocaleString(locale(), { maximumFractionDigits: 2 }) : '—');
const sum = (...values) => (values.some(v => typeof v === 'number') ? values.reduce((a, v) => a + (Number(v) || 0), 0) : undefined);
/** Seconds as minutes under an hour, else hours. */
const duration = seconds => {
  if (typeof seconds !== 'number') return '—';
  return seconds < 3600 ? t('audit.minutes', { n: number(seconds / 60) }) : t('audit.hours', { n: number(seconds / 3600) });
};

/** An article's full history: each revision with what changed since the one before, and every sign-off event. */
export async function historyPage({ main }, id) {
  const article = await getJson(`/api/articles/${id}`);
  const revisions = await getJson(`/api/articles/${id}/revisions`);
  const section = h('section', { class: 'page history-page' },
    h('p', {}, h('a', { href: '#/audit' }, t('audit.back'))),
    h('h1', { tabindex: -1 }, article.title),
    h('p', { class: 'muted' }, t(`state.${article.state}`), ' · ', t('audit.revisions', { count: revisions.length })));
  main.append(section);

  let previous = null;
  const items = [];
  for (const summary of revisions) {
    let full = null;
    try { full = await getJson(`/api/articles/${id}/revisions/${summary.number}`); } catch { /* older server: no revision bodies */ }
    const blocks = full ? [full.title ?? summary.title, ...textBlocks(full.html)] : null;
    items.push(h('li', { class: 'revision', dataset: { revision: summary.number } },
      h('h3', {}, t('audit.revision', { number: summary.number, by: summary.savedBy, at: when(summary.savedAt, locale()) })),
      h('p', { class: 'muted' }, h('code', { class: 'hash' }, summary.contentHash)),
      blocks && previous ? renderDiff(blockDiff(previous, blocks), h, { unchanged: n => t('diff.unchanged', { count: n }) })
        : h('p', { class: 'muted' }, blocks ? t('audit.firstRevision') : t('audit.noBody')),
      full?.claims?.some(c => c.signOff) ? signOffs(full.claims) : null));
    previous = blocks;
  }
  section.append(h('h2', {}, t('audit.revisionsTitle')), h('ol', { class: 'revisions', id: 'revisions' }, items));

  try {
    const { events } = await getJson(`/api/audit/events?articleId=${id}&size=500`);
    section.append(h('h2', {}, t('audit.events')), h('table', { class: 'list', id: 'events' },
      h('thead', {}, h('tr', {}, ['#', t('audit.at'), t('audit.type'), t('audit.actor'), t('audit.details')].map(x => h('th', {}, x)))),
      h('tbody', {}, events.map(event => h('tr', { dataset: { type: event.type } },
        h('td', {}, String(event.seq)), h('td', {}, when(event.at, locale())), h('td', {}, event.type), h('td', {}, event.actor),
        h('td', {}, h('code', { class: 'payload' }, typeof event.payload === 'string' ? event.payload : JSON.stringify(event.payload))))))));
  } catch (e) {
    section.append(h('p', { class: 'error' }, t('error.generic', { detail: e.message })));
  }
  return null;
}

function signOffs(claims) {
  return h('ul', { class: 'sign-offs' }, claims.filter(c => c.signOff).map(c => h('li', {},
    h('strong', {}, t(`decision.${c.signOff.decision}`)), ' ', t('audit.signOffBy', { by: c.signOff.by, at: when(c.signOff.at, locale()) }),
    ': ', h('q', {}, c.text), c.signOff.note ? ` — ${c.signOff.note}` : '',
    c.signOff.evidenceUrl ? [' ', evidenceLink(c.signOff.evidenceUrl)] : null)));
}
