package dev.tolk.language;

/** The English a desk asked for; decides spelling and number/date style in the prompt and is part of cache keys. */
public enum TargetVariant {
    EN("en", "English", "British"),
    EN_GB("en-GB", "British English", "British"),
    EN_US("en-US", "American English", "American");

    private final String code;
    private final String language;
    private final String spelling;

    TargetVariant(String code, String language, String spelling) {
        this.code = code;
        this.language = language;
        this.spelling = spelling;
    }

    public String code() {
        return code;
    }

    public String language() {
        return language;
    }

    public String spelling() {
        return spelling;
    }

    /** The variant for a request's {@code target}; null (not given) is {@link #EN}. */
    public static TargetVariant of(String code) {
        if (code == null) {
            return EN;
        }
        for (TargetVariant v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown target " + code);
    }
}
