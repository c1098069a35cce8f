package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;

import cn.ipbridge.graph.database.TestDatabase;

/**
 * The statements of the import's hot path (every new row) plan without Eager operators and find nodes through their
 * key's index, never by scan. Dropping replaced links is the exception: Neo4j puts an Eager before deleting
 * relationships it expanded to; that statement runs only for rows that changed an existing node.
 */
class ImportStatementsIT {

    private final TestDatabase db = TestDatabase.get();

    @Test
    void noImportStatementNeedsAnEagerOperatorOrALabelScan() {
        List<String> statements = new ArrayList<>();
        for (ImportEntity entity : ImportEntity.values()) {
            statements.add(ImportStatements.storedHashes(entity));
            if (entity.linksOnly()) {
                // matches its nodes and sets no property: one shape of statement
                statements.add(ImportStatements.writeNodes(entity, List.of()));
                continue;
            }
            if (entity == ImportEntity.IPC_CLASSES) {
                // IPC symbols link to their parent, another IpcClass: the planner cannot tell the matched parent
                // from the merged node and adds an Eager. A scheme import is 77k rows once; the check below
                // still holds for it.
                assertThat(operators(explain(ImportStatements.writeNodes(entity, List.of("titleZh")))))
                        .noneMatch(ImportStatementsIT::scans);
                continue;
            }
            statements.add(ImportStatements.writeNodes(entity, List.of("title", "aliases", "ipcCodes")));
            statements.add(ImportStatements.writeNodes(entity, List.of("title"), entity.targets(), true));
        }
        for (LinkTarget target : LinkTarget.values()) {
            statements.add(ImportStatements.mergeTargets(target));
        }

        for (String statement : statements) {
            List<String> operators = operators(explain(statement));
            assertThat(operators).as(statement).noneMatch(o -> o.startsWith("Eager"));
            assertThat(operators).as(statement).noneMatch(ImportStatementsIT::scans);
        }
    }

    @Test
    void droppingReplacedLinksFindsTheNodesByIndex() {
        for (ImportEntity entity : ImportEntity.values()) {
            for (LinkTarget target : LinkTarget.values()) {
                String statement = ImportStatements.dropLinks(entity, target.type());
                assertThat(operators(explain(statement))).as(statement).noneMatch(ImportStatementsIT::scans);
            }
        }
    }

    private static boolean scans(String operator) {
        return operator.startsWith("NodeByLabelScan") || operator.startsWith("AllNodesScan");
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
