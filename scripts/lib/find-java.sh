# Sourced: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME if new enough, else one under /usr/lib/jvm),
# because the machine's default java may be 17, which cannot run yangtools.

takahe_java_major() { # $1 = java executable; prints its major version
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}

takahe_find_java_home() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(takahe_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

JAVA_HOME=$(takahe_find_java_home) || {
  echo "takahe: no Java >= 21 found (looked at JAVA_HOME and /usr/lib/jvm)" >&2; exit 1; }
export JAVA_HOME
