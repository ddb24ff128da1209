// The article editor: title, byline and body (rich text), findings live while typing, disclosure and author
// banners, save with 422 reasons in place and 412 conflicts resolved without losing text, local drafts, submit.
import { ApiError, getJson, request, send } from './api.js';
import { fill, h, when } from './dom.js';
import { locale, t } from './i18n.js';
import { declaredLanguage, evidenceLink, sanitizedBody } from './sanitize.js';
import { claimAt, clearPaint, cueView, locate, paint, redrawKeepingFocus } from './findings.js';
import { dropDraft, loadDraft, saveDraft } from './drafts.js';
import { sanitizePaste, toolbar } from './toolbar.js';
import { resolveConflict } from './conflict.js';

const CHECK_DELAY_MS = 600;
const AI_USES = ['NONE', 'ASSISTED', 'GENERATED', 'TRANSLATED', 'POSSIBLE', 'UNSPECIFIED'];
const BYLINE_WORD = { de: 'Von', en: 'By', da: 'Af', sv: 'Av', nb: 'Av', fr: 'Par', es: 'Por', nl: 'Door' };

export async function editorPage({ main, me }, articleId) {
  const ui = layout(articleId);
  main.append(ui.section);
  const state = { article: null, version: null, language: null, analysis: null, located: [], dirty: false, saving: false, aiUse: null };
  let checkTimer = null;
  let checkAbort = null;

  // ---- loading: the server's article, then any draft this browser kept ----
  if (articleId !== null) {
    try {
      state.article = await getJson(`/api/articles/${articleId}`);
    } catch (e) {
      fill(ui.section, h('h1', { tabindex: -1 }, t('editor.notFound')), h('p', {}, e.message));
      return null;
    }
    state.version = state.article.version;
    state.language = state.article.language;
    showContent(state.article.title, await articleHtml(state.article));
  }
  const draft = loadDraft(me.name, articleId);
  if (draft && (draft.html !== bodyHtml() || draft.title !== ui.title.value)) {
    showContent(draft.title, draft.html);
    state.dirty = true;
    notice('draft-notice', t('editor.draftRestored', { at: when(draft.at, locale()) }),
      h('button', { type: 'button', id: 'discard-draft', onclick: () => discardDraft() }, t('editor.discardDraft')));
  }
  const copy = loadDraft(me.name, articleId, 'copy');
  if (copy) offerCopy(copy);
  renderMeta();
  check();

  // ---- events ----
  ui.body.addEventListener('input', edited);
  ui.title.addEventListener('input', edited);
  ui.byline.addEventListener('input', () => { writeByline(ui.byline.value); edited(); });
  ui.body.addEventListener('mousemove', event => {
    const caret = document.caretRangeFromPoint(event.clientX, event.clientY);
    const found = caret && claimAt(state.located, caret.startContainer, caret.startOffset);
    showTip(found, { x: event.clientX, y: event.clientY });
  });
  ui.body.addEventListener('mouseleave', () => caretTip());
  const onSelection = () => caretTip();
  document.addEventListener('selectionchange', onSelection);
  const onKey = event => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') { event.preventDefault(); save(); }
    if (event.key === 'Escape') ui.tip.hidden = true;
  };
  document.addEventListener('keydown', onKey);
  ui.save.addEventListener('click', () => save());
  ui.submit.addEventListener('click', () => submit());
  sanitizePaste(ui.body);

  // ---- content ----
  function showContent(title, html) {
    ui.title.value = title || '';
    ui.body.replaceChildren(sanitizedBody(html));
    if (!ui.body.firstChild) ui.body.append(h('p', {}, h('br')));
    state.language = state.language || declaredLanguage(html);
    ui.byline.value = readByline();
    syncSource();
  }

  function bodyHtml() {
    return ui.body.innerHTML;
  }

  function syncSource() {
    ui.source.value = bodyHtml();
  }

  function edited() {
    state.dirty = true;
    syncSource();
    const kept = saveDraft(me.name, state.article?.id ?? null,
      { title: ui.title.value, html: bodyHtml(), language: state.language, baseVersion: state.version });
    status(kept ? t('editor.draftKept') : t('editor.draftNotKept'));
    renderMeta();
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, CHECK_DELAY_MS);
  }

  function discardDraft() {
    dropDraft(me.name, articleId);
    location.reload();
  }

  // ---- byline: a first paragraph "Von …" / "By …" in the article's language ----
  function bylineWord() {
    return BYLINE_WORD[state.language || state.analysis?.language] || 'By';
  }

  function bylineElement() {
    return ui.body.querySelector(':scope > p.byline');
  }

  function readByline() {
    const line = bylineElement();
    return line ? line.textContent.replace(/^\s*\S+\s+/, '').trim() : '';
  }

  function writeByline(name) {
    let line = bylineElement();
    if (!name.trim()) { line?.remove(); return; }
    if (!line) {
      line = h('p', { class: 'byline' });
      ui.body.prepend(line);
    }
    line.textContent = `${bylineWord()} ${name.trim()}`;
  }

  // ---- live findings ----
  async function check() {
    checkAbort?.abort();
    checkAbort = new AbortController();
    ui.checkStatus.textContent = t('editor.checking');
    try {
      const response = await request('POST', '/api/check', { json: { html: bodyHtml(), language: state.language || undefined }, signal: checkAbort.signal });
      state.analysis = await response.json(); // its language is a guess while the text is short: not adopted
      showFindings();
    } catch (e) {
      if (e.name !== 'AbortError') ui.checkStatus.textContent = t('editor.checkFailed', { detail: e.message });
    }
  }

  function withStatus(claims) {
    const saved = new Map((state.article?.claims || []).map(claim => [claim.id, claim]));
    return claims.map(claim => ({ ...claim, status: saved.get(claim.id)?.status || 'OPEN', signOff: saved.get(claim.id)?.signOff || null }));
  }

  function showFindings() {
    const claims = withStatus(state.analysis.claims || []);
    state.located = locate(ui.body, claims);
    paint(state.located);
    ui.body.dataset.highlighted = String(state.located.length);
    ui.checkStatus.textContent = t('editor.findingsCount', { count: claims.length });
    ui.count.textContent = String(claims.length);
    redrawKeepingFocus(ui.findings, () => {
      fill(ui.findings, claims.map(claim => finding(claim)));
      if (claims.length === 0) ui.findings.append(h('li', { class: 'muted' }, t('editor.noFindings')));
    }, ui.findingsHeading);
    banners(state.analysis.violations || [], false);
  }

  function finding(claim) {
    const located = state.located.find(l => l.claim.id === claim.id);
    return h('li', { class: `finding finding-${claim.status}`, dataset: { claimId: claim.id } },
      h('button', { type: 'button', class: 'finding-sentence', disabled: !located,
        onclick: () => located && select(located), onfocus: () => located && showTip(located, rectPoint(located.range)),
        onblur: () => { ui.tip.hidden = true; } }, claim.text),
      reasons(claim.reasons),
      signOffNote(claim));
  }

  function select(located) {
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(located.range.cloneRange());
    ui.body.focus();
    located.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function caretTip() {
    const selection = getSelection();
    if (!selection.rangeCount || !ui.body.contains(selection.focusNode) || document.activeElement !== ui.body) {
      ui.tip.hidden = true;
      return;
    }
    const found = claimAt(state.located, selection.focusNode, selection.focusOffset);
    showTip(found, found && rectPoint(found.range));
    ui.findings.querySelectorAll('[aria-current]').forEach(item => item.removeAttribute('aria-current'));
    if (found) ui.findings.querySelector(`[data-claim-id="${CSS.escape(found.claim.id)}"]`)?.setAttribute('aria-current', 'true');
  }

  function showTip(located, point) {
    if (!located) { ui.tip.hidden = true; return; }
    fill(ui.tip, reasons(located.claim.reasons), signOffNote(located.claim));
    ui.tip.hidden = false;
    const width = ui.tip.offsetWidth;
    ui.tip.style.left = `${Math.max(8, Math.min(point.x, innerWidth - width - 8)) + scrollX}px`;
    ui.tip.style.top = `${point.y + 18 + scrollY}px`;
  }

  // ---- banners: missing disclosure or author, and a refused save ----
  function banners(violations, refusedSave) {
    // every check draws the banners anew: the control that had the keyboard focus keeps it
    const focused = ui.banners.contains(document.activeElement) ? document.activeElement.id : null;
    const items = violations.map(violation => h('div', { class: `banner banner-${violation.code}`, role: 'alert', dataset: { code: violation.code } },
      h('strong', {}, violation.message), h('p', {}, violation.hint),
      violation.code === 'MISSING_DISCLOSURE' ? disclosureInsert() : null,
      violation.code === 'MISSING_AUTHOR'
        ? h('button', { type: 'button', id: 'add-byline', class: 'add-byline', onclick: () => ui.byline.focus() }, t('editor.addByline')) : null));
    fill(ui.banners, refusedSave ? h('p', { class: 'error', id: 'save-refused' }, t('editor.notSaved')) : null, items);
    if (focused) document.getElementById(focused)?.focus();
    ui.body.setAttribute('aria-invalid', String(violations.length > 0));
  }

  function disclosureInsert() {
    const use = h('select', { id: 'disclosure-ai-use', 'aria-label': t('editor.aiUse'), onchange: () => { state.aiUse = use.value; } },
      AI_USES.map(value => h('option', { value, selected: value === (state.aiUse || 'NONE') }, t(`aiUse.${value}`))));
    return h('div', { class: 'inline-form' }, h('label', { for: 'disclosure-ai-use' }, t('editor.aiUse')), use,
      h('button', { type: 'button', id: 'insert-disclosure', class: 'primary', onclick: () => insertDisclosure(use.value) }, t('editor.insertDisclosure')));
  }

  async function insertDisclosure(aiUse) {
    const language = state.language || state.analysis?.language || 'en';
    const { templates } = await getJson(`/api/disclosure-templates?lang=${encodeURIComponent(language)}`);
    ui.body.querySelector(':scope > p.ai-disclosure')?.remove();
    const line = h('p', { class: 'ai-disclosure' }, templates[aiUse]);
    ui.body.append(line);
    // the banner with the button goes away: the keyboard goes on in the text, after the inserted line
    ui.body.focus();
    getSelection().collapse(line, line.childNodes.length);
    edited();
    clearTimeout(checkTimer);
    check();
  }

  // ---- saving ----
  async function save(againstVersion) {
    if (state.saving) return;
    state.saving = true;
    ui.save.disabled = true;
    status(t('editor.saving'));
    const payload = { title: ui.title.value, html: bodyHtml(), language: state.language || undefined };
    try {
      const { body, etag } = state.article
        ? await send('PUT', `/api/articles/${state.article.id}`, payload, { headers: { 'If-Match': `"${againstVersion ?? state.version}"` } })
        : await send('POST', '/api/articles', payload);
      const created = !state.article;
      dropDraft(me.name, created ? null : state.article.id);
      state.article = body;
      state.version = etag ?? body.version;
      state.dirty = false;
      banners(state.analysis?.violations || [], false);
      status(t('editor.saved', { revision: body.revision?.number ?? body.version }));
      if (created) history.replaceState(null, '', `#/articles/${body.id}`);
      renderMeta();
      showFindings();
      // text changed while the save was on its way is not in this revision: keep it as a draft
      if (ui.title.value !== payload.title || bodyHtml() !== payload.html) edited();
    } catch (e) {
      if (!(e instanceof ApiError)) status(t('editor.saveFailedOffline'));
      else if (e.status === 422) { banners(e.problem.violations || [], true); status(t('editor.saveRefused')); }
      else if (e.status === 412) await conflict();
      else status(t('editor.saveFailed', { detail: e.message }));
    } finally {
      state.saving = false;
      ui.save.disabled = false;
    }
  }

  async function conflict() {
    status(t('editor.conflict'));
    const theirs = await getJson(`/api/articles/${state.article.id}`);
    const choice = await resolveConflict({ theirs, theirsHtml: await articleHtml(theirs), mine: { title: ui.title.value, html: bodyHtml() } });
    if (choice === 'mine') {
      state.article = { ...theirs };
      state.saving = false;
      await save(theirs.version);
    } else if (choice === 'theirs') {
      const mine = { title: ui.title.value, html: bodyHtml(), language: state.language };
      if (!saveDraft(me.name, state.article.id, mine, 'copy')) {
        status(t('editor.copyNotKept')); // theirs would replace the only place mine is
        return;
      }
      state.article = theirs;
      state.version = theirs.version;
      showContent(theirs.title, await articleHtml(theirs));
      dropDraft(me.name, state.article.id);
      dropNotice('draft-notice');
      state.dirty = false;
      offerCopy(loadDraft(me.name, state.article.id, 'copy'));
      renderMeta();
      check();
      status(t('editor.tookTheirs'));
    } else {
      status(t('editor.conflictOpen'));
    }
  }

  function offerCopy(copy) {
    notice('copy-notice', t('editor.copyKept', { at: when(copy.at, locale()) }),
      h('button', { type: 'button', id: 'restore-copy', onclick: () => restoreCopy(copy) }, t('editor.restoreCopy')),
      h('button', { type: 'button', id: 'drop-copy', onclick: () => { dropDraft(me.name, state.article?.id, 'copy'); dropNotice('copy-notice'); } }, t('editor.dropCopy')));
  }

  /** Puts the copy back in the editor; unsaved text there becomes the copy in its place, so neither is lost. */
  function restoreCopy(copy) {
    const id = articleId ?? state.article?.id;
    const current = { title: ui.title.value, html: bodyHtml(), language: state.language };
    const unsaved = state.dirty && (current.html !== copy.html || current.title !== copy.title);
    if (unsaved && !saveDraft(me.name, id, current, 'copy')) {
      status(t('editor.draftNotKept')); // the browser cannot keep the text now: leave it in the editor
      return;
    }
    showContent(copy.title, copy.html);
    dropNotice('draft-notice');
    if (unsaved) {
      offerCopy(loadDraft(me.name, id, 'copy'));
    } else {
      dropDraft(me.name, id, 'copy');
      dropNotice('copy-notice');
    }
    ui.body.focus();
    edited();
  }

  // ---- submit ----
  async function submit() {
    if (state.dirty) await save();
    if (state.dirty || !state.article) return;
    try {
      const { body } = await send('POST', `/api/articles/${state.article.id}/submit`, {});
      state.article = body;
      state.version = body.version;
      renderMeta();
      status(t('editor.submitted', { state: t(`state.${body.state}`) }));
    } catch (e) {
      status(t('editor.submitFailed', { detail: e.message }));
    }
  }

  // ---- small parts ----
  function renderMeta() {
    const article = state.article;
    fill(ui.meta, article ? [
      h('span', { class: `state state-${article.state}`, id: 'article-state' }, t(`state.${article.state}`)),
      ' ', t('editor.revision', { number: article.revision?.number ?? '?', by: article.revision?.savedBy ?? '', at: when(article.revision?.savedAt, locale()) }),
      article.state === 'PUBLISHED' ? h('a', { href: `#/published/${article.id}` }, ' ', t('editor.viewPublished')) : null,
    ] : t('editor.unsaved'));
    ui.submit.disabled = !article || article.state !== 'DRAFT';
  }

  /** Shows a notice with its actions beside the others (a restored draft and a kept copy can both apply); a notice of the same id is replaced. */
  function notice(id, text, ...actions) {
    const item = h('div', { class: 'notice', id, role: 'status' }, h('span', { tabindex: -1 }, text), ...actions);
    const shown = document.getElementById(id);
    if (shown) shown.replaceWith(item);
    else ui.notices.append(item);
  }

  /**
   * Removes a notice; focus inside it moves to the text of the next notice (not to one of its
   * actions, which a repeated Enter would press), else to the article's text.
   */
  function dropNotice(id) {
    const shown = document.getElementById(id);
    if (!shown) return;
    const hadFocus = shown.contains(document.activeElement);
    shown.remove();
    if (hadFocus) (ui.notices.querySelector('.notice > span') || ui.body).focus();
  }

  function status(text) {
    ui.saveStatus.textContent = text;
  }

  return () => {
    clearTimeout(checkTimer);
    checkAbort?.abort();
    document.removeEventListener('selectionchange', onSelection);
    document.removeEventListener('keydown', onKey);
    if (ui.section.isConnected) clearPaint(); // a page opened meanwhile may be painting its own findings
  };
}

