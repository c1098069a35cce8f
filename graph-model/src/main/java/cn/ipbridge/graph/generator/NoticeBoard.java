package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.IpSituation;
import cn.ipbridge.graph.model.Notice;
import cn.ipbridge.graph.model.NoticeKind;
import cn.ipbridge.graph.model.SrdiLevel;

/**
 * Two notices a month over the operations year, kinds in turn (law, policy, call, news, typical case). Each targets
 * something, so none reaches every firm: one industry (by weight) 40%, else a district 30%, else the little giants
 * and municipal SRDI firms; a call also targets an IP situation (no invention patent, or pledged IP).
 */
final class NoticeBoard {

    private static final List<NoticeKind> KINDS = List.of(NoticeKind.values());
    private static final List<String> DISTRICTS = List.of("310115", "310104", "310112", "310110", "310114",
            "310117", "310118", "310120");

    private final Randomness randomness;

    NoticeBoard(Randomness randomness) {
        this.randomness = randomness;
    }

    List<Notice> plan() {
        SplittableRandom random = randomness.of(Part.NOTICES);
        Weighted<IndustryProfile> industries = Weighted.of(IndustryProfile.ALL, IndustryProfile::weight);
        return IntStream.range(0, 24).mapToObj(i -> {
            NoticeKind kind = KINDS.get(i % KINDS.size());
            LocalDate day = OperationsYear.workingDay(OperationsYear.START.plusMonths(i / 2).plusDays(
                    (i % 2) * 14L + random.nextInt(10)));
            double target = random.nextDouble();
            List<String> industry = target < 0.4 ? List.of(industries.pick(random).code()) : List.of();
            List<String> district = target >= 0.4 && target < 0.7
                    ? List.of(DISTRICTS.get(random.nextInt(DISTRICTS.size()))) : List.of();
            List<SrdiLevel> levels = target >= 0.7
                    ? List.of(SrdiLevel.LITTLE_GIANT, SrdiLevel.MUNICIPAL_SRDI) : List.of();
            List<IpSituation> situations = kind == NoticeKind.CALL
                    ? List.of(random.nextBoolean() ? IpSituation.NO_INVENTION_PATENT : IpSituation.PLEDGED_IP)
                    : List.of();
            return new Notice(SerialIds.of("NT", 4, i + 1), title(kind, day), kind, body(kind), day, industry,
                    district, levels, situations);
        }).toList();
    }

    private static String title(NoticeKind kind, LocalDate day) {
        return switch (kind) {
            case LAW -> "《上海市知识产权保护条例》解读（" + day.getYear() + "年" + day.getMonthValue() + "月）";
            case POLICY -> "关于支持专精特新企业知识产权高质量发展的若干措施";
            case CALL -> day.getYear() + "年度知识产权质押融资贴息项目申报通知";
            case NEWS -> "知识产权特派员服务专精特新企业工作动态（" + day.getMonthValue() + "月）";
            case TYPICAL_CASE -> "专精特新企业知识产权保护典型案例（" + day.getMonthValue() + "月）";
        };
    }

    private static String body(NoticeKind kind) {
        return switch (kind) {
            case LAW -> "介绍条例的主要内容和企业应当注意的事项。";
            case POLICY -> "明确支持方向、申报条件和兑现方式，请相关企业关注。";
            case CALL -> "符合条件的企业请在截止日期前通过系统提交申报材料。";
            case NEWS -> "本月特派员走访企业、对接服务和开展培训的情况。";
            case TYPICAL_CASE -> "选取本月办结的典型案例，供企业参考借鉴。";
        };
    }
}
