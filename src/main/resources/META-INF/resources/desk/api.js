// The calls the page makes to tolk's streaming API, and the one error type it turns every failure into.

import { readEvents } from './sse.js';

const KEY_STORAGE = 'tolk.apiKey';

/** A failure as a problem document (RFC 9457): tolk's own, or one made here for network and stream failures. */
export class ProblemError extends Error {
  constructor(problem, retryAfter) {
    super(problem.detail || problem.title || 'Request failed');
    this.problem = problem;
    this.retryAfter = retryAfter ?? null;
  }
}

/** Problem types the page makes itself, for failures that never reached tolk's problem builder. */
export const OFFLINE = 'urn:tolk-desk:offline';
export const BROKEN_STREAM = 'urn:tolk-desk:broken-stream';

export function savedKey() {
  return sessionStorage.getItem(KEY_STORAGE) || '';
}

export function saveKey(key) {
  if (key) {
    sessionStorage.setItem(KEY_STORAGE, key);
  } else {
    sessionStorage.removeItem(KEY_STORAGE);
  }
}

/**
 * POSTs body to path asking for Server-Sent Events; calls onEvent(name, data) for each delta and reset, and
 * resolves with the data of done. Rejects with a ProblemError (or the AbortError when signal aborts).
 */
export async function stream(path, body, { signal, refresh, onEvent }) {
  const response = await send(path, body, signal, refresh);
  if (!response.ok) {
    throw await problemOf(response);
  }
  for await (const { name, data } of readEvents(response)) {
    if (name === 'done') {
      return data;
    }
    if (name === 'error') {
      throw new ProblemError(data, data.retryAfter);
    }
    onEvent(name, data);
  }
  throw new ProblemError({ type: BROKEN_STREAM, title: 'Broken stream', status: 0,
    detail: 'The connection closed before tolk finished.' });
}

async function send(path, body, signal, refresh) {
  const headers = { 'Content-Type': 'application/json', Accept: 'text/event-stream' };
  const key = savedKey();
  if (key) {
    headers.Authorization = `Bearer ${key}`;
  }
  if (refresh) {
    headers['Cache-Control'] = 'no-cache';
  }
  try {
    // No fetch cache mode: "no-store" or "reload" would add Cache-Control: no-cache, and tolk would skip its cache.
    return await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), signal });
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    throw new ProblemError({ type: OFFLINE, title: 'No connection', status: 0, detail: String(e.message || e) });
  }
}

/** The problem document of an error response; a body that is not one still becomes one, never shown raw. */
async function problemOf(response) {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let problem = null;
  if (/json/.test(response.headers.get('Content-Type') || '')) {
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
  }
  if (!problem || typeof problem !== 'object') {
    problem = { title: response.statusText || `HTTP ${response.status}` };
  }
  return new ProblemError({ ...problem, status: problem.status || response.status }, retryAfter);
}

/** Retry-After in seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value) {
  if (!value) {
    return null;
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim());
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}
