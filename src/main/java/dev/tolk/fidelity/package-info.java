/**
 * Deterministic fidelity checks of an English translation or summary against its Danish source, no model involved.
 * <p>
 * Entry point: {@link dev.tolk.fidelity.FidelityChecks} ({@code checkSegment} per title/paragraph, {@code checkArticle}
 * once per article, {@code checkBullet} per summary bullet), each returning {@link dev.tolk.fidelity.Warning}s.
 * Inside: numbers read the Danish way ({@code DanishNumbers}) and the English way ({@code EnglishNumbers}) and compared
 * by value ({@code NumberCheck}); names by capitalisation and an exonym table, {@code fidelity/exonyms.tsv}
 * ({@code NameCheck}); glossary terms ({@code GlossaryCheck}); output language with Lingua
 * ({@link dev.tolk.fidelity.LanguageDetector}). Thresholds: {@code tolk.fidelity.*} ({@code FidelityConfig}).
 */
package dev.tolk.fidelity;
