// Drafts in the browser's local storage: every keystroke is kept until the server has accepted a save, so a closed
// tab, a crash or a refused save never loses text. One draft per user and article ("new" before the first save),
// plus a kept copy when the user resolves a conflict by taking the other version.

const PREFIX = 'attest.draft.';

function key(user, articleId, slot = 'draft') {
  return `${PREFIX}${user}.${articleId ?? 'new'}.${slot}`;
}

export function saveDraft(user, articleId, draft, slot) {
  try {
    localStorage.setItem(key(user, articleId, slot), JSON.stringify({ ...draft, at: new Date().toISOString() }));
    return true;
  } catch {
    return false; // storage full or disabled: the editor says so
  }
}

export function loadDraft(user, articleId, slot) {
  try {
    return JSON.parse(localStorage.getItem(key(user, articleId, slot)) || 'null');
  } catch {
    return null;
  }
}

export function dropDraft(user, articleId, slot) {
  localStorage.removeItem(key(user, articleId, slot));
}
