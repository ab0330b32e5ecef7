/**
 * Deterministic fidelity checks of an English translation or summary against its Danish source, no model involved.
 * <p>
 * Entry point: {@link dev.tolk.fidelity.FidelityChecks} ({@code checkSegment} per title/paragraph, {@code checkArticle}
 * once per article, {@code checkBullet} per summary bullet), each returning {@link dev.tolk.fidelity.Warning}s.
 * Inside: numbers read by one reader ({@code NumberReader}) in each language's notation ({@code DanishNumbers},
 * {@code EnglishNumbers}) and compared by value ({@code NumberKey}, {@code NumberCheck}); names by capitalisation, compounds and an exonym table, {@code fidelity/exonyms.tsv}
 * ({@code NameCheck}, {@code TableMatcher}, {@code EnglishText}), and for bullets the other way round
 * ({@code BulletNames}); glossary terms ({@code GlossaryCheck}); output language by function words first
 * ({@code FunctionWords}), Lingua where that is unsure ({@link dev.tolk.fidelity.LanguageDetector}). Thresholds:
 * {@code tolk.fidelity.*} ({@code FidelityConfig}). The cases they are held to: {@code fixtures/fidelity-cases.tsv}
 * in the tests; their CPU: {@code bench/checks-jmh.sh}.
 */
package dev.tolk.fidelity;
