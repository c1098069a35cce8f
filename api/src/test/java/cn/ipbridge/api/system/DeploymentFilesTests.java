package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of the Dockerfile and compose.yaml on a machine without a Docker engine (ours): the compose
 * file parses, runs the official Neo4j 5.26 image and passes the API only settings it reads, the ports agree, and
 * the image builds with the command scripts/run and README use.
 */
class DeploymentFilesTests {

    private static final Path ROOT = Path.of("..");
    private static final Pattern SETTING = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheOfficialNeo4jImageWithAuthenticationFromTheEnvironment() throws IOException {
        Map<String, Object> neo4j = service("neo4j");

        assertThat(neo4j.get("image")).isEqualTo("neo4j:5.26-community");
        assertThat(environment(neo4j).get("NEO4J_AUTH")).asString().startsWith("neo4j/${NEO4J_PASSWORD");
        assertThat((List<Object>) neo4j.get("volumes")).contains("neo4j-data:/data");
    }

    @Test
    void composePointsTheApiAtTheNeo4jServiceWithSettingsTheApplicationReads() throws IOException {
        Map<String, Object> api = service("api");
        Map<String, Object> env = environment(api);
        Set<String> read = settingsTheApplicationReads();

        assertThat(env.get("NEO4J_URI")).isEqualTo("neo4j://neo4j:7687");
        assertThat(env.get("NEO4J_PASSWORD")).isEqualTo("${NEO4J_PASSWORD}");
        assertThat(env.keySet()).allSatisfy(name -> assertThat(read).as("settings the API reads").contains(name));
        assertThat(readme()).as("every setting compose passes is in README's Settings table")
                .contains(env.keySet().stream().map(name -> "| `" + name + "` |").toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublishedPortIsTheApiPortAndTheImageExposesIt() throws IOException {
        Map<String, Object> api = service("api");
        String port = String.valueOf(environment(api).get("PORT"));

        assertThat((List<Object>) api.get("ports")).containsExactly(port + ":" + port);
        assertThat(dockerfile()).contains("ENV PORT=" + port).contains("EXPOSE " + port);
        assertThat(applicationYml()).contains("port: ${PORT:" + port + "}");
    }

    @Test
    void theImageIsBuiltWithTheCommandScriptsRunUsesAndRunsTheJarItBuilds() throws IOException {
        String buildSh = Files.readString(ROOT.resolve("scripts/lib/build.sh"));
        Matcher command = Pattern.compile("\\n\\s*(\\./mvnw [^\\n]*package)\\n").matcher(buildSh);
        assertThat(command.find()).as("scripts/lib/build.sh builds with ./mvnw ... package").isTrue();
        Matcher jar = Pattern.compile("API_JAR=(\\S+)").matcher(buildSh);
        assertThat(jar.find()).isTrue();

        assertThat(dockerfile()).contains(command.group(1) + "\n")
                .contains("COPY --from=build /src/" + jar.group(1) + " ");
        assertThat(readme()).contains("`" + command.group(1) + "`");
    }

    @Test
    void theImageRunsAsANonRootUserOnAJre17WithAHealthCheckAndADataVolume() throws IOException {
        String dockerfile = dockerfile();

        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre\n", "VOLUME /data\n", "/actuator/health")
                .containsPattern("\\nUSER ipbridge\\n").containsPattern("\\nHEALTHCHECK ");
        assertThat(dockerfile.indexOf("USER ipbridge")).isGreaterThan(dockerfile.lastIndexOf("FROM "));
        assertThat(applicationYml()).as("the health endpoint is served").contains("include: health");
    }

    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("compose.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        @SuppressWarnings("unchecked")
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertThat(service).as("compose service " + name).isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }

    /** The environment variables application.yml reads, and the JVM options the image's entry point reads. */
    private static Set<String> settingsTheApplicationReads() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = SETTING.matcher(applicationYml());
        while (m.find()) {
            names.add(m.group(1));
        }
        if (dockerfile().contains("exec java $IPBRIDGE_JAVA_OPTS")) {
            names.add("IPBRIDGE_JAVA_OPTS");
        }
        return names;
    }

    private static String applicationYml() throws IOException {
        return Files.readString(Path.of("src/main/resources/application.yml"));
    }

    private static String dockerfile() throws IOException {
        return Files.readString(ROOT.resolve("Dockerfile"));
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }
}
