package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.model.Trademark;

/**
 * A firm's registered trademarks, from its own stream: little giants 2-5, others 1-3. They carry the trade name in
 * characters, in pinyin, as a word-and-device mark and so on, in the Nice classes of the firm's industry (the first
 * always, the second 60%, class 35 or 42 sometimes). 85% registered, 8% renewed, 5% pending, 2% invalidated; the
 * city's key-protection list holds 12% of little giants' registered marks, 3% of municipal, 1% of innovative SMEs'.
 * Registration numbers are 8 digits made from the firm's index, so unique. A key mark was put on the list on a day
 * between 2022-01-01 and the reference date, worked out from its number (so no other draw moves).
 */
final class TrademarkFactory {

    private static final Weighted<Integer> GIANT_COUNTS = Weighted.of(List.of(2, 3, 4, 5), 20, 30, 30, 20);
    private static final Weighted<Integer> OTHER_COUNTS = Weighted.of(List.of(1, 2, 3), 45, 35, 20);
    private static final Weighted<String> STATUSES = Weighted.of(List.of("已注册", "续展注册", "注册申请中", "已无效"),
            85, 8, 5, 2);
    private static final int MAX_PER_FIRM = 8;
    private static final long NUMBERS = 89_000_000L;
    private static final LocalDate KEY_LIST_START = LocalDate.parse("2022-01-01");

    private final Randomness randomness;

    TrademarkFactory(Randomness randomness) {
        this.randomness = randomness;
    }

    List<Trademark> of(Firm firm) {
        SplittableRandom random = randomness.of(Part.TRADEMARKS, firm.index());
        int count = (firm.level() == SrdiLevel.LITTLE_GIANT ? GIANT_COUNTS : OTHER_COUNTS).pick(random);
        IndustryProfile industry = IndustryProfile.of(firm.industryCode());
        List<Trademark> marks = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            String status = STATUSES.pick(random);
            boolean registered = status.equals("已注册") || status.equals("续展注册");
            boolean key = registered && random.nextDouble() < FirmTraits.byLevel(firm.level(), 0.12, 0.03, 0.01);
            String number = registrationNumber(firm.index(), j);
            marks.add(new Trademark(number, markName(firm.brand(), j), niceClasses(random, industry), status, key,
                    firm.uscc(), key ? keyProtectionSince(number) : null));
        }
        return marks;
    }

    private static String registrationNumber(int firmIndex, int j) {
        long slot = (long) firmIndex * MAX_PER_FIRM + j;
        return Long.toString(10_000_000L + (7_777_777L * slot + 13_579_135L) % NUMBERS);
    }

    private static LocalDate keyProtectionSince(String number) {
        long days = ChronoUnit.DAYS.between(KEY_LIST_START, OperationsYear.REFERENCE_DATE) + 1;
        return KEY_LIST_START.plusDays(Math.floorMod(Randomness.mix(Long.parseLong(number)), days));
    }

    private static String markName(Brand brand, int j) {
        return switch (j) {
            case 0 -> brand.hanzi();
            case 1 -> brand.pinyin();
            case 2 -> brand.hanzi() + "及图";
            case 3 -> brand.hanzi() + "科技";
            default -> brand.pinyin().charAt(0) + "" + brand.pinyin().charAt(brand.pinyin().length() / 2);
        };
    }

    private static List<Integer> niceClasses(RandomGenerator random, IndustryProfile industry) {
        List<Integer> classes = new ArrayList<>(3);
        classes.add(industry.niceClasses().get(0));
        if (industry.niceClasses().size() > 1 && random.nextDouble() < 0.6) {
            classes.add(industry.niceClasses().get(1));
        }
        int extra = random.nextDouble() < 0.5 ? 35 : 42;
        if (random.nextDouble() < 0.2 && !classes.contains(extra)) {
            classes.add(extra);
        }
        return classes;
    }
}
