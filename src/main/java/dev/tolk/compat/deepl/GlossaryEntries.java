package dev.tolk.compat.deepl;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import dev.tolk.glossary.GlossaryConfig;

/**
 * DeepL's glossary entry formats, read by Jackson's CSV reader: {@code tsv} (one {@code term<TAB>rendering} per line,
 * no quoting) and {@code csv} (RFC 4180 quoting; {@code term,rendering} with an optional
 * {@code source_lang,target_lang}). The rules are DeepL's: terms are trimmed, none may be empty or hold a control
 * character, a term may appear once.
 */
final class GlossaryEntries {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    private static final CsvSchema TSV_SCHEMA = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar();
    private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema();

    private GlossaryEntries() {
    }

    /**
     * @param format {@code tsv} (the default) or {@code csv}
     * @return Danish term → English rendering, in the order given
     */
    static Map<String, String> read(String format, String entries, GlossaryConfig.Store limits) {
        if (entries == null || entries.isBlank()) {
            throw new BadRequestException("Parameter 'entries' not specified.");
        }
        boolean tsv = format == null || format.isBlank() || format.strip().equalsIgnoreCase("tsv");
        if (!tsv && !format.strip().equalsIgnoreCase("csv")) {
            throw new BadRequestException("Value for 'entries_format' not supported: tsv or csv.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(tsv ? TSV_SCHEMA : CSV_SCHEMA)
                .readValues(entries)) {
            int line = 0;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                line++;
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                add(out, row, line, tsv, limits);
            }
        } catch (IOException e) {
            throw new BadRequestException("The glossary entries cannot be read as " + (tsv ? "TSV" : "CSV") + ".");
        }
        if (out.isEmpty()) {
            throw new BadRequestException("The glossary has no entries.");
        }
        return out;
    }

    /** The entries as DeepL returns them: TSV, one entry per line. */
    static String tsv(Map<String, String> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach((term, rendering) -> out.append(out.isEmpty() ? "" : "\n").append(term).append('\t')
                .append(rendering));
        return out.toString();
    }

    private static void add(Map<String, String> out, String[] row, int line, boolean tsv,
            GlossaryConfig.Store limits) {
        boolean languagesGiven = !tsv && row.length == 4;
        if (row.length != 2 && !languagesGiven) {
            throw new BadRequestException("Entry " + line + " must have a term and its rendering"
                    + (tsv ? ", separated by one tab." : " (and optionally source_lang,target_lang)."));
        }
        if (languagesGiven && !(row[2].strip().toLowerCase(Locale.ROOT).equals(DeepLLanguages.GLOSSARY_SOURCE)
                && row[3].strip().toLowerCase(Locale.ROOT).equals(DeepLLanguages.GLOSSARY_TARGET))) {
            throw new BadRequestException("Entry " + line + " is not da to en.");
        }
        String term = term(row[0], line, limits);
        String rendering = term(row[1], line, limits);
        if (out.putIfAbsent(term, rendering) != null) {
            throw new BadRequestException("Entry " + line + " repeats the term '" + term + "'.");
        }
        if (out.size() > limits.maxEntries()) {
            throw new BadRequestException("A glossary may have at most " + limits.maxEntries() + " entries.");
        }
    }

    private static String term(String raw, int line, GlossaryConfig.Store limits) {
        String t = raw.strip();
        if (t.isEmpty()) {
            throw new BadRequestException("Entry " + line + " has an empty term.");
        }
        if (t.length() > limits.maxTermChars()) {
            throw new BadRequestException("Entry " + line + " has a term over " + limits.maxTermChars()
                    + " characters.");
        }
        if (t.chars().anyMatch(c -> c <= 31 || (c >= 128 && c <= 159) || c == '\u2028' || c == '\u2029')) {
            throw new BadRequestException("Entry " + line + " holds a control character.");
        }
        return t;
    }
}
