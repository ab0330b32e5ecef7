package dev.tolk.translation;

import java.util.List;

import dev.tolk.fidelity.Warning;

/**
 * One segment's English and what the fidelity checks still say about it. Only segments with no warnings are
 * cached; a segment with warnings is shared with concurrent waiters and then forgotten.
 */
public record SegmentTranslation(String text, List<Warning> warnings) {

    public SegmentTranslation {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
