// The chief editor's pages: the review queue (each flagged claim in its paragraph with its cues marked, approve with
// a note or evidence URL, reject with a note, four-eyes refusals explained), publishing, and the published view.
import { getJson, request, send } from './api.js';
import { fill, h, when } from './dom.js';
import { locale, t } from './i18n.js';
import { articleFrame } from './sanitize.js';
import { cueView, normalise } from './findings.js';

export async function reviewPage({ main }) {
  const message = h('div', { id: 'review-message', role: 'status', 'aria-live': 'polite', tabindex: -1 });
  const queue = h('div', { id: 'queue' });
  const ready = h('ul', { id: 'ready', class: 'plain' });
  const published = h('ul', { id: 'published', class: 'plain' });
  main.append(h('section', { class: 'page' },
    h('h1', { tabindex: -1 }, t('review.title')), message,
    h('h2', {}, t('review.queue')), queue,
    h('h2', {}, t('review.ready')), ready,
    h('h2', {}, t('review.published')), published));

  const say = (text, kind = 'ok') => fill(message, h('p', { class: kind === 'ok' ? 'success' : 'error', role: kind === 'ok' ? null : 'alert' }, text));

  async function load() {
    const [items, approved, done] = await Promise.all([getJson('/api/review/queue'),
      getJson('/api/articles?state=APPROVED'), getJson('/api/articles?state=PUBLISHED')]);
    // notes and URLs typed into other claims' cards are not lost when a decision redraws the queue
    const typed = [...queue.querySelectorAll('textarea.note, input.evidence')].filter(field => field.value).map(field => [field.id, field.value]);
    fill(queue, items.length ? items.map(item => queueItem(item)) : h('p', { class: 'muted' }, t('review.empty')));
    for (const [id, value] of typed) {
      const field = document.getElementById(id);
      if (field) field.value = value;
    }
    fill(ready, approved.length ? approved.map(article => h('li', { dataset: { id: article.id } },
      h('span', {}, article.title), ' ',
      h('button', { type: 'button', class: 'primary publish', onclick: () => publish(article) }, t('review.publish')))) :
      h('li', { class: 'muted' }, t('review.noneReady')));
    fill(published, done.length ? done.map(article => h('li', { dataset: { id: article.id } },
      h('a', { href: `#/published/${article.id}` }, article.title))) : h('li', { class: 'muted' }, t('review.nonePublished')));
  }

  function queueItem({ article, claims }) {
    const revision = typeof article.revision === 'object' ? article.revision?.number : article.revision;
    return h('article', { class: 'card review-item', dataset: { articleId: article.id } },
      h('h3', {}, article.title),
      h('p', { class: 'muted' }, t('review.itemMeta', { author: article.author?.name ?? article.author ?? '—',
        at: when(article.submittedAt, locale()), revision: revision ?? '?', language: article.language })),
      h('ol', { class: 'claims' }, claims.map(claim => claimCard(article, revision, claim))));
  }

  function claimCard(article, revision, claim) {
    const result = h('p', { class: 'result', role: 'alert' });
    // claim ids are fingerprints of the sentence, so two articles in the queue can share one: the article's id too
    const note = h('textarea', { id: `note-${article.id}-${claim.id}`, class: 'note', rows: 2 });
    const url = h('input', { id: `url-${article.id}-${claim.id}`, class: 'evidence', type: 'url', placeholder: 'https://' });
    const decide = async decision => {
      result.textContent = '';
      try {
        await send('POST', `/api/articles/${article.id}/claims/${encodeURIComponent(claim.id)}/sign-off`,
          { decision, note: note.value.trim() || undefined, evidenceUrl: url.value.trim() || undefined, revision });
      } catch (e) {
        result.textContent = refusal(e);
        return;
      }
      // stored: a queue that fails to reload must not make it look refused
      await sayAfterReload(t(decision === 'APPROVE' ? 'review.approved' : 'review.rejected', { title: article.title }));
      focusAfterDecision(article);
    };
    const open = (claim.status || 'OPEN') === 'OPEN';
    return h('li', { class: `claim-card status-${claim.status || 'OPEN'}`, dataset: { claimId: claim.id } },
      h('blockquote', { class: 'paragraph' }, sentenceInParagraph(claim)),
      h('ul', { class: 'reasons' }, (claim.reasons || []).map(reason => h('li', {},
        h('span', { class: `kind kind-${reason.kind}` }, t(`kind.${reason.kind}`)), ' ', cueView(reason.cue), ' ', reason.message))),
      open ? h('div', { class: 'sign-off-form' },
        h('label', { for: note.id }, t('review.note')), note,
        h('label', { for: url.id }, t('review.evidence')), url,
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'primary approve', onclick: () => decide('APPROVE') }, t('review.approve')),
          h('button', { type: 'button', class: 'danger reject', onclick: () => decide('REJECT') }, t('review.reject'))),
        result)
        : h('p', { class: 'muted' }, t(`claimStatus.${claim.status}`), claim.signOff?.note ? ` — ${claim.signOff.note}` : ''));
  }

  /** Redraws the queue after a change that is stored, then says so; a failed redraw is added, not put instead. */
  async function sayAfterReload(done) {
    try {
      await load();
      say(done);
    } catch (e) {
      say(`${done} ${refusal(e)}`, 'error');
    }
  }

  /** The decided claim's card is gone: the keyboard goes on at the article's next open claim, else at the message. */
  function focusAfterDecision(article) {
    const next = queue.querySelector(`[data-article-id="${article.id}"] li.status-OPEN textarea.note`);
    (next || message).focus();
  }

  async function publish(article) {
    try {
      await send('POST', `/api/articles/${article.id}/publish`, {});
    } catch (e) {
      say(refusal(e), 'error');
      return;
    }
    await sayAfterReload(t('review.publishedOk', { title: article.title }));
  }

  await load();
  return null;
}

