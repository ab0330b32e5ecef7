// Building DOM from elements and text nodes: server and user text is never parsed as HTML.

/** el('li', {class: 'x', dataset: {n: 1}}, 'text', child) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...children.filter((c) => c != null && c !== false));
  return node;
}

/** A span read only by screen readers (the words that stand in for an icon or a colour). */
export function srOnly(text) {
  return el('span', { class: 'visually-hidden' }, text);
}
