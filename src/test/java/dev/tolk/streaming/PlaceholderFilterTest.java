package dev.tolk.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholderFilterTest {

    private static String filter(String text, int pieceSize) {
        PlaceholderFilter f = new PlaceholderFilter();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += pieceSize) {
            out.append(f.accept(text.substring(i, Math.min(text.length(), i + pieceSize))));
        }
        return out.toString();
    }

    @Test
    void dropsPlaceholdersWhereverThePiecesSplitThem() {
        String text = "Read <x1>the report</x1> at<x2/>Reuters, 3 < 4 and <b> stays, <<x3>x</x3>.";
        for (int size = 1; size <= text.length(); size++) {
            assertThat(filter(text, size)).as("pieces of %d", size)
                    .isEqualTo("Read the report at Reuters, 3 < 4 and <b> stays, <x.");
        }
    }
}
