package cn.ipbridge.graph.generator;

import java.util.List;

import cn.ipbridge.graph.model.InstitutionType;

/**
 * What each kind of institution offers and how many firms a year one can take on. A protection centre handles
 * thousands of fast pre-examinations a year; a district workstation or a pre-IPO station a few dozen firms.
 */
final class InstitutionTypeProfile {

    private InstitutionTypeProfile() {
    }

    static List<String> services(InstitutionType type) {
        return switch (type) {
            case TISC -> List.of("专利检索与分析", "专利导航", "技术查新", "知识产权培训");
            case UNIVERSITY_CENTRE -> List.of("专利导航", "专利分析评议", "技术转移对接", "知识产权培训");
            case INFO_OUTLET -> List.of("专利检索", "知识产权信息咨询", "知识产权培训");
            case PROTECTION_CENTRE -> List.of("专利快速预审", "优先审查推荐", "维权援助", "纠纷调解");
            case RIGHTS_WORKSTATION -> List.of("维权援助", "侵权判定咨询", "纠纷调解");
            case OVERSEAS_DISPUTE_CENTRE -> List.of("海外纠纷应对指导", "海外知识产权风险预警");
            case PATENT_AGENCY -> List.of("专利申请代理", "专利挖掘与布局", "贯标辅导", "专利年费管理");
            case PRE_IPO_STATION -> List.of("上市知识产权风险排查", "知识产权尽职调查");
            case TRAINING_BASE -> List.of("知识产权培训", "知识产权人才培养");
        };
    }

    static int yearlyCapacity(InstitutionType type) {
        return switch (type) {
            case PROTECTION_CENTRE -> 1_500;
            case TRAINING_BASE -> 800;
            case PATENT_AGENCY -> 400;
            case TISC -> 300;
            case UNIVERSITY_CENTRE -> 200;
            case INFO_OUTLET -> 150;
            case RIGHTS_WORKSTATION -> 120;
            case OVERSEAS_DISPUTE_CENTRE -> 100;
            case PRE_IPO_STATION -> 60;
        };
    }
}
