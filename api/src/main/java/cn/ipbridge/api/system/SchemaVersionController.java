package cn.ipbridge.api.system;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves {@code schemaVersion}. */
@Controller
class SchemaVersionController {

    private final GraphSchema schema;

    SchemaVersionController(GraphSchema schema) {
        this.schema = schema;
    }

    @QueryMapping
    String schemaVersion() {
        return schema.version();
    }
}
