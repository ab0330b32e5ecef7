// The article as rows: Danish on the left, English on the right, one row per segment (the title first, if any).
// Segments are numbered as tolk streams them; paragraphs as tolk cites them (from 1, the title not counted).

import { el, srOnly } from './dom.js';

export class Rows {
  /** @param danish {title: string, paragraphs: string[]} as the editor sent them */
  constructor(tbody, danish) {
    this.tbody = tbody;
    this.hasTitle = Boolean(danish.title);
    this.rows = [];
    tbody.replaceChildren();
    if (this.hasTitle) {
      this.add(danish.title);
    }
    danish.paragraphs.forEach((p) => this.add(p));
  }

  /** The row of segment i, made (with an empty Danish side) if tolk sent more segments than the page counted. */
  row(i) {
    while (this.rows.length <= i) {
      this.add('');
    }
    return this.rows[i];
  }

  add(danishText) {
    const i = this.rows.length;
    const isTitle = this.hasTitle && i === 0;
    const paragraph = isTitle ? null : i + (this.hasTitle ? 0 : 1);
    const english = el('span', { class: 'text' });
    const warnings = el('ul', { class: 'row-warnings' });
    const tr = el('tr', { id: rowId(paragraph), class: isTitle ? 'title-row' : null, tabindex: '-1' },
      el('th', { scope: 'row', class: 'num' }, isTitle ? 'Title' : String(paragraph)),
      el('td', { class: 'da', lang: 'da' }, danishText),
      el('td', { class: 'en pending', lang: 'en' }, english, warnings));
    this.rows.push({ tr, english, warnings, paragraph });
    this.tbody.append(tr);
  }

  append(i, text) {
    const r = this.row(i);
    r.english.textContent += text;
    r.tr.cells[2].classList.remove('pending');
  }

  reset(i) {
    const r = this.row(i);
    r.english.textContent = '';
    r.tr.cells[2].classList.add('pending');
  }

  /** Shows these English segments in place of what the deltas built. */
  settle(segments) {
    segments.forEach((text, i) => {
      this.reset(i);
      this.append(i, text);
    });
  }

  /** Takes the English back (a failed run): what the deltas built is not a translation to keep reading. */
  clearEnglish() {
    this.rows.forEach((r, i) => this.reset(i));
  }

  /** Marks the rows a warning concerns (place 'title' or 'paragraph', from warnings.locate). */
  warn(located) {
    const index = located.place === 'title' ? 0 : located.n - (this.hasTitle ? 0 : 1);
    if (located.place === 'title' && !this.hasTitle) {
      return false;
    }
    const r = this.row(index);
    if (!r.tr.classList.contains('has-warning')) {
      r.tr.classList.add('has-warning');
      r.tr.cells[0].append(el('span', { class: 'warn-icon', 'aria-hidden': 'true' }, '⚠'),
        srOnly(' has a warning'));
    }
    r.warnings.append(warningItem(located));
    return true;
  }

  /** Highlights the rows of these paragraph numbers (1-based; the title is never cited), or none. */
  highlight(paragraphs) {
    const wanted = new Set(paragraphs);
    for (const r of this.rows) {
      r.tr.classList.toggle('cited', r.paragraph != null && wanted.has(r.paragraph));
    }
  }

  /** The English as shown: the title (if any) and the paragraphs. */
  english() {
    const texts = this.rows.map((r) => r.english.textContent);
    return { title: this.hasTitle ? texts[0] : '', paragraphs: this.hasTitle ? texts.slice(1) : texts };
  }

  get count() {
    return this.rows.length;
  }
}

export function rowId(paragraph) {
  return paragraph == null ? 'para-title' : `para-${paragraph}`;
}

export function warningItem(located) {
  return el('li', { class: 'warning' },
    el('span', { class: 'warn-icon', 'aria-hidden': 'true' }, '⚠ '),
    el('span', { class: 'code' }, located.code), ': ', located.detail);
}
