package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.EnterpriseQueries;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.ListingPlan;
import cn.ipbridge.graph.model.PilotStatus;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * Resolves {@code createEnterprise}, {@code correctEnterprise} and {@code changeSrdiLevel}. The payload shows the
 * firm as every other query does, read after the write commits.
 */
@Controller
class EnterpriseRecordController {

    record EnterpriseInput(String uscc, String name, String district, String industry, List<String> aliases,
                           String address, LocalDate founded, SrdiLevel srdiLevel, Integer srdiYear,
                           Integer employees) {
    }

    record EnterpriseCorrectionInput(String uscc, String name, List<String> aliases, String address,
                                     LocalDate founded, Integer employees, String district, String industry,
                                     Boolean gbt29490Certified, Boolean ipCustody, PilotStatus pilotStatus,
                                     ListingPlan listingPlan) {
    }

    record SrdiLevelInput(String enterprise, SrdiLevel level, Integer year) {
    }

    private final Records records;
    private final EnterpriseQueries enterprises;

    EnterpriseRecordController(Records records, EnterpriseQueries enterprises) {
        this.records = records;
        this.enterprises = enterprises;
    }

    @MutationMapping
    Map<String, Object> createEnterprise(@Argument EnterpriseInput input, GraphQLContext context) {
        String uscc = Fields.uscc("uscc", input.uscc());
        if ((input.srdiLevel() == null) != (input.srdiYear() == null)) {
            throw new BadArgumentException(Fields.name("srdiYear"), "srdiLevel and srdiYear go together");
        }
        Integer year = input.srdiYear() == null ? null : Fields.year("srdiYear", input.srdiYear());
        Integer employees = input.employees() == null ? null : Fields.atLeast("employees", input.employees(), 0);
        Enterprise enterprise = new Enterprise(uscc, Fields.text("name", input.name()),
                Fields.texts("aliases", input.aliases()), Fields.text("district", input.district()),
                Fields.optionalText("address", input.address()), input.founded(),
                Fields.text("industry", input.industry()), input.srdiLevel(), year, false, false, null, null,
                employees);
        return shown(records.write("enterprise", w -> w.enterprises().create(enterprise, CurrentActor.of(context))));
    }

    @MutationMapping
    Map<String, Object> correctEnterprise(@Argument EnterpriseCorrectionInput input, GraphQLContext context) {
        String uscc = Fields.uscc("uscc", input.uscc());
        Map<String, Object> properties = new HashMap<>();
        if (input.name() != null) {
            properties.put("name", Fields.text("name", input.name()));
        }
        if (input.aliases() != null) {
            properties.put("aliases", Fields.texts("aliases", input.aliases()));
        }
        if (input.address() != null) {
            properties.put("address", Fields.text("address", input.address()));
        }
        putIfGiven(properties, "founded", input.founded());
        if (input.employees() != null) {
            properties.put("employees", Fields.atLeast("employees", input.employees(), 0));
        }
        putIfGiven(properties, "gbt29490Certified", input.gbt29490Certified());
        putIfGiven(properties, "ipCustody", input.ipCustody());
        putIfGiven(properties, "pilotStatus", input.pilotStatus());
        putIfGiven(properties, "listingPlan", input.listingPlan());
        String district = input.district() == null ? null : Fields.text("district", input.district());
        String industry = input.industry() == null ? null : Fields.text("industry", input.industry());
        if (properties.isEmpty() && district == null && industry == null) {
            throw new BadArgumentException("input", "give at least one field to correct");
        }
        return shown(records.write("enterprise", w -> w.enterprises().correct(uscc, properties, district, industry,
                CurrentActor.of(context))));
    }

    @MutationMapping
    Map<String, Object> changeSrdiLevel(@Argument SrdiLevelInput input, GraphQLContext context) {
        String uscc = Fields.uscc("enterprise", input.enterprise());
        SrdiLevel level = Fields.required("level", input.level());
        int year = Fields.year("year", input.year());
        return shown(records.write("enterprise",
                w -> w.enterprises().srdiLevel(uscc, level, year, CurrentActor.of(context))));
    }

    private Map<String, Object> shown(Map<String, Object> payload) {
        @SuppressWarnings("unchecked")
        String uscc = (String) ((Map<String, Object>) payload.get("enterprise")).get("uscc");
        payload.put("enterprise", enterprises.byUscc(List.of(uscc)).get(uscc));
        return payload;
    }

    private static void putIfGiven(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value instanceof Enum<?> e ? e.name() : value);
        }
    }
}
