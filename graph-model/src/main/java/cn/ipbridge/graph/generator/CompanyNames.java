package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Registered names in the form every Shanghai company name takes: 上海 + a two-character trade name + an industry word
 * + an organisational form, e.g. 上海瑞芯微电子科技有限公司. Joint-stock form (股份有限公司) is used by every listed firm,
 * most STAR candidates (they restructure before filing) and a few others. Names are unique; a name already given
 * is drawn again.
 */
final class CompanyNames {

    private static final String[] CHARACTERS = {
        "华hua", "芯xin", "微wei", "创chuang", "博bo", "瑞rui", "联lian", "智zhi", "恒heng", "昊hao", "晟sheng", "睿rui",
        "达da", "泰tai", "鼎ding", "宏hong", "源yuan", "锐rui", "天tian", "龙long", "凯kai", "峰feng", "辰chen",
        "航hang", "盛sheng", "宇yu", "威wei", "立li", "正zheng", "海hai", "普pu", "安an", "康kang", "德de", "汇hui",
        "嘉jia", "亿yi", "光guang", "誉yu", "铭ming", "擎qing", "矽xi", "致zhi", "弘hong", "朗lang", "熠yi", "骏jun",
        "澜lan", "翼yi", "旭xu", "星xing", "沃wo", "捷jie", "优you", "卓zhuo", "迈mai", "珑long", "元yuan", "景jing",
        "磐pan", "拓tuo", "新xin", "科ke", "精jing", "越yue", "衡heng", "启qi", "明ming", "图tu", "驰chi"};
    private static final String JOINT_STOCK = "股份有限公司";
    private static final List<String> OTHER_FORMS = List.of("科技有限公司", "技术有限公司", "科技有限公司", "有限公司");
    /** What a firm was called before it moved into its current field: a trading or general-technology company. */
    private static final List<String> FORMER_WORDS = List.of("实业", "电子", "机电设备", "贸易", "工贸");

    private final Set<String> taken = new HashSet<>();

    /** A registered name not given before, with the trade name it is built on. */
    NamedFirm next(RandomGenerator random, IndustryProfile industry, double jointStockShare) {
        while (true) {
            Brand brand = brand(random);
            String word = industry.nameWords().get(random.nextInt(industry.nameWords().size()));
            String form = random.nextDouble() < jointStockShare
                    ? JOINT_STOCK : OTHER_FORMS.get(random.nextInt(OTHER_FORMS.size()));
            String name = "上海" + brand.hanzi() + word + form;
            if (taken.add(name)) {
                return new NamedFirm(name, brand, aliases(random, brand, word));
            }
        }
    }

    /** A registered name, its trade name and other names it is known by (short name, former name). */
    record NamedFirm(String name, Brand brand, List<String> aliases) {
    }

    /** About 30% go by a short name (华芯微电子), about 10% were renamed from a general trading company. */
    private static List<String> aliases(RandomGenerator random, Brand brand, String word) {
        List<String> aliases = new ArrayList<>(2);
        if (random.nextDouble() < 0.30) {
            aliases.add(brand.hanzi() + word);
        }
        if (random.nextDouble() < 0.10) {
            aliases.add("上海" + brand.hanzi() + FORMER_WORDS.get(random.nextInt(FORMER_WORDS.size())) + "有限公司");
        }
        return aliases;
    }

    /** Two different characters of the trade-name stock. */
    static Brand brand(RandomGenerator random) {
        String first = CHARACTERS[random.nextInt(CHARACTERS.length)];
        String second = first;
        while (second.equals(first)) {
            second = CHARACTERS[random.nextInt(CHARACTERS.length)];
        }
        return new Brand(first.substring(0, 1) + second.substring(0, 1),
                (first.substring(1) + second.substring(1)).toUpperCase(Locale.ROOT));
    }
}
