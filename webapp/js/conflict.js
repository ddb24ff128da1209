// A save refused because someone else saved first (412): show what differs and let the editor keep both texts —
// either save theirs' successor with my text (theirs stays in the revision history) or continue from theirs with
// mine kept as a copy in this browser.
import { h, when } from './dom.js';
import { locale, t } from './i18n.js';
import { textBlocks } from './sanitize.js';
import { blockDiff, renderDiff } from './diff.js';

/** Resolves to 'mine', 'theirs' or null (decide later; the draft stays). */
export function resolveConflict({ theirs, theirsHtml, mine }) {
  return new Promise(resolve => {
    const before = [theirs.title, ...textBlocks(theirsHtml)];
    const after = [mine.title, ...textBlocks(mine.html)];
    const close = choice => { dialog.close(); dialog.remove(); resolve(choice); };
    const dialog = h('dialog', { id: 'conflict', 'aria-labelledby': 'conflict-title', class: 'dialog' },
      h('h2', { id: 'conflict-title' }, t('conflict.title')),
      h('p', {}, t('conflict.who', { by: theirs.revision?.savedBy ?? '?', number: theirs.revision?.number ?? theirs.version,
        at: when(theirs.revision?.savedAt, locale()) })),
      h('p', { class: 'muted' }, t('conflict.safe')),
      h('h3', {}, t('conflict.compare')),
      h('p', { class: 'legend' }, h('del', {}, t('conflict.onlyTheirs')), ' ', h('ins', {}, t('conflict.onlyMine'))),
      renderDiff(blockDiff(before, after), h, { unchanged: n => t('diff.unchanged', { count: n }) }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', id: 'keep-mine', onclick: () => close('mine') }, t('conflict.keepMine')),
        h('button', { type: 'button', id: 'take-theirs', onclick: () => close('theirs') }, t('conflict.takeTheirs')),
        h('button', { type: 'button', id: 'decide-later', onclick: () => close(null) }, t('conflict.later'))));
    dialog.addEventListener('cancel', event => { event.preventDefault(); close(null); });
    document.body.append(dialog);
    dialog.showModal();
  });
}
