package cn.ipbridge.api.reporting;

/** The programme's yearly targets, with the Chinese wording the office uses. */
enum TargetKind {
    TRAINING_SESSIONS("全年开展知识产权培训不少于%s场"),
    TRAINEES("全年培训企业人员超过%s人次"),
    KEY_FIRM_VISITS("重点企业每季度至少走访%s次"),
    SRDI_FIRMS_SERVED("获得服务机构服务的专精特新企业占比不低于%s");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    String label(String goal) {
        return label.formatted(goal);
    }
}
