# Sourced by the scripts: finds a JDK >= 21 and tells the Maven Wrapper where the
# central repository is. The machine's default java may be older (17), which cannot
# run yangtools.

takahe_java_major() { # $1 = java executable; prints the major version
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}

takahe_find_java_home() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(takahe_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

JAVA_HOME=$(takahe_find_java_home) || {
  echo "takahe: no JDK >= 21 found (looked at JAVA_HOME and /usr/lib/jvm)" >&2; exit 1; }
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

# mvnw reads the repository base from MVNW_REPOURL; take it from the installed Maven's
# super-POM so no host name is written into the project.
if [ -z "${MVNW_REPOURL:-}" ]; then
  for jar in /usr/share/maven/lib/maven-model-builder-*.jar; do
    [ -f "$jar" ] || continue
    MVNW_REPOURL=$(unzip -p "$jar" org/apache/maven/model/pom-4.0.0.xml 2>/dev/null \
      | sed -n 's:.*<url>\(.*\)</url>.*:\1:p' | head -n1)
  done
  [ -n "${MVNW_REPOURL:-}" ] && export MVNW_REPOURL
fi

TAKAHE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export TAKAHE_ROOT
