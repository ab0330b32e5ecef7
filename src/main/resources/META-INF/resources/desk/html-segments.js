// The Danish segments of an HTML article, found the way tolk's HtmlText finds them: the browser's own HTML parser
// (DOMParser makes an inert document: no script runs, nothing loads), then runs of inline content between blocks.
// The lists mirror HtmlText's so that the rows line up with the segments tolk streams.

const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'colgroup', 'col', 'frameset', 'frame',
  'noframes']);
const KEPT_BLOCKS = new Set(['pre', 'head', 'listing', 'xmp', 'plaintext']);
const KEPT_INLINE = new Set(['code', 'kbd', 'samp', 'var', 'tt', 'br', 'wbr', 'img', 'picture', 'source', 'track',
  'svg', 'math', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas',
  'input', 'select', 'textarea', 'button', 'meter', 'progress']);

export function htmlSegments(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = [];
  collect(doc.body, out);
  return out;
}

function collect(container, out) {
  let run = [];
  const flush = () => {
    const words = run.map((n) => text(n, false)).join('').replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(words)) {
      out.push(run.map((n) => text(n, true)).join('').replace(/\s+/g, ' ').trim());
    }
    run = [];
  };
  for (const child of container.childNodes) {
    if (child.nodeType !== Node.ELEMENT_NODE || isInline(child)) {
      run.push(child);
      continue;
    }
    flush();
    if (!KEPT_BLOCKS.has(child.localName)) {
      collect(child, out);
    }
  }
  flush();
}

function isInline(el) {
  const name = el.localName;
  if (KEPT_INLINE.has(name)) {
    return true;
  }
  if (BLOCKS.has(name) || KEPT_BLOCKS.has(name)) {
    return false;
  }
  return [...el.children].every(isInline);
}

/** A node's text; the content of kept inline elements (code, media) only for display, never as words. */
function text(node, display) {
  if (node.nodeType === Node.TEXT_NODE) {
    return node.data;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return '';
  }
  if (KEPT_INLINE.has(node.localName)) {
    return display && /^(code|kbd|samp|var|tt)$/.test(node.localName) ? node.textContent : ' ';
  }
  return [...node.childNodes].map((n) => text(n, display)).join('');
}
