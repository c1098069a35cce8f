package cn.ipbridge.api.system;

import java.util.LinkedHashSet;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * The names of the fields a request selects directly under the field being fetched, read from the document's
 * syntax (fragments followed). graphql-java's {@code DataFetchingFieldSelectionSet} answers the same but builds the
 * normalized operation for it, a sizeable part of a light request's cost; a resolver that only asks whether to read
 * something extra needs no more than this. {@code @skip} and {@code @include} are not evaluated: a field they leave
 * out still counts as selected, so at worst something is read that is not returned.
 */
public final class SelectedFields {

    private SelectedFields() {
    }

    public static Set<String> of(DataFetchingEnvironment env) {
        Set<String> names = new LinkedHashSet<>();
        for (Field field : env.getMergedField().getFields()) {
            add(field.getSelectionSet(), env, names);
        }
        return names;
    }

    /** Whether any of the names is selected directly under the field being fetched. */
    public static boolean any(DataFetchingEnvironment env, String... names) {
        Set<String> selected = of(env);
        for (String name : names) {
            if (selected.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Fragments cannot cycle: a document is validated before any field is fetched. */
    private static void add(SelectionSet set, DataFetchingEnvironment env, Set<String> names) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                names.add(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                add(inline.getSelectionSet(), env, names);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition definition = env.getFragmentsByName().get(spread.getName());
                add(definition == null ? null : definition.getSelectionSet(), env, names);
            }
        }
    }
}
