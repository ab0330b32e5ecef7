// The summary above the article: bullets as they stream, then each with chips naming the paragraphs it cites;
// hovering or focusing a bullet highlights those rows.

import { el, srOnly } from './dom.js';
import { rowId, warningItem } from './rows.js';

export class Summary {
  constructor(list, rows) {
    this.list = list;
    this.rows = rows;
    this.items = [];
    list.replaceChildren();
  }

  item(i) {
    while (this.items.length <= i) {
      const n = this.items.length + 1;
      const text = el('span', { class: 'text' });
      const chips = el('span', { class: 'chips' });
      const warnings = el('ul', { class: 'row-warnings' });
      const li = el('li', { id: `bullet-${n}`, class: 'pending', tabindex: '0' }, text, chips, warnings);
      const item = { li, text, chips, warnings, sources: [] };
      const show = () => this.rows.highlight(item.sources);
      const hide = () => this.rows.highlight([]);
      li.addEventListener('mouseenter', show);
      li.addEventListener('mouseleave', hide);
      li.addEventListener('focusin', show);
      li.addEventListener('focusout', hide);
      this.items.push(item);
      this.list.append(li);
    }
    return this.items[i];
  }

  append(i, text) {
    const item = this.item(i);
    item.text.textContent += text;
    item.li.classList.remove('pending');
  }

  reset(i) {
    const item = this.item(i);
    item.text.textContent = '';
    item.li.classList.add('pending');
  }

  /** The done event: its bullets replace the streamed ones, and each gets its cited paragraphs. */
  settle(done) {
    done.bullets.forEach((text, i) => {
      this.reset(i);
      this.append(i, text);
      const item = this.item(i);
      item.sources = (done.bulletSources && done.bulletSources[i]) || [];
      item.chips.replaceChildren(...item.sources.map(chip));
      if (item.sources.length > 0) {
        item.chips.prepend(srOnly('Cites '));
      }
    });
    this.items.splice(done.bullets.length).forEach((item) => item.li.remove());
  }

  warn(located) {
    if (located.n < 1 || located.n > this.items.length) {
      return false;
    }
    const item = this.items[located.n - 1];
    item.li.classList.add('has-warning');
    item.warnings.append(warningItem(located));
    return true;
  }

  bullets() {
    return this.items.map((item) => item.text.textContent);
  }
}

function chip(paragraph) {
  return el('a', { class: 'chip', href: `#${rowId(paragraph)}` },
    el('span', { 'aria-hidden': 'true' }, '¶'), srOnly('Paragraph'), ` ${paragraph}`);
}
