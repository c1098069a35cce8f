# Shared by the benchmark scripts, which start an API of their own on IPBRIDGE_BENCH_PORT and measure it.

# Something already answering on the port would be measured instead of the API the script is about to start.
refuse_taken_port() {
  if curl -fs -o /dev/null "http://localhost:$1/actuator/health"; then
    echo "$(basename "$0"): port $1 already answers (another API?); stop it or set IPBRIDGE_BENCH_PORT" >&2
    exit 1
  fi
}
