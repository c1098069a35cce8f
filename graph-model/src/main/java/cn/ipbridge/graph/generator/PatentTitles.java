package cn.ipbridge.graph.generator;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.taxonomy.IpcClass;

/**
 * Titles and abstracts in the style of Chinese patent documents, built on the Chinese title of the main IPC symbol:
 * 一种 + the symbol's leading phrase + an ending that suits the type and industry (an invention 一种基于碳材料的电极及其制备方法,
 * a utility model 一种…装置; a design is a product name such as 充电桩（T3）). A subgroup title that only qualifies its
 * main group (带齿的, 制造方法) is joined to the main group's phrase. The abstract states the field and one effect.
 * English titles exist only where the IPC symbol has an English title (the 2006 core level).
 */
final class PatentTitles {

    private static final List<String> DEVICE_ENDINGS = List.of("方法", "装置", "系统", "设备", "器", "机", "剂", "物", "材料", "结构");
    private static final List<String> UTILITY_ENDINGS = List.of("装置", "结构", "组件", "设备");
    /** A utility model protects a product's shape or structure: in chemistry, the equipment, not the substance. */
    private static final List<String> SUBSTANCE_EQUIPMENT = List.of("制备装置", "生产设备", "检测装置", "反应装置");
    private static final List<String> SUBSTANCE_SUBCLASSES = List.of("A61K", "A61P", "A01N");
    private static final List<String> EFFECTS = List.of("有效提高了产品的可靠性和一致性。", "显著降低了生产成本，便于推广应用。",
            "具有结构简单、效率高、稳定性好的优点。", "提升了检测精度和处理效率。", "减少了能耗和污染物排放。",
            "延长了使用寿命，降低了维护成本。", "提高了集成度并减小了体积。");
    private static final List<String> ENGLISH_ENDINGS = List.of(" and preparation method thereof",
            " and control method therefor", ", system and method", " and device");

    private final Function<String, String> subclassTitle;

    /** @param subclassTitle a subclass's Chinese title (null if unknown), for main groups whose own is unusable */
    PatentTitles(Function<String, String> subclassTitle) {
        this.subclassTitle = subclassTitle;
    }

    /** Title, abstract and English title (null if none). */
    record Text(String title, String abstractText, String titleEn) {
    }

    Text write(RandomGenerator random, PatentType type, IndustryProfile industry, IpcClass symbol, IpcClass mainGroup,
               boolean withEnglish) {
        String field = field(mainGroup, industry);
        String subject = subject(symbol, mainGroup, field);
        String effect = EFFECTS.get(random.nextInt(EFFECTS.size()));
        return switch (type) {
            case INVENTION -> {
                String title = "一种" + subject + (endsWithAny(subject, DEVICE_ENDINGS) ? ""
                        : industry.inventionSuffixes().get(random.nextInt(industry.inventionSuffixes().size())));
                yield new Text(title, "本发明公开了" + title + "，涉及" + field + "技术领域。该方案对" + subject
                        + "的结构与工艺进行了改进，" + effect, withEnglish ? english(random, symbol, mainGroup) : null);
            }
            case UTILITY_MODEL -> {
                String base = subject.endsWith("方法") ? subject.substring(0, subject.length() - 2) : subject;
                String title = "一种" + base + (substances(symbol) ? SUBSTANCE_EQUIPMENT.get(
                        random.nextInt(SUBSTANCE_EQUIPMENT.size())) : endsWithAny(base, DEVICE_ENDINGS) ? ""
                        : UTILITY_ENDINGS.get(random.nextInt(UTILITY_ENDINGS.size())));
                yield new Text(title, "本实用新型公开了" + title + "，涉及" + field + "技术领域。其结构简单、安装方便，"
                        + effect, null);
            }
            case DESIGN -> {
                String product = industry.designProducts().get(random.nextInt(industry.designProducts().size()));
                String title = random.nextBoolean() ? product
                        : product + "（" + (char) ('A' + random.nextInt(26)) + (1 + random.nextInt(20)) + "）";
                yield new Text(title, "本外观设计产品的名称是" + title + "。本外观设计产品用于" + industry.industry().name()
                        + "领域。本外观设计的设计要点在于产品的形状。", null);
            }
        };
    }

    /** The technical field: the main group's phrase, else the subclass's, else a product of the industry. */
    private String field(IpcClass mainGroup, IndustryProfile industry) {
        String field = IpcTitleWords.chinese(mainGroup.titleZh());
        if (!standsAlone(field)) {
            field = IpcTitleWords.chinese(subclassTitle.apply(mainGroup.code().substring(0, 4)));
        }
        return standsAlone(field) ? field : industry.designProducts().get(0);
    }

    /** A field must name a thing, not qualify one (具有直线运动操作的). */
    private static boolean standsAlone(String phrase) {
        return IpcTitleWords.usable(phrase) && !phrase.endsWith("的");
    }

    /**
     * The phrase a title is built on: the symbol's own where it can stand alone, joined to the field where it only
     * qualifies it (带齿的 + 手动工具), else the field.
     */
    private static String subject(IpcClass symbol, IpcClass mainGroup, String field) {
        if (symbol.code().equals(mainGroup.code())) {
            return field;
        }
        String own = IpcTitleWords.chinese(symbol.titleZh());
        if (!IpcTitleWords.usable(own)) {
            return field;
        }
        if (own.endsWith("的")) {
            String joined = own + field;
            return joined.length() <= 24 ? joined : field;
        }
        return own.length() <= 4 && own.endsWith("方法") ? field + "的" + own : own;
    }

    private static String english(RandomGenerator random, IpcClass symbol, IpcClass mainGroup) {
        String words = IpcTitleWords.english(symbol.titleEn());
        words = words != null ? words : IpcTitleWords.english(mainGroup.titleEn());
        return words == null ? null : words + ENGLISH_ENDINGS.get(random.nextInt(ENGLISH_ENDINGS.size()));
    }

    /** Chemistry, metallurgy and medicines: section C and the drug subclasses. */
    private static boolean substances(IpcClass symbol) {
        return symbol.code().startsWith("C") || SUBSTANCE_SUBCLASSES.contains(symbol.code().substring(0, 4));
    }

    private static boolean endsWithAny(String s, List<String> endings) {
        return endings.stream().anyMatch(s::endsWith);
    }
}
