// What changed between two texts: a longest-common-subsequence diff over blocks (paragraphs), and over words inside
// a paragraph that was edited. Small and quadratic, which is fine for articles.

/** [{op: 'same'|'del'|'ins', value}] turning `before` into `after` (arrays of strings). */
export function diff(before, after) {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) { ops.push({ op: 'same', value: before[i] }); i++; j++; }
    else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) { ops.push({ op: 'ins', value: after[j] }); j++; }
    else { ops.push({ op: 'del', value: before[i] }); i++; }
  }
  return ops;
}

/**
 * Block diff where a deleted block directly followed by an inserted one counts as an edit with a word diff:
 * [{op: 'same'|'del'|'ins', value} | {op: 'edit', words: [{op, value}]}].
 */
export function blockDiff(beforeBlocks, afterBlocks) {
  const ops = diff(beforeBlocks, afterBlocks);
  const result = [];
  for (let k = 0; k < ops.length; k++) {
    if (ops[k].op === 'del' && ops[k + 1]?.op === 'ins') {
      result.push({ op: 'edit', words: diff(words(ops[k].value), words(ops[k + 1].value)) });
      k++;
    } else {
      result.push(ops[k]);
    }
  }
  return result;
}

function words(text) {
  return text.split(/(\s+)/).filter(Boolean);
}

/** A block diff as a list of paragraphs, removed text in <del>, added text in <ins>; unchanged runs folded. */
export function renderDiff(ops, h, labels) {
  const items = [];
  let unchanged = 0;
  const flush = () => {
    if (unchanged) items.push(h('p', { class: 'diff-same muted' }, labels.unchanged(unchanged)));
    unchanged = 0;
  };
  for (const op of ops) {
    if (op.op === 'same') { unchanged++; continue; }
    flush();
    if (op.op === 'del') items.push(h('p', { class: 'diff-block' }, h('del', {}, op.value)));
    else if (op.op === 'ins') items.push(h('p', { class: 'diff-block' }, h('ins', {}, op.value)));
    else items.push(h('p', { class: 'diff-block' }, op.words.map(w => w.op === 'same' ? w.value : h(w.op, {}, w.value))));
  }
  flush();
  return h('div', { class: 'diff' }, items);
}
