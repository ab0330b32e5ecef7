// The two copy actions: what text they make, and putting it on the clipboard.

/** Plain English: the title, then the paragraphs, separated by blank lines. */
export function plainText({ title, body }) {
  return [title, body].filter((s) => s && s.trim()).join('\n\n');
}

/** Markdown: the title as a heading, the summary as bullets, then the text. */
export function markdown({ title, bullets, body }) {
  const parts = [];
  if (title) {
    parts.push(`# ${title}`);
  }
  if (bullets.length > 0) {
    parts.push(bullets.map((b) => `- ${b}`).join('\n'));
  }
  parts.push(body);
  return parts.filter((s) => s && s.trim()).join('\n\n');
}

/**
 * Copies text. The Clipboard API needs a secure context (https or localhost); on plain http inside a newsroom
 * network the older copy command is the only way, so it is the fallback.
 */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // permission refused: try the fallback below
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  const done = document.execCommand('copy');
  area.remove();
  return done;
}
