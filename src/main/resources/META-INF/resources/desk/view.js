// The parts of the result around the rows: the warning bar, the footer, the demo banner, the error banner.

import { el } from './dom.js';
import { countByCode } from './warnings.js';
import { rowId } from './rows.js';

/**
 * The bar at the top: how many fidelity warnings, by check, each a link to where it is.
 * @param located warnings.locate results, each with a .from ('translation' or 'summary')
 */
export function renderWarningBar(bar, located) {
  bar.replaceChildren();
  bar.classList.toggle('has-warnings', located.length > 0);
  if (located.length === 0) {
    bar.append(el('span', { class: 'ok-icon', 'aria-hidden': 'true' }, '✓ '), 'No fidelity warnings');
    return;
  }
  const counts = Object.entries(countByCode(located)).map(([code, n]) => `${code} ${n}`).join(', ');
  const noun = located.length === 1 ? 'fidelity warning' : 'fidelity warnings';
  bar.append(el('span', { class: 'warn-icon', 'aria-hidden': 'true' }, '⚠ '),
    el('strong', {}, `${located.length} ${noun}`), ` (${counts})`);
  const list = el('ul', { class: 'warning-links' });
  for (const w of located) {
    list.append(el('li', {}, placeLink(w), ` ${w.code}: `, w.detail));
  }
  bar.append(list);
}

function placeLink(w) {
  if (w.place === 'title') {
    return el('a', { href: `#${rowId(null)}` }, 'Title');
  }
  if (w.place === 'paragraph') {
    return el('a', { href: `#${rowId(w.n)}` }, `Paragraph ${w.n}`);
  }
  if (w.place === 'bullet') {
    return el('a', { href: `#bullet-${w.n}` }, `Summary bullet ${w.n}`);
  }
  return el('span', {}, w.from === 'summary' ? 'Summary' : 'Whole article');
}

/** The footer: model, cached, tokens spent and prompt version of each half. */
export function renderMeta(footer, translation, summary) {
  const dl = el('dl');
  const add = (name, r) => {
    if (!r) {
      return;
    }
    const tokens = r.usage ? `${r.usage.inputTokens} in, ${r.usage.outputTokens} out` : 'none';
    dl.append(el('div', { class: 'meta-group' },
      el('dt', {}, name),
      el('dd', {}, `model ${r.model}`), el('dd', {}, r.cached ? 'cached' : 'not cached'),
      el('dd', {}, `tokens ${tokens}`), el('dd', {}, `prompt ${r.promptVersion}`)));
  };
  add('Translation', translation);
  add('Summary', summary);
  footer.replaceChildren(dl);
  footer.hidden = !translation && !summary;
}

/** Whether an answer came from the demo backend (dev mode with no model configured). */
export function isDemo(...responses) {
  return responses.some((r) => r && r.model === 'demo');
}
