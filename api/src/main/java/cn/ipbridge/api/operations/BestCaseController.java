package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.graph.model.BestCase;

/** Resolves {@code recordBestCase}: a best case (优秀案例) about a firm, optionally from a case, visit or deal. */
@Controller
class BestCaseController {

    record BestCaseInput(String title, String writeUp, LocalDate date, String enterprise, String source) {
    }

    private final Records records;

    BestCaseController(Records records) {
        this.records = records;
    }

    @MutationMapping
    Map<String, Object> recordBestCase(@Argument BestCaseInput input, GraphQLContext context) {
        BestCase bestCase = new BestCase(null, Fields.text("title", input.title()),
                Fields.text("writeUp", input.writeUp()), Fields.required("date", input.date()),
                Fields.uscc("enterprise", input.enterprise()), Fields.optionalText("source", input.source()));
        return records.write("bestCase", w -> w.cases().bestCase(bestCase, CurrentActor.of(context)));
    }
}
