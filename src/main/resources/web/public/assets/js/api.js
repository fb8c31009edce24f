// Calls the workbench API with the login cookie; a 401 sends the analyst to the login page.

export class ApiFailure extends Error {
  constructor(status, body) {
    super((body && body.error ? body.error : 'HTTP ' + status) + (body && body.file ? ' (' + body.file + ')' : ''));
    this.status = status;
    this.body = body;
  }
}

export async function api(path, options = {}) {
  const res = await fetch(path, {credentials: 'same-origin', ...options});
  if (res.status === 401 && !path.startsWith('/api/login')) {
    location.href = '/login.html';
    throw new ApiFailure(401, {error: 'log in first'});
  }
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(res.status, body);
  return body;
}

export function postJson(path, value) {
  return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(value)});
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}
