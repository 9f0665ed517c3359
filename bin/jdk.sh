# Sourced by ./sitrep and ./run-tests: finds a JDK >= 21 without the user setting JAVA_HOME.
# Order: $JAVA_HOME when it is >= 21, then the newest JDK under /usr/lib/jvm, then `java` on the PATH.
sitrep_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

sitrep_find_jdk() {
  local candidates=() home major best="" best_major=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for home in /usr/lib/jvm/*/; do candidates+=("${home%/}"); done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  # JAVA_HOME wins when it is new enough; otherwise take the newest.
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(sitrep_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/javac" ] || continue
    major=$(sitrep_java_major "$home/bin/java")
    if [ "${major:-0}" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  if [ "$best_major" -ge 21 ]; then echo "$best"; return 0; fi
  echo "sitrep: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
  return 1
}
