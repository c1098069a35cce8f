package cn.ipbridge.api.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        return under(env);
    }

    /**
     * The names selected under a path of fields below the field being fetched: {@code under(env, "candidate",
     * "patent")} for {@code { candidate { patent { title } } }} is {@code [title]}; with no path, as {@link #of}.
     */
    public static Set<String> under(DataFetchingEnvironment env, String... path) {
        List<Field> level = env.getMergedField().getFields();
        for (String name : path) {
            List<Field> below = new ArrayList<>();
            for (Field field : level) {
                fields(field.getSelectionSet(), env, below);
            }
            below.removeIf(field -> !field.getName().equals(name));
            level = below;
        }
        List<Field> selected = new ArrayList<>();
        for (Field field : level) {
            fields(field.getSelectionSet(), env, selected);
        }
        Set<String> names = new LinkedHashSet<>();
        selected.forEach(field -> names.add(field.getName()));
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

    /** The fields of a selection set, fragments followed. Fragments cannot cycle: a document is validated first. */
    private static void fields(SelectionSet set, DataFetchingEnvironment env, List<Field> into) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                into.add(field);
            } else if (selection instanceof InlineFragment inline) {
                fields(inline.getSelectionSet(), env, into);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition definition = env.getFragmentsByName().get(spread.getName());
                fields(definition == null ? null : definition.getSelectionSet(), env, into);
            }
        }
    }
}
