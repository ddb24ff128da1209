// The UI's words in English and German. t('key', {name}) fills {name}; a missing German text falls back to English.
import { de } from './messages-de.js';
import { en } from './messages-en.js';

const MESSAGES = { en, de };
export const LOCALES = Object.keys(MESSAGES);
const KEY = 'attest.locale';

export function locale() {
  const chosen = localStorage.getItem(KEY);
  if (chosen && MESSAGES[chosen]) return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function setLocale(code) {
  if (MESSAGES[code]) localStorage.setItem(KEY, code);
}

export function t(key, values = {}) {
  const text = MESSAGES[locale()][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (values[name] ?? match));
}
