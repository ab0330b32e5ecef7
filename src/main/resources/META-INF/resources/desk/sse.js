// Server-Sent Events over fetch: EventSource cannot POST, so the page reads the response body itself.

/**
 * Yields the events of an SSE response as {name, data}, data parsed as JSON (tolk sends one JSON document per
 * event). Blocks are separated by a blank line; "event:" names a block, "data:" lines are joined with "\n".
 */
export async function* readEvents(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      // tolk ends lines with "\n"; dropping carriage returns also reads "\r\n" streams correctly.
      buffer += value.replace(/\r/g, '');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = parseBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) {
          yield event;
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
  const last = parseBlock(buffer);
  if (last) {
    yield last;
  }
}

/** One event block, or null for a comment or an empty block. */
export function parseBlock(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) {
      name = line.slice(6).trim();
    } else if (line.startsWith('data:')) {
      const value = line.slice(5);
      data.push(value.startsWith(' ') ? value.slice(1) : value);
    }
  }
  if (data.length === 0) {
    return null;
  }
  return { name, data: JSON.parse(data.join('\n')) };
}