/** The article's current HTML: the article JSON's `html`, else its current revision's. */
async function articleHtml(article) {
  if (typeof article.html === 'string') return article.html;
  try {
    return (await getJson(`/api/articles/${article.id}/revisions/${article.revision.number}`)).html || '';
  } catch {
    return '';
  }
}

function rectPoint(range) {
  const rect = range.getBoundingClientRect();
  return { x: rect.left, y: rect.bottom - 10 };
}

function reasons(list) {
  return h('ul', { class: 'reasons' }, (list || []).map(reason => h('li', {},
    h('span', { class: `kind kind-${reason.kind}` }, t(`kind.${reason.kind}`)), ' ',
    cueView(reason.cue), ' ', h('span', {}, reason.message))));
}

function signOffNote(claim) {
  if (!claim.signOff) return null;
  const { decision, note, evidenceUrl, by, at } = claim.signOff;
  return h('div', { class: `sign-off sign-off-${decision}` },
    h('strong', {}, t(decision === 'REJECT' ? 'editor.rejectedBy' : 'editor.approvedBy', { by, at: when(at, locale()) })),
    note ? h('p', { class: 'chief-note' }, note) : null,
    evidenceUrl ? h('p', {}, evidenceLink(evidenceUrl)) : null);
}

function layout(articleId) {
  const title = h('input', { id: 'title', name: 'title', required: true, maxlength: 500, autocomplete: 'off' });
  const byline = h('input', { id: 'byline', name: 'byline', autocomplete: 'off', placeholder: t('editor.bylinePlaceholder') });
  const body = h('div', { id: 'body', class: 'article-body', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true',
    'aria-label': t('editor.body'), 'aria-describedby': 'check-status', spellcheck: 'true' });
  const source = h('textarea', { id: 'html-source', readonly: true, rows: 8, 'aria-label': t('editor.source') });
  const findings = h('ol', { id: 'findings', class: 'findings' });
  const count = h('span', { class: 'count', id: 'findings-count' }, '0');
  const findingsHeading = h('h2', { id: 'findings-heading', tabindex: -1 }, t('editor.findings'), ' ', count);
  const checkStatus = h('p', { id: 'check-status', class: 'muted', 'aria-live': 'polite' });
  const save = h('button', { type: 'button', id: 'save', class: 'primary', title: 'Ctrl+S' }, t('editor.save'));
  const submit = h('button', { type: 'button', id: 'submit', disabled: true }, t('editor.submit'));
  const saveStatus = h('p', { id: 'save-status', role: 'status', 'aria-live': 'polite' });
  const banners = h('div', { id: 'banners' });
  const notices = h('div', { id: 'notices' });
  const meta = h('p', { class: 'muted', id: 'article-meta' });
  const tip = h('div', { id: 'finding-tip', class: 'tip', role: 'tooltip', hidden: true });
  document.execCommand('defaultParagraphSeparator', false, 'p');
  const section = h('section', { class: 'page editor-page' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: -1 }, t(articleId === null ? 'editor.newTitle' : 'editor.editTitle')), meta),
    notices, banners,
    h('div', { class: 'editor-grid' },
      h('div', { class: 'editor-main' },
        h('label', { for: 'title' }, t('editor.title')), title,
        h('label', { for: 'byline' }, t('editor.byline')), byline,
        h('span', { class: 'label', id: 'body-label' }, t('editor.body')),
        toolbar(body), body,
        h('details', { class: 'source' }, h('summary', {}, t('editor.source')), source)),
      h('aside', { class: 'findings-panel', 'aria-labelledby': 'findings-heading' },
        findingsHeading,
        checkStatus, findings,
        h('div', { class: 'actions' }, save, submit), saveStatus)),
    tip);
  return { section, title, byline, body, source, findings, findingsHeading, count, checkStatus, save, submit, saveStatus, banners, notices, meta, tip };
}
