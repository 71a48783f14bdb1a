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
  for jar in /usr/share/maven/lib/maven-model-builder-*.jar; do
    [ -f "$jar" ] || continue
    MVNW_REPOURL=$(unzip -p "$jar" org/apache/maven/model/pom-4.0.0.xml 2>/dev/null \
      | sed -n 's:.*<url>\(.*\)</url>.*:\1:p' | head -n1)
  done
  [ -n "${MVNW_REPOURL:-}" ] && export MVNW_REPOURL
fi
