// The formatting toolbar of the body editor: a journalist formats text without writing tags. Buttons apply the
// browser's editing commands to the selection; pasted HTML goes through the sanitiser first.
import { h } from './dom.js';
import { t } from './i18n.js';
import { safeUrl, sanitizedBody } from './sanitize.js';

const COMMANDS = [
  ['bold', 'B', () => document.execCommand('bold')],
  ['italic', 'I', () => document.execCommand('italic')],
  ['heading', 'H2', () => document.execCommand('formatBlock', false, 'h2')],
  ['paragraph', '¶', () => document.execCommand('formatBlock', false, 'p')],
  ['quote', '❝', () => document.execCommand('formatBlock', false, 'blockquote')],
  ['list', '•', () => document.execCommand('insertUnorderedList')],
  ['link', 'URL', () => {
    const url = prompt(t('toolbar.linkPrompt'), 'https://');
    if (url && safeUrl(url) && /^https?:|^mailto:/i.test(url.trim())) document.execCommand('createLink', false, url.trim());
  }],
  ['clear', '⌫', () => document.execCommand('removeFormat')],
];

export function toolbar(body) {
  const buttons = COMMANDS.map(([name, label, run]) => h('button', {
    type: 'button', class: 'tool', 'aria-label': t(`toolbar.${name}`), title: t(`toolbar.${name}`), dataset: { command: name },
    onmousedown: event => event.preventDefault(), // keep the selection in the text
    onclick: () => { body.focus(); run(); body.dispatchEvent(new Event('input', { bubbles: true })); },
  }, label));
  const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('toolbar.label'), 'aria-controls': 'body' }, buttons);
  bar.addEventListener('keydown', event => { // arrow keys move between the buttons (one tab stop for the toolbar)
    const index = buttons.indexOf(document.activeElement);
    if (index < 0 || !['ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    buttons.forEach(button => button.setAttribute('tabindex', button === next ? '0' : '-1'));
    next.focus();
  });
  buttons.forEach((button, i) => button.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  return bar;
}

/** Pasted content: HTML through the whitelist, anything else as plain text. Pasted paragraphs become paragraphs of
 * the body (after the one with the caret, or in place of an empty one), never paragraphs inside a paragraph. */
export function sanitizePaste(body) {
  body.addEventListener('paste', event => {
    event.preventDefault();
    const html = event.clipboardData.getData('text/html');
    const selection = getSelection();
    if (!selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const content = html ? sanitizedBody(html) : document.createTextNode(event.clipboardData.getData('text/plain'));
    const last = content.lastChild;
    const hasBlocks = [...content.childNodes].some(node => node.nodeType === Node.ELEMENT_NODE && getDisplay(node) !== 'inline');
    let block = range.startContainer;
    while (block && block.parentNode !== body) block = block.parentNode;
    if (hasBlocks && block) {
      if (block.textContent.trim() === '') block.replaceWith(content);
      else block.after(content);
    } else if (hasBlocks) {
      body.append(content);
    } else {
      range.insertNode(content);
    }
    if (last?.parentNode) {
      const caret = document.createRange();
      caret.selectNodeContents(last);
      caret.collapse(false);
      selection.removeAllRanges();
      selection.addRange(caret);
    }
    body.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function getDisplay(element) {
  return /^(P|H[1-6]|UL|OL|LI|BLOCKQUOTE|DIV|ASIDE|SECTION|FIGURE|TABLE|PRE|HR|DL)$/.test(element.tagName) ? 'block' : 'inline';
}
