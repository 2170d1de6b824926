// The JSON API client. A read token, if the server needs one, is taken once from ?token= and kept
// for the browser session, then sent as a bearer token.

const TOKEN_KEY = "sourcetrace.token";

function token() {
  const fromUrl = new URLSearchParams(location.search).get("token");
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Keep ``value`` as the read token for this browser session (from the sign-in box). */
export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET ``path`` (under /api) with query ``query``; resolves to parsed JSON or throws ApiError. */
export async function api(path, query = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  const headers = { Accept: "application/json" };
  const t = token();
  if (t) headers.Authorization = `Bearer ${t}`;
  let res;
  try {
    res = await fetch(url, { headers });
  } catch (e) {
    throw new ApiError(0, `cannot reach the server (${e.message})`);
  }
  if (!res.ok) {
    let detail = res.statusText || `HTTP ${res.status}`;
    try {
      const body = await res.json();
      if (typeof body.detail === "string") detail = body.detail;
      else if (body.detail) detail = JSON.stringify(body.detail);
    } catch (_) { /* not JSON */ }
    throw new ApiError(res.status, detail);
  }
  return res.json();
}

/** Links that download an export (``/api/export`` or ``/api/documents/ID/export``) in every
 * registered format. A plain link works when the server is open; with a read token the click
 * fetches the file with the token and saves it, since a link cannot carry a bearer header. */
export async function exportLinks(path, make) {
  let formats;
  try {
    formats = await api("/api/export/formats");
  } catch (_) {
    return [];
  }
  return formats.map((f) => {
    const href = `${path}?format=${encodeURIComponent(f.name)}`;
    const link = make(href, f);
    link.addEventListener("click", async (event) => {
      const t = token();
      if (!t) return;
      event.preventDefault();
      const res = await fetch(new URL(href, location.origin), { headers: { Authorization: `Bearer ${t}` } });
      if (!res.ok) return;
      const name = /filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") || "");
      const url = URL.createObjectURL(await res.blob());
      const save = document.createElement("a");
      save.href = url;
      save.download = name ? name[1] : f.name;
      save.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
    return link;
  });
}

const EDIT_TOKEN_KEY = "sourcetrace.editToken";

/** The editor (ingest) token kept for this browser session, if one was given. */
export function editToken() {
  return sessionStorage.getItem(EDIT_TOKEN_KEY) || "";
}

/** POST ``body`` as JSON to ``path`` with the editor token (kept for the session when given);
 * resolves to the parsed answer or throws ApiError with the server's message. */
export async function post(path, body, tokenValue) {
  if (tokenValue) sessionStorage.setItem(EDIT_TOKEN_KEY, tokenValue);
  const t = tokenValue || editToken();
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  if (t) headers.Authorization = `Bearer ${t}`;
  let res;
  try {
    res = await fetch(new URL(path, location.origin), { method: "POST", headers, body: JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, `cannot reach the server (${e.message})`);
  }
  let answer = null;
  try {
    answer = await res.json();
  } catch (_) { /* not JSON */ }
  if (!res.ok) {
    const detail = answer && typeof answer.detail === "string" ? answer.detail : `HTTP ${res.status}`;
    throw new ApiError(res.status, detail);
  }
  return answer;
}
