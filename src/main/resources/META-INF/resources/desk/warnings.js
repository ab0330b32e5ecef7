// Where a fidelity warning belongs. tolk's documented warning details start with where they are:
// "Title: ...", "Paragraph 3: ..." (translations), "Bullet 2: ..." (summaries); anything else is about the whole text.

const PLACE = /^(Title|Paragraph (\d+)|Bullet (\d+)):\s*/;

/** {place: 'title'|'paragraph'|'bullet'|null, n (1-based, or null), detail (without the prefix)} */
export function locate(warning) {
  const detail = warning.detail || '';
  const m = PLACE.exec(detail);
  if (!m) {
    return { place: null, n: null, code: warning.code, detail };
  }
  const rest = detail.slice(m[0].length);
  if (m[1] === 'Title') {
    return { place: 'title', n: null, code: warning.code, detail: rest };
  }
  if (m[2]) {
    return { place: 'paragraph', n: Number(m[2]), code: warning.code, detail: rest };
  }
  return { place: 'bullet', n: Number(m[3]), code: warning.code, detail: rest };
}

/** Counts per code, e.g. {numbers: 2, names: 1}. */
export function countByCode(warnings) {
  const out = {};
  for (const w of warnings) {
    out[w.code] = (out[w.code] || 0) + 1;
  }
  return out;
}
