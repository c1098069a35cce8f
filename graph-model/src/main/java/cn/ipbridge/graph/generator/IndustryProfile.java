package cn.ipbridge.graph.generator;

import java.util.Arrays;
import java.util.List;

import cn.ipbridge.graph.taxonomy.Industry;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;
import cn.ipbridge.graph.taxonomy.TsvResource;

/**
 * What the generator knows of a strategic industry (industry-profiles.tsv): its share of SRDI firms, the words its
 * firms' names and patent titles use, and the Nice classes its trademarks fall in.
 *
 * <p>Weights: high-end equipment 18 (the largest group of SRDI firms, as nationally), IC, biomedicine and new
 * materials 12 each, AI 10, ICT 9, medical devices and NEV 8 each, green 7, aerospace 4.
 *
 * @param nameWords         the industry word of a company name, e.g. 微电子 in 上海华芯微电子科技有限公司
 * @param designProducts    product names for design patents
 * @param niceClasses       trademark classes, the most usual first
 * @param inventionSuffixes endings of invention titles, e.g. 及其制备方法
 */
record IndustryProfile(Industry industry, double weight, List<String> nameWords, List<String> designProducts,
                       List<Integer> niceClasses, List<String> inventionSuffixes) {

    static final List<IndustryProfile> ALL = TsvResource.rows(IndustryProfile.class, "industry-profiles.tsv").stream()
            .map(IndustryProfile::fromRow)
            .toList();

    IndustryProfile {
        nameWords = List.copyOf(nameWords);
        designProducts = List.copyOf(designProducts);
        niceClasses = List.copyOf(niceClasses);
        inventionSuffixes = List.copyOf(inventionSuffixes);
    }

    String code() {
        return industry.code();
    }

    static IndustryProfile of(String code) {
        return ALL.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no industry " + code));
    }

    private static IndustryProfile fromRow(String[] row) {
        Industry industry = StrategicIndustries.byCode(row[0]);
        if (industry == null) {
            throw new IllegalStateException("industry-profiles.tsv names unknown industry " + row[0]);
        }
        return new IndustryProfile(industry, Double.parseDouble(row[1]), words(row[2]), words(row[3]),
                Arrays.stream(row[4].split(",")).map(Integer::valueOf).toList(), words(row[5]));
    }

    private static List<String> words(String field) {
        return Arrays.asList(field.split(","));
    }
}
