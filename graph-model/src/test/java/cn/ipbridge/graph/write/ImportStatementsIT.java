package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;

import cn.ipbridge.graph.database.TestDatabase;

/** The import statements plan without Eager operators and find nodes through their key's index, never by scan. */
class ImportStatementsIT {

    private final TestDatabase db = TestDatabase.get();

    @Test
    void noImportStatementNeedsAnEagerOperatorOrALabelScan() {
        List<String> statements = new ArrayList<>();
        for (ImportEntity entity : ImportEntity.values()) {
            statements.add(ImportStatements.storedHashes(entity));
            statements.add(ImportStatements.mergeNodes(entity, List.of("title", "aliases", "ipcCodes")));
            for (LinkTarget target : LinkTarget.values()) {
                statements.add(ImportStatements.dropLinks(entity, target.type()));
                statements.add(ImportStatements.createLinks(entity, target));
            }
        }
        for (LinkTarget target : LinkTarget.values()) {
            statements.add(ImportStatements.mergeTargets(target));
        }

        for (String statement : statements) {
            List<String> operators = operators(explain(statement));
            assertThat(operators).as(statement).noneMatch(o -> o.startsWith("Eager"))
                    .noneMatch(o -> o.startsWith("NodeByLabelScan") || o.startsWith("AllNodesScan"));
        }
    }

    private Plan explain(String statement) {
        try (var session = db.driver().session()) {
            return session.run("EXPLAIN " + statement,
                    Map.of("rows", List.of(), "keys", List.of(), "links", List.of())).consume().plan();
        }
    }

    private static List<String> operators(Plan plan) {
        List<String> operators = new ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }
}
