package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;
import cn.ipbridge.graph.model.IpSituation;
import cn.ipbridge.graph.model.Notice;
import cn.ipbridge.graph.model.NoticeKind;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.taxonomy.District;
import cn.ipbridge.graph.taxonomy.Industry;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;

/**
 * Resolves {@code publishNotice} (the notice and the firms its targets reach, in one transaction), {@code notice}
 * and {@code Notice.reachedFirms}. A request holds one or a few notices, so firms are read per notice.
 */
@Controller
class NoticeController {

    record NoticeInput(String title, NoticeKind kind, String body, LocalDate published, List<String> industries,
                       List<String> districts, List<SrdiLevel> srdiLevels, List<IpSituation> ipSituations) {
    }

    private final Records records;
    private final NoticeQueries queries;

    NoticeController(Records records, NoticeQueries queries) {
        this.records = records;
        this.queries = queries;
    }

    @QueryMapping
    Map<String, Object> notice(@Argument String id) {
        return queries.byId(id).orElse(null);
    }

    @SchemaMapping(typeName = "Notice")
    Connection<Enterprise> reachedFirms(Map<String, Object> notice, @Argument Integer first, @Argument String after) {
        return queries.reachedFirms((String) notice.get("id"), Page.of(first, after));
    }

    @MutationMapping
    Map<String, Object> publishNotice(@Argument NoticeInput input, GraphQLContext context) {
        Notice notice = new Notice(null, Fields.text("title", input.title()), Fields.required("kind", input.kind()),
                Fields.text("body", input.body()), Fields.required("published", input.published()),
                known("industries", input.industries(), StrategicIndustries.all().stream().map(Industry::code)),
                known("districts", input.districts(), ShanghaiDistricts.all().stream().map(District::adcode)),
                input.srdiLevels(),
                input.ipSituations());
        return records.write("notice", w -> w.notices().publish(notice, CurrentActor.of(context)));
    }

    private static List<String> known(String field, List<String> given, Stream<String> codes) {
        Set<String> known = codes.collect(Collectors.toSet());
        List<String> values = Fields.texts(field, given);
        values.stream().filter(v -> !known.contains(v)).findFirst().ifPresent(v -> {
            throw new BadArgumentException(Fields.name(field), "unknown code " + v);
        });
        return values;
    }
}