/** Why the server refused, in words an editor understands (problem types of the review API). */
function refusal(error) {
  const type = error.type || '';
  if (type.endsWith('/four-eyes')) return t('review.fourEyes', { detail: error.message });
  if (type.endsWith('/stale-claim')) return t('review.staleClaim', { detail: error.message });
  if (type.endsWith('/invalid-state')) return t('review.invalidState', { detail: error.message });
  if (error.status === 400) return t('review.needNote', { detail: error.message });
  return t('error.generic', { detail: error.message });
}

/** The claim's paragraph as text, the sentence marked and inside it each cue. */
function sentenceInParagraph(claim) {
  const paragraph = normalise(claim.paragraph || claim.text);
  const sentence = normalise(claim.text);
  const at = paragraph.indexOf(sentence);
  if (at < 0) return markCues(sentence, claim.reasons);
  return [paragraph.slice(0, at), h('mark', { class: 'claim' }, markCues(sentence, claim.reasons)), paragraph.slice(at + sentence.length)];
}

function markCues(sentence, reasons) {
  const spans = [];
  for (const reason of reasons || []) {
    const cue = normalise(reason.cue || '');
    const at = cue ? sentence.indexOf(cue) : -1;
    if (at >= 0 && !spans.some(s => at < s.end && at + cue.length > s.start)) spans.push({ start: at, end: at + cue.length, kind: reason.kind });
  }
  spans.sort((a, b) => a.start - b.start);
  const parts = [];
  let from = 0;
  for (const span of spans) {
    parts.push(sentence.slice(from, span.start), h('mark', { class: `cue kind-${span.kind}` }, sentence.slice(span.start, span.end)));
    from = span.end;
  }
  parts.push(sentence.slice(from));
  return parts;
}

/** The published article in a sandboxed frame, its machine-readable disclosure on request. */
export async function publishedPage({ main }, id) {
  const article = await getJson(`/api/articles/${id}`);
  const html = await (await request('GET', `/api/articles/${id}/published`, { accept: 'text/html' })).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const jsonLd = [...parsed.querySelectorAll('script[type="application/ld+json"]')].map(script => pretty(script.textContent));
  const metas = [...parsed.querySelectorAll('meta[name], meta[property]')].map(meta =>
    `${meta.getAttribute('name') || meta.getAttribute('property')}: ${meta.getAttribute('content')}`);
  main.append(h('section', { class: 'page' },
    h('h1', { tabindex: -1 }, article.title),
    h('p', { class: 'muted' }, t('published.meta', { by: article.published?.by ?? '—', at: when(article.published?.at, locale()),
      revision: article.published?.revision ?? '—' })),
    h('details', { id: 'disclosure-metadata' }, h('summary', {}, t('published.showMetadata')),
      h('h2', {}, t('published.disclosure')),
      h('p', {}, t('published.disclosureText', { text: article.disclosure?.text ?? '—', aiUse: article.disclosure?.aiUse ?? '—' })),
      metas.length ? h('pre', { class: 'metadata' }, metas.join('\n')) : null,
      jsonLd.map(text => h('pre', { class: 'metadata json-ld' }, text))),
    articleFrame(html, t('published.frameTitle', { title: article.title }))));
  return null;
}

function pretty(text) {
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return text; }
}
