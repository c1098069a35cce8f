package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.graph.model.Visit;

/** Resolves {@code recordVisit}: an officer's visit, or the follow-up of an earlier one. */
@Controller
class VisitController {

    record VisitInput(String officer, String enterprise, LocalDate date, String notes, List<String> needs,
                      List<String> servicesReferred, LocalDate followUpDate, String followsUp) {
    }

    private final Records records;

    VisitController(Records records) {
        this.records = records;
    }

    @MutationMapping
    Map<String, Object> recordVisit(@Argument VisitInput input, GraphQLContext context) {
        LocalDate date = Fields.required("date", input.date());
        Fields.notBefore("followUpDate", input.followUpDate(), "date", date);
        Visit visit = new Visit(null, Fields.text("officer", input.officer()),
                Fields.uscc("enterprise", input.enterprise()), date, Fields.optionalText("notes", input.notes()),
                Fields.texts("needs", input.needs()), Fields.texts("servicesReferred", input.servicesReferred()),
                input.followUpDate(), Fields.optionalText("followsUp", input.followsUp()));
        return records.write("visit", w -> w.visits().record(visit, CurrentActor.of(context)));
    }
}
