package cn.ipbridge.api.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** Skips integration tests cleanly when the container target was chosen but no Docker engine is reachable. */
public class RequiresNeo4jTarget implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Neo4jTarget.container()) {
            return ConditionEvaluationResult.enabled("embedded Neo4j");
        }
        return DockerClientFactory.instance().isDockerAvailable()
                ? ConditionEvaluationResult.enabled("Neo4j container")
                : ConditionEvaluationResult.disabled("-Dipbridge.test.neo4j=container but no Docker engine here");
    }
}
