// Where the analysis' claims are in the editor. The server reports claims by their sentence text (and offsets into
// its own visible text); the editor finds each sentence among its text nodes and marks it with the CSS Custom
// Highlight API, which paints ranges without touching the edited DOM (so the caret and the saved HTML stay as they
// are).

import { h } from './dom.js';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The flattened, whitespace-collapsed text under `root`, and for every character the text node and offset it came from. */
function flatten(root) {
  let text = '';
  const nodes = [];
  const offsets = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let lastWasSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      let ch = data[i];
      if (INVISIBLE.test(ch)) { INVISIBLE.lastIndex = 0; continue; }
      INVISIBLE.lastIndex = 0;
      if (/\s/.test(ch)) {
        if (lastWasSpace) continue;
        ch = ' ';
      }
      lastWasSpace = ch === ' ';
      text += ch;
      nodes.push(node);
      offsets.push(i);
    }
    if (isBlockEnd(node) && !lastWasSpace) { // a block boundary reads as a space, so sentences of two blocks do not run together
      text += ' ';
      nodes.push(node);
      offsets.push(data.length);
      lastWasSpace = true;
    }
  }
  return { text, nodes, offsets };
}

function isBlockEnd(node) {
  return !node.nextSibling && node.parentElement && getComputedStyle(node.parentElement).display !== 'inline';
}

/**
 * A cue as the side lists show it: in quotation marks (a `q` element), unless the cue is itself a quotation and
 * brings its own marks („…“, «…», "…"), which a `q` would double.
 */
export function cueView(cue) {
  return /^[\p{Pi}\p{Pf}"'„‚「『]/u.test(cue) ? h('span', { class: 'cue' }, cue) : h('q', { class: 'cue' }, cue);
}

export function normalise(text) {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

function rangeOf(flat, start, end) {
  const range = document.createRange();
  range.setStart(flat.nodes[start], flat.offsets[start]);
  range.setEnd(flat.nodes[end - 1], flat.offsets[end - 1] + 1);
  return range;
}

/**
 * Locates claims in `root`: [{claim, range, cues: [{reason, range}]}], in document order; claims whose sentence is
 * not (or no longer) in the text are left out.
 */
export function locate(root, claims) {
  const flat = flatten(root);
  const located = [];
  let from = 0;
  for (const claim of [...claims].sort((a, b) => (a.start ?? 0) - (b.start ?? 0))) {
    const sentence = normalise(claim.text);
    let at = flat.text.indexOf(sentence, from);
    if (at < 0) at = flat.text.indexOf(sentence);
    if (at < 0 || !sentence) continue;
    from = at + sentence.length;
    const cues = [];
    for (const reason of claim.reasons || []) {
      const cue = normalise(reason.cue || '');
      let offset = claim.start !== undefined && reason.start !== undefined ? reason.start - claim.start : -1;
      if (offset < 0 || sentence.substr(offset, cue.length) !== cue) offset = sentence.indexOf(cue);
      if (cue && offset >= 0) cues.push({ reason, range: rangeOf(flat, at + offset, at + offset + cue.length) });
    }
    located.push({ claim, range: rangeOf(flat, at, at + sentence.length), cues });
  }
  return located;
}

/** Paints the located claims: open ones, rejected ones (chief's note) and their cues. */
export function paint(located) {
  if (!('highlights' in CSS)) return;
  const open = located.filter(l => l.claim.status !== 'REJECTED' && l.claim.status !== 'APPROVED').map(l => l.range);
  const rejected = located.filter(l => l.claim.status === 'REJECTED').map(l => l.range);
  const approved = located.filter(l => l.claim.status === 'APPROVED').map(l => l.range);
  CSS.highlights.set('attest-claim', new Highlight(...open));
  CSS.highlights.set('attest-rejected', new Highlight(...rejected));
  CSS.highlights.set('attest-approved', new Highlight(...approved));
  CSS.highlights.set('attest-cue', new Highlight(...located.flatMap(l => l.cues.map(c => c.range))));
}

export function clearPaint() {
  if (!('highlights' in CSS)) return;
  ['attest-claim', 'attest-rejected', 'attest-approved', 'attest-cue'].forEach(name => CSS.highlights.delete(name));
}

/** The located claim at a point of the text (a caret or the mouse), or null. */
export function claimAt(located, node, offset) {
  return located.find(l => {
    try { return l.range.isPointInRange(node, offset); } catch { return false; }
  }) || null;
}

/**
 * Redraws the findings list (`draw` replaces its items) without dropping the keyboard focus: when it was on a finding
 * (or a control in it), it goes back to the same control of the same claim, found by the claim's id; when that claim
 * has gone, to the finding now in its place (else the one before), else to `fallback`. Focus elsewhere — in the text
 * while typing — is left alone.
 */
export function redrawKeepingFocus(list, draw, fallback) {
  const focused = document.activeElement;
  const item = list.contains(focused) ? focused.closest('[data-claim-id]') : null;
  if (!item) { draw(); return; }
  const controls = element => [...(element?.querySelectorAll('button:not(:disabled), a[href]') || [])];
  const control = controls(item).indexOf(focused);
  const index = [...list.children].indexOf(item);
  draw();
  const same = controls(list.querySelector(`[data-claim-id="${CSS.escape(item.dataset.claimId)}"]`));
  const items = [...list.children];
  const nearest = [...items.slice(index), ...items.slice(0, index).reverse()].map(element => controls(element)[0]).find(Boolean);
  (same[control] || same[0] || nearest || fallback).focus();
}
