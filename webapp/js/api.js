// The attest HTTP API as the UI uses it: same-origin fetch with the session cookie and X-Requested-With: attest
// (the server's CSRF guard; it also keeps the browser's Basic login popup away). Errors are problem+json.

export class ApiError extends Error {
  constructor(status, problem, etag) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.etag = etag;
  }
  get type() { return this.problem.type || ''; }
}

/** Called when the session is gone (401), so the app can show the sign-in page. */
let onSignedOut = () => {};
export function whenSignedOut(callback) { onSignedOut = callback; }

export async function request(method, path, { json, headers = {}, accept = 'application/json', signal, quiet401 } = {}) {
  const init = { method, signal, credentials: 'same-origin',
    headers: { 'X-Requested-With': 'attest', Accept: accept, ...headers } };
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  }
  const response = await fetch(path, init);
  if (!response.ok) {
    let problem = { title: response.statusText, status: response.status };
    try { problem = await response.json(); } catch { /* not JSON */ }
    if (response.status === 401 && !quiet401) onSignedOut();
    throw new ApiError(response.status, problem, response.headers.get('ETag'));
  }
  return response;
}

export async function getJson(path, options) {
  return (await request('GET', path, options)).json();
}

/**
 * One page of a paged list: the items, how many there are in all (X-Total-Count) and the paths of the next and
 * previous pages (the Link header's rel="next" / rel="prev"), null where there is none.
 */
export async function getPage(path) {
  const response = await request('GET', path);
  const links = {};
  for (const part of (response.headers.get('Link') || '').split(',')) {
    const match = part.match(/<([^>]*)>\s*;\s*rel="?(\w+)"?/);
    if (match) {
      const url = new URL(match[1], location.href);
      links[match[2]] = url.pathname + url.search;
    }
  }
  const items = await response.json();
  const total = response.headers.has('X-Total-Count') ? Number(response.headers.get('X-Total-Count')) : items.length;
  return { items, total, next: links.next || null, prev: links.prev || null };
}

export async function send(method, path, json, options = {}) {
  const response = await request(method, path, { ...options, json });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  return { body, etag: unquote(response.headers.get('ETag')) };
}

export function unquote(etag) {
  return etag ? etag.replace(/^W\//, '').replaceAll('"', '') : null;
}
