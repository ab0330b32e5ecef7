package dev.tolk.markup;

import java.util.List;

/** A marked-up article split into the segments to translate, able to put translated segments back in place. */
interface SegmentedText {

    /** The segments with text to translate, in document order. */
    List<Inline> segments();

    /**
     * The document with segment {@code i} replaced by {@code translated.get(i)}; everything else is kept. Call once:
     * an HTML document is changed in place.
     */
    String render(List<String> translated);
}
