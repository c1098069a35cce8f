package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcLevel;
import cn.ipbridge.graph.taxonomy.IpcScheme;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;
import cn.ipbridge.graph.taxonomy.Industry;

/**
 * The real IPC main groups and subgroups each strategic industry's patents are drawn from: its own subclasses (from
 * {@link StrategicIndustries}) and, for the fifth of patents outside them, its neighbours, the other subclasses of
 * the same IPC classes (e.g. H01M and H01F beside H01L). Lists are in code order; subgroups are looked up once per
 * main group and kept.
 */
final class IndustryFields {

    private final IpcScheme scheme;
    private final Map<String, List<String>> subclasses = new HashMap<>();
    private final Map<String, List<String>> mainGroups = new HashMap<>();
    private final Map<String, List<String>> neighbourMainGroups = new HashMap<>();
    private final Map<String, List<String>> subgroups = new HashMap<>();

    IndustryFields(IpcScheme scheme) {
        this.scheme = scheme;
        for (Industry industry : StrategicIndustries.all()) {
            List<String> own = industry.ipcSubclasses();
            subclasses.put(industry.code(), own.stream().filter(code -> scheme.byCode(code) != null).toList());
            mainGroups.put(industry.code(), mainGroupsOf(own));
            Set<String> neighbours = new LinkedHashSet<>();
            for (String subclass : own) {
                for (IpcClass sibling : scheme.children(subclass.substring(0, 3))) {
                    if (sibling.level() == IpcLevel.SUBCLASS && !own.contains(sibling.code())) {
                        neighbours.add(sibling.code());
                    }
                }
            }
            List<String> neighbourGroups = mainGroupsOf(List.copyOf(neighbours));
            neighbourMainGroups.put(industry.code(),
                    neighbourGroups.isEmpty() ? mainGroups.get(industry.code()) : neighbourGroups);
        }
    }

    /** The industry's subclasses that the IPC scheme has (a subclass the scheme lacks cannot be linked to). */
    List<String> subclasses(String industryCode) {
        return subclasses.get(industryCode);
    }

    /** The main groups under the industry's subclasses, e.g. H01L21/00 for IC. */
    List<String> mainGroups(String industryCode) {
        return mainGroups.get(industryCode);
    }

    /** The main groups of neighbouring subclasses. */
    List<String> neighbourMainGroups(String industryCode) {
        return neighbourMainGroups.get(industryCode);
    }

    /** The subgroups under a main group, at any depth; empty for a main group without any. */
    List<String> subgroups(String mainGroup) {
        return subgroups.computeIfAbsent(mainGroup, code -> scheme.under(code, IpcLevel.SUBGROUP).stream()
                .map(IpcClass::code).sorted().toList());
    }

    IpcClass ipcClass(String code) {
        return scheme.byCode(code);
    }

    private List<String> mainGroupsOf(List<String> subclasses) {
        List<String> groups = new ArrayList<>();
        for (String subclass : subclasses) {
            scheme.under(subclass, IpcLevel.MAIN_GROUP).stream().map(IpcClass::code).sorted().forEach(groups::add);
        }
        return List.copyOf(groups);
    }
}
