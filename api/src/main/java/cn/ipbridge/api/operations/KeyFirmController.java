package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Resolves {@code assignOfficer} (an officer to a key firm) and {@code addKeyTrademark}. */
@Controller
class KeyFirmController {

    record OfficerAssignmentInput(String officer, String enterprise) {
    }

    record KeyTrademarkInput(String registrationNumber, LocalDate since) {
    }

    private final Records records;

    KeyFirmController(Records records) {
        this.records = records;
    }

    @MutationMapping
    Map<String, Object> assignOfficer(@Argument OfficerAssignmentInput input, GraphQLContext context) {
        String officer = Fields.text("officer", input.officer());
        String uscc = Fields.uscc("enterprise", input.enterprise());
        return records.write("assignment",
                w -> w.enterprises().assignOfficer(officer, uscc, CurrentActor.of(context)));
    }

    @MutationMapping
    Map<String, Object> addKeyTrademark(@Argument KeyTrademarkInput input, GraphQLContext context) {
        String number = Fields.text("registrationNumber", input.registrationNumber());
        LocalDate since = Fields.required("since", input.since());
        return records.write("trademark", w -> w.enterprises().keyTrademark(number, since, CurrentActor.of(context)));
    }
}
