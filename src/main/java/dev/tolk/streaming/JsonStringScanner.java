package dev.tolk.streaming;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a JSON document fed in arbitrary pieces (a model's reply, token by token) and reports the content of each
 * string value as it arrives, with its path ({@code ["segments", 2]}). Jackson's non-blocking parser only reports a
 * string once it is complete, which for a translated paragraph is most of the wait.
 * <p>
 * It is lenient and never throws: what it cannot follow it ignores. The reply is parsed properly (and checked) once
 * it is complete; what was streamed is only a preview the {@code done} event settles.
 */
final class JsonStringScanner {

    /** Receives string content: {@code path} holds object keys (String) and array indices (Integer). */
    interface Listener {
        void text(List<Object> path, String chunk);
    }

    private final Listener listener;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final StringBuilder key = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private boolean inString;
    private boolean stringIsKey;
    private boolean escape;
    private int unicodeLeft;
    private int unicodeValue;
    private List<Object> path;

    JsonStringScanner(Listener listener) {
        this.listener = listener;
    }

    void feed(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (inString) {
                inString(c);
            } else {
                structure(c);
            }
        }
        flush(false);
    }

    private void inString(char c) {
        if (unicodeLeft > 0) {
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                unicodeLeft = 0;
                return;
            }
            unicodeValue = unicodeValue * 16 + digit;
            if (--unicodeLeft == 0) {
                append((char) unicodeValue);
            }
            return;
        }
        if (escape) {
            escape = false;
            switch (c) {
                case 'n' -> append('\n');
                case 't' -> append('\t');
                case 'r' -> append('\r');
                case 'b' -> append('\b');
                case 'f' -> append('\f');
                case 'u' -> {
                    unicodeLeft = 4;
                    unicodeValue = 0;
                }
                default -> append(c);
            }
            return;
        }
        if (c == '\\') {
            escape = true;
        } else if (c == '"') {
            inString = false;
            if (stringIsKey) {
                stack.peek().key = key.toString();
            } else {
                flush(true);
            }
        } else {
            append(c);
        }
    }

    private void structure(char c) {
        Frame top = stack.peek();
        switch (c) {
            case '{' -> stack.push(new Frame(false));
            case '[' -> stack.push(new Frame(true));
            case '}', ']' -> {
                if (!stack.isEmpty()) {
                    stack.pop();
                }
            }
            case ',' -> {
                if (top != null && top.array) {
                    top.index++;
                } else if (top != null) {
                    top.expectKey = true;
                    top.key = null;
                }
            }
            case ':' -> {
                if (top != null && !top.array) {
                    top.expectKey = false;
                }
            }
            case '"' -> {
                inString = true;
                stringIsKey = top != null && !top.array && top.expectKey;
                key.setLength(0);
                path = stringIsKey ? null : path();
            }
            default -> {
                // numbers, literals, whitespace, or prose around the JSON: nothing to report
            }
        }
    }

    private void append(char c) {
        (stringIsKey ? key : pending).append(c);
    }

    /**
     * Reports the content read so far. A high surrogate at the end waits for its low half (a lone one would be
     * an invalid character in the event).
     */
    private void flush(boolean stringEnded) {
        if (pending.isEmpty() || path == null) {
            return;
        }
        String out = pending.toString();
        pending.setLength(0);
        if (!stringEnded && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            pending.append(out.charAt(out.length() - 1));
            out = out.substring(0, out.length() - 1);
        }
        if (!out.isEmpty()) {
            listener.text(path, out);
        }
    }

    private List<Object> path() {
        List<Object> out = new ArrayList<>(stack.size());
        for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext();) {
            Frame f = it.next();
            // A value before any key (malformed) gets the empty key: it matches no item.
            out.add(f.array ? (Object) f.index : f.key == null ? "" : f.key);
        }
        return List.copyOf(out);
    }

    private static final class Frame {
        final boolean array;
        int index;
        String key;
        boolean expectKey = true;

        Frame(boolean array) {
            this.array = array;
        }
    }
}
