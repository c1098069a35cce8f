# syntax=docker/dockerfile:1
# The IPBridge API (with the dashboard it serves) as a container image. Not built on the project's CI machines,
# which run no Docker engine: docs/deployment.md says what is checked without one (DeploymentFilesTests).
#   docker build -t ipbridge .
#   docker compose up          (compose.yaml: the API against the official Neo4j 5.26 image)

# --- build: the Maven wrapper (JDK 17) and the dashboard's node/npm, the same command as scripts/run uses ---
FROM node:20-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The caches keep Maven's and npm's downloads between builds (BuildKit, the default builder).
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    ./mvnw -B -q -ntp -DskipTests package

# --- run: a JRE 17, a non-root user, the store (when embedded) and uploads under /data ---
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 ipbridge \
 && useradd --system --uid 10001 --gid ipbridge --home-dir /data --no-create-home ipbridge \
 && mkdir -p /data && chown ipbridge:ipbridge /data
COPY --from=build /src/api/target/ipbridge-api.jar /app/ipbridge-api.jar
USER ipbridge
WORKDIR /data
VOLUME /data
# Settings are environment variables (README "Settings"). Inside a container the API must listen on every
# interface; with NEO4J_URI empty it embeds Neo4j and keeps the store in the volume.
ENV PORT=8080 \
    IPBRIDGE_ADDRESS=0.0.0.0 \
    IPBRIDGE_DATA_DIR=/data/neo4j \
    IPBRIDGE_JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+UseParallelGC -Djava.io.tmpdir=/data/tmp"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health" || exit 1
ENTRYPOINT ["sh", "-c", "mkdir -p /data/tmp && exec java $IPBRIDGE_JAVA_OPTS -jar /app/ipbridge-api.jar \"$@\"", "ipbridge"]
