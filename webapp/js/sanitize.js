// Article HTML comes from authors and other systems, so the UI never parses it into the live page. It is parsed into
// an inert document (DOMParser: no scripts run, nothing loads) and rebuilt from a whitelist of elements and
// attributes; everything else is dropped (script, style, iframe, forms, event handlers, javascript: links) or
// unwrapped (unknown elements keep their text). For a faithful view of the whole page, use articleFrame().

const KEEP = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'Q', 'CITE', 'A',
  'STRONG', 'EM', 'B', 'I', 'U', 'S', 'SUB', 'SUP', 'BR', 'SPAN', 'DIV', 'ASIDE', 'SECTION', 'FIGURE', 'FIGCAPTION',
  'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'CODE', 'PRE', 'SMALL', 'MARK', 'TIME', 'ABBR', 'DL', 'DT', 'DD', 'HR']);
const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT',
  'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'MATH', 'LINK', 'META', 'BASE', 'IMG', 'VIDEO', 'AUDIO', 'SOURCE', 'CANVAS', 'HEAD', 'TITLE']);
const ATTRIBUTES = { '*': ['class', 'lang', 'title', 'dir'], A: ['href', 'rel'], Q: ['cite'], BLOCKQUOTE: ['cite'],
  TIME: ['datetime'], TD: ['colspan', 'rowspan'], TH: ['colspan', 'rowspan'] };

/** The article's body as a DocumentFragment of whitelisted nodes, created in `document`. */
export function sanitizedBody(html, document = window.document) {
  const parsed = new DOMParser().parseFromString(html || '', 'text/html');
  const fragment = document.createDocumentFragment();
  for (const child of parsed.body.childNodes) copy(child, fragment, document);
  return fragment;
}

/** The `lang` of the article's <html> element, if it has one. */
export function declaredLanguage(html) {
  return new DOMParser().parseFromString(html || '', 'text/html').documentElement.getAttribute('lang') || null;
}

function copy(node, parent, document) {
  if (node.nodeType === Node.TEXT_NODE) {
    parent.append(document.createTextNode(node.data));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE || DROP.has(node.tagName)) return;
  if (!KEEP.has(node.tagName)) {
    for (const child of node.childNodes) copy(child, parent, document); // unknown wrapper (article, main, font…): keep its content
    return;
  }
  const clean = document.createElement(node.tagName.toLowerCase());
  for (const name of [...ATTRIBUTES['*'], ...(ATTRIBUTES[node.tagName] || [])]) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    if ((name === 'href' || name === 'cite') && !safeUrl(value)) continue;
    clean.setAttribute(name, value);
  }
  for (const child of node.childNodes) copy(child, clean, document);
  parent.append(clean);
}

/** http(s), mailto, and relative or fragment links; never javascript:, data: or other schemes. */
export function safeUrl(value) {
  const url = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

/**
 * The article exactly as stored, in a frame that may do nothing: sandbox="" (no scripts, no forms, no navigation
 * of the UI, an origin of its own) and srcdoc, under the page's Content-Security-Policy, which the frame inherits.
 */
export function articleFrame(html, title) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.setAttribute('title', title);
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.className = 'article-frame';
  frame.srcdoc = html || '';
  return frame;
}

/** The visible text blocks of an article's HTML (for comparing revisions), parsed inertly. */
export function textBlocks(html) {
  const body = new DOMParser().parseFromString(html || '', 'text/html').body;
  body.querySelectorAll('script, style, noscript, template').forEach(element => element.remove());
  const blocks = [];
  const walk = element => {
    const blockChildren = [...element.children].filter(child => /^(P|H[1-6]|LI|BLOCKQUOTE|TD|TH|DIV|ASIDE|SECTION|ARTICLE|UL|OL|TABLE|TBODY|THEAD|TR|FIGURE|FIGCAPTION|MAIN|HEADER|FOOTER)$/.test(child.tagName));
    if (blockChildren.length === 0) {
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      return;
    }
    for (const child of element.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE && blockChildren.includes(child)) walk(child);
      else if (child.textContent.trim()) blocks.push(child.textContent.replace(/\s+/g, ' ').trim());
    }
  };
  walk(body);
  return blocks;
}

/** A link to sign-off evidence when it is an http(s) address, else the address as text. */
export function evidenceLink(url) {
  if (!/^https?:\/\//i.test(url.trim())) return document.createTextNode(url);
  const link = document.createElement('a');
  link.href = url.trim();
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  link.textContent = url;
  return link;
}
