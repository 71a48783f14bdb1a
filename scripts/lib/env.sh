# Sourced by the build scripts: a JDK >= 21 on PATH, and the Maven Wrapper told where the
# central repository is.

TAKAHE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export TAKAHE_ROOT
# shellcheck source=find-java.sh
. "$TAKAHE_ROOT/scripts/lib/find-java.sh"
export PATH="$JAVA_HOME/bin:$PATH"

# mvnw reads the repository base from MVNW_REPOURL; take it from the installed Maven's
# super-POM so that no host name is written into the project.
if [ -z "${MVNW_REPOURL:-}" ]; then
  maven_lib=/usr/share/maven/lib
  if command -v mvn >/dev/null; then
    maven_lib=$(dirname "$(readlink -f "$(command -v mvn)")")/../lib
  fi
  for jar in "$maven_lib"/maven-model-builder-*.jar; do
    [ -f "$jar" ] || continue
    MVNW_REPOURL=$(python3 -c 'import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read("org/apache/maven/model/pom-4.0.0.xml").decode())' "$jar" 2>/dev/null \
      | sed -n 's:.*<url>\(.*\)</url>.*:\1:p' | head -n1)
  done
  [ -n "${MVNW_REPOURL:-}" ] && export MVNW_REPOURL
fi
