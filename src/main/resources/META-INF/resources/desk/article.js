// What the editor typed, read the way tolk reads it: the request bodies, the glossary, and the Danish segments that
// the rows show on the left (segment numbers must match the ones tolk streams).

import { htmlSegments } from './html-segments.js';
import { markdownSegments } from './markdown-segments.js';

/** Reads the form into {title, text, target, maxBullets, format, glossary}; throws Error with a message to show. */
export function readForm(form) {
  const get = (name) => form.elements[name].value;
  const text = get('text');
  if (!text.trim()) {
    throw new FieldError('text', 'Paste the Danish article into the text box first.');
  }
  const maxBullets = Number(get('maxBullets'));
  if (!Number.isInteger(maxBullets) || maxBullets < 1 || maxBullets > 10) {
    throw new FieldError('maxBullets', 'Summary bullets must be a whole number from 1 to 10.');
  }
  return {
    title: get('title').trim(),
    text,
    target: get('target'),
    maxBullets,
    format: get('format'),
    glossary: parseGlossary(get('glossary')),
  };
}

/** A problem with one form field: the field to focus and what to say. */
export class FieldError extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

/** "Danish term = English rendering" lines into an object; blank lines are skipped. */
export function parseGlossary(lines) {
  const out = {};
  lines.split('\n').forEach((line, i) => {
    if (!line.trim()) {
      return;
    }
    const at = line.indexOf('=');
    const term = at < 0 ? '' : line.slice(0, at).trim();
    const rendering = at < 0 ? '' : line.slice(at + 1).trim();
    if (!term || !rendering) {
      throw new FieldError('glossary', `Glossary line ${i + 1} needs the form "Danish term = English rendering".`);
    }
    out[term] = rendering;
  });
  return out;
}

/**
 * The request bodies. source "auto": Danish, Norwegian and Swedish are translated, and an article in another
 * language is refused with a message rather than translated with a warning.
 */
export function translateBody(a) {
  return withOptional({ text: a.text, source: 'auto', target: a.target, format: a.format }, a);
}

export function summarizeBody(a) {
  return withOptional({ text: a.text, source: 'auto', maxBullets: a.maxBullets, format: a.format }, a);
}

function withOptional(body, a) {
  if (a.title) {
    body.title = a.title;
  }
  if (Object.keys(a.glossary).length > 0) {
    body.glossary = a.glossary;
  }
  return body;
}

/** The Danish paragraphs (segments, for Markdown and HTML) in tolk's order, title not included. */
export function danishSegments(text, format) {
  if (format === 'html') {
    return htmlSegments(text);
  }
  if (format === 'markdown') {
    return markdownSegments(text);
  }
  return plainParagraphs(text);
}

/** As tolk's ArticleParser: line endings unified, split on blank lines, each paragraph trimmed, empty ones dropped. */
export function plainParagraphs(text) {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
