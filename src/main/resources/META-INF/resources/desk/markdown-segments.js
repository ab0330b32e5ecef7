// The Danish segments of a Markdown article, read line by line the way tolk's MarkdownText reads them (headings,
// paragraphs, list items, quotes and table cells are segments; code, HTML blocks and rules are not), so the left
// column lines up with the segments tolk streams. Shown as plain text: the markup stays in the document.

const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?:[ \t]+|$)/;
const TABLE_ROW = /^[ \t]*\|/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\/?(?:address|article|aside|blockquote|details|div|dl|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|script|section|style|table|ul)(?:[\s/>]|$))/i;
const INDENTED = /^(?: {4}|\t)/;

export function markdownSegments(text) {
  const out = [];
  const add = (s) => {
    const plain = inlineText(s);
    if (/\p{L}/u.test(withoutCode(s))) {
      out.push(plain);
    }
  };
  let fence = null;
  let htmlBlock = false;
  let inList = false;
  let para = null; // {lines, quotes}
  const flush = () => {
    if (para) {
      add(para.lines.join(' '));
    }
    para = null;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      const s = line.replace(/^[ \t>]*/, '');
      if (s.startsWith(fence) && !s.split(fence[0]).join('').trim()) {
        fence = null;
      }
      continue;
    }
    if (htmlBlock) {
      htmlBlock = line.trim() !== '';
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (!/^\s/.test(line) && !ITEM.test(line)) {
      inList = false;
    }
    const f = FENCE.exec(line);
    if (f) {
      flush();
      fence = f[1];
      continue;
    }
    if (!para && !inList && INDENTED.test(line)) {
      continue;
    }
    if (HTML_BLOCK.test(line)) {
      flush();
      htmlBlock = true;
      continue;
    }
    if (RULE.test(line) || (para && SETEXT.test(line))) {
      flush();
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      line.split(/(?<!\\)\|/).map((c) => c.trim()).filter(Boolean).forEach(add);
      continue;
    }
    let rest = line;
    let quotes = 0;
    let item = false;
    for (;;) {
      const q = QUOTE.exec(rest);
      if (q) {
        rest = rest.slice(q[0].length);
        quotes++;
        continue;
      }
      const i = item ? null : ITEM.exec(rest);
      if (i && !RULE.test(rest)) {
        rest = rest.slice(i[0].length);
        item = true;
        continue;
      }
      break;
    }
    if (!rest.trim()) {
      flush();
      continue;
    }
    const h = ATX.exec(rest);
    if (h) {
      flush();
      add(h[1]);
      continue;
    }
    if (item) {
      inList = true;
    }
    if (para && !item && (quotes === 0 || quotes === para.quotes)) {
      para.lines.push(rest.trim());
      continue;
    }
    flush();
    para = { lines: [rest.trim()], quotes };
  }
  flush();
  return out;
}

/** Markdown inline syntax dropped: images, link targets, emphasis markers, HTML tags, backslash escapes. */
function inlineText(s) {
  return s
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '')
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--.*?-->/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Code spans are not translated: a segment of only code has no words. */
function withoutCode(s) {
  return s.replace(/(`+).+?\1/g, '').replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '');
}
