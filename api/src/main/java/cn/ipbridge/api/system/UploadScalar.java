package cn.ipbridge.api.system;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Upload} scalar: a file part of a multipart request, put into the variables by
 * {@link MultipartGraphQlController}. It is input only and cannot be written inline in a query.
 */
@Configuration(proxyBeanMethods = false)
class UploadScalar {

    private static final String HOW = "a file is sent as a part of a multipart/form-data request (operations, map, "
            + "file parts) with the variable set to null in operations";

    static final GraphQLScalarType UPLOAD = GraphQLScalarType.newScalar()
            .name("Upload")
            .description("A file sent as a part of a multipart/form-data request")
            .coercing(new Coercing<Upload, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    throw new CoercingSerializeException("Upload is an input type only");
                }

                @Override
                public Upload parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof Upload upload) {
                        return upload;
                    }
                    throw new CoercingParseValueException("Not a file: " + HOW);
                }

                @Override
                public Upload parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                           Locale locale) {
                    throw new CoercingParseLiteralException("An Upload cannot be written in the query: " + HOW);
                }
            })
            .build();

    @Bean
    RuntimeWiringConfigurer uploadScalarWiring() {
        return wiring -> wiring.scalar(UPLOAD);
    }
}
