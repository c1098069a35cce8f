package cn.ipbridge.api.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: a calendar date written as ISO-8601 {@code yyyy-MM-dd}. */
@Configuration(proxyBeanMethods = false)
class DateScalar {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO-8601 (yyyy-MM-dd)")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    return parse(String.valueOf(input), CoercingParseValueException::new);
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    if (input instanceof StringValue s) {
                        return parse(s.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("A Date is written as a string, e.g. \"2025-06-30\"");
                }
            })
            .build();

    private static LocalDate parse(String text, java.util.function.Function<String, RuntimeException> error) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error.apply("Not a date in the form yyyy-MM-dd: " + text);
        }
    }

    @Bean
    RuntimeWiringConfigurer dateScalarWiring() {
        return wiring -> wiring.scalar(DATE);
    }
}
