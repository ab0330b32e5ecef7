package dev.tolk.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Groups consecutive text segments into chunks under a token budget, never splitting a segment: as few model calls
 * as the budget allows (fewer tokens spent on repeated instructions), yet each reply stays well within what
 * models emit reliably in one go.
 */
@ApplicationScoped
public class ChunkPlanner {

    private final int budgetTokens;

    ChunkPlanner(ChunkConfig config) {
        this.budgetTokens = config.maxInputTokens();
    }

    /** Index ranges into {@code segments}, in order; a segment larger than the budget is a chunk of its own. */
    public List<List<Integer>> plan(List<String> segments) {
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int tokens = 0;
        for (int i = 0; i < segments.size(); i++) {
            int t = estimateTokens(segments.get(i));
            if (!current.isEmpty() && tokens + t > budgetTokens) {
                chunks.add(current);
                current = new ArrayList<>();
                tokens = 0;
            }
            current.add(i);
            tokens += t;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * A deliberately pessimistic estimate (Danish runs at about 3.5–4 characters a token in common tokenizers):
     * a budget must not be exceeded, and an exact count would need the model's own tokenizer.
     */
    static int estimateTokens(String text) {
        return text.length() / 3 + 1;
    }
}
