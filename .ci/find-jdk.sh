# shellcheck shell=bash
# Finds a JDK >= 21 (tolk targets Java 21) and exports JAVA_HOME and PATH for it.
#
#   source .ci/find-jdk.sh        # in your shell, before ./mvnw quarkus:dev or ./mvnw verify
#   bash .ci/find-jdk.sh          # just prints the JDK it would use
#
# Looks at, in order: $JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, then every /usr/lib/jvm/* (newest first).
# A candidate must have bin/java reporting version >= 21 and bin/javac (Maven compiles, so a JRE is not enough).
# Safe to source from an interactive shell: on failure it prints why and returns 1, it never exits your shell.

_tolk_java_major() {
    # Prints the feature version of "$1" (a java binary): 25 for "25.0.3", 21 for "21", 8 for "1.8.0_412".
    local v
    v=$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
    [ -n "$v" ] || return 1
    case $v in 1.*) v=${v#1.} ;; esac
    v=${v%%[!0-9]*}
    [ -n "$v" ] || return 1
    printf '%s\n' "$v"
}

_tolk_find_jdk() {
    local min=21 candidate major
    local -a candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
    if [ -d /usr/lib/jvm ]; then
        while IFS= read -r candidate; do
            candidates+=("$candidate")
        done < <(find /usr/lib/jvm -mindepth 1 -maxdepth 1 \( -type d -o -type l \) | sort -V -r)
    fi
    for candidate in "${candidates[@]}"; do
        if [ ! -x "$candidate/bin/java" ] || [ ! -x "$candidate/bin/javac" ]; then
            continue
        fi
        major=$(_tolk_java_major "$candidate/bin/java") || continue
        if [ "$major" -ge "$min" ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

if _tolk_jdk=$(_tolk_find_jdk); then
    export JAVA_HOME="$_tolk_jdk"
    case ":$PATH:" in
        *":$JAVA_HOME/bin:"*) ;;
        *) export PATH="$JAVA_HOME/bin:$PATH" ;;
    esac
    echo "Using JDK $(_tolk_java_major "$JAVA_HOME/bin/java") at $JAVA_HOME" >&2
    unset _tolk_jdk
    if [ "${BASH_SOURCE[0]}" = "$0" ]; then
        printf '%s\n' "$JAVA_HOME"
    fi
else
    unset _tolk_jdk
    echo "No JDK >= 21 found (looked at \$JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm/temurin-25-jdk-amd64 and /usr/lib/jvm/*)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to it." >&2
    # 'return' when sourced, 'exit' when run as a script.
    # shellcheck disable=SC2317
    return 1 2>/dev/null || exit 1
fi
