# Shared by the scripts that run the API jar: builds it when it is missing or older than any source.
API_JAR=api/target/ipbridge-api.jar
# The API server's collector: on a few cores with a heap of 1-2 GB the parallel one answers more requests a second
# than G1 (BENCHMARKS.md, "Matchmaking", 7 December, evening). Part of the default JVM options of run and the benchmarks.
API_GC=-XX:+UseParallelGC

ensure_built() {
  # Only what goes into the jar counts: tests, test data and stores written next to the sources do not.
  if [[ ! -f $API_JAR ]] || [[ -n $(find pom.xml graph-model/pom.xml graph-model/src/main api/pom.xml api/src/main \
        dashboard \( -path '*/target' -o -path '*/node_modules' -o -path '*/dist' -o -path 'dashboard/e2e' \
        -o -path 'dashboard/test*' \) -prune -o -type f -newer "$API_JAR" -print -quit) ]]; then
    # The dashboard is built with node and npm: install them first on a machine that lacks them.
    command -v npm >/dev/null 2>&1 || scripts/setup
    echo "Building IPBridge (./mvnw package, tests skipped)..." >&2
    ./mvnw -B -q -ntp -DskipTests package
  fi
}
