// What a failure means to a person at the desk: one sentence, never a raw problem document.

import { BROKEN_STREAM, OFFLINE } from './api.js';

const TYPES = 'urn:tolk:problem:';

/**
 * The message for a ProblemError: {text, retryAfter, needsKey}. With a retryAfter (seconds), text is a clause the
 * banner ends with the countdown ("...; tolk will try again in N s."); without one it is whole sentences.
 */
export function describe(error) {
  const p = error.problem || {};
  const retryAfter = error.retryAfter ?? p.retryAfter ?? null;
  if (p.status === 401) {
    return { text: 'This tolk needs an API key. Enter it in the API key box above, then translate again.',
      retryAfter: null, needsKey: true };
  }
  if (p.status === 403) {
    return { text: 'tolk did not accept this API key. Check it in the API key box above, then translate again.',
      retryAfter: null, needsKey: true };
  }
  switch (p.type) {
    case `${TYPES}backend-unavailable`:
      return { text: 'The language model is not answering', retryAfter };
    case `${TYPES}deadline-exceeded`:
      return { text: 'The language model took too long to answer', retryAfter };
    case `${TYPES}text-too-large`:
      return { text: `The article is too long for tolk. ${p.detail || ''} Shorten it, or send it in parts.`.trim(),
        retryAfter: null };
    case `${TYPES}unsupported-language`:
      return { text: `tolk cannot translate this article. ${p.detail || ''}`.trim(), retryAfter: null };
    case `${TYPES}invalid-request`:
      return { text: `tolk could not read this request: ${p.detail || p.title}`, retryAfter: null };
    case OFFLINE:
      return { text: 'tolk cannot be reached. Check the network connection, then try again.', retryAfter: null };
    case BROKEN_STREAM:
      return { text: 'The connection to tolk broke off before the translation was complete. Try again.',
        retryAfter: null };
    default:
      break;
  }
  if (retryAfter != null) {
    return { text: p.title || 'tolk is busy', retryAfter };
  }
  const what = p.title || 'Something went wrong';
  const detail = p.detail ? `: ${p.detail}` : '.';
  const status = p.status ? ` (HTTP ${p.status})` : '';
  return { text: `${what}${detail}${status}`, retryAfter: null };
}
