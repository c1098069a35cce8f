package cn.ipbridge.graph.importing;

import java.util.Locale;

import cn.ipbridge.graph.identifier.PublicationNumber;
import cn.ipbridge.graph.model.PatentType;

/** Patent types as exports write them: 发明, 实用新型, 外观设计 (or 发明专利...), or the enum names. */
final class PatentTypeText {

    private PatentTypeText() {
    }

    static PatentType parse(String text) {
        for (PatentType type : PatentType.values()) {
            if (text.startsWith(type.nameZh()) || text.toUpperCase(Locale.ROOT).replace(' ', '_').equals(type.name())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown patent type '" + text + "' (发明, 实用新型, 外观设计)");
    }

    /** From the kind code of a Chinese publication: U/Y utility model, S/D design, otherwise invention. */
    static PatentType fromPublication(PublicationNumber publication) {
        return switch (publication.kind().charAt(0)) {
            case 'U', 'Y' -> PatentType.UTILITY_MODEL;
            case 'S', 'D' -> PatentType.DESIGN;
            default -> PatentType.INVENTION;
        };
    }
}
