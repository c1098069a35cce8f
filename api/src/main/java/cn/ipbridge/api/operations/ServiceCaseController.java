package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.model.PriorityExaminationOutcome;
import cn.ipbridge.graph.model.ServiceCase;
import cn.ipbridge.graph.model.ServiceCaseKind;

/** Resolves {@code openServiceCase} and {@code recordCaseOutcome}, for every kind of case. */
@Controller
class ServiceCaseController {

    record ServiceCaseInput(ServiceCaseKind kind, String enterprise, String institution, LocalDate opened,
                            LocalDate closed, String outcome, String subject, List<String> patents,
                            List<String> trademarks) {
    }

    record CaseOutcomeInput(String id, String outcome, LocalDate closed) {
    }

    private final Records records;

    ServiceCaseController(Records records) {
        this.records = records;
    }

    @MutationMapping
    Map<String, Object> openServiceCase(@Argument ServiceCaseInput input, GraphQLContext context) {
        ServiceCaseKind kind = Fields.required("kind", input.kind());
        LocalDate opened = Fields.required("opened", input.opened());
        Fields.notBefore("closed", input.closed(), "opened", opened);
        String outcome = Fields.optionalText("outcome", input.outcome());
        if (kind == ServiceCaseKind.PRIORITY_EXAMINATION && outcome != null) {
            priorityOutcome(outcome);
        }
        ServiceCase serviceCase = new ServiceCase(null, kind, Fields.uscc("enterprise", input.enterprise()),
                Fields.optionalText("institution", input.institution()), opened, input.closed(), outcome,
                Fields.optionalText("subject", input.subject()), Fields.applicationNumbers("patents", input.patents()),
                Fields.texts("trademarks", input.trademarks()).stream().distinct().toList());
        return records.write("serviceCase", w -> w.cases().open(serviceCase, CurrentActor.of(context)));
    }

    @MutationMapping
    Map<String, Object> recordCaseOutcome(@Argument CaseOutcomeInput input, GraphQLContext context) {
        String id = Fields.text("id", input.id());
        String outcome = Fields.text("outcome", input.outcome());
        return records.write("serviceCase",
                w -> w.cases().outcome(id, input.closed(), outcome, CurrentActor.of(context)));
    }

    private static void priorityOutcome(String outcome) {
        try {
            PriorityExaminationOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(Fields.name("outcome"),
                    "a priority examination ends RECOMMENDED, ACCEPTED or REJECTED, not " + outcome);
        }
    }
}
