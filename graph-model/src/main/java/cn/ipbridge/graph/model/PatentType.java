package cn.ipbridge.graph.model;

/** The kinds of Chinese patent, with the type digit an application number carries. */
public enum PatentType {
    INVENTION("发明"), UTILITY_MODEL("实用新型"), DESIGN("外观设计");

    private final String nameZh;

    PatentType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
