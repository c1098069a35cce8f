package cn.ipbridge.graph.model;

/** The kinds of IP service institution the programme works with. */
public enum InstitutionType {
    TISC("技术与创新支持中心"),
    UNIVERSITY_CENTRE("高校国家知识产权信息服务中心"),
    INFO_OUTLET("知识产权信息公共服务网点"),
    PROTECTION_CENTRE("知识产权保护中心"),
    RIGHTS_WORKSTATION("维权援助工作站"),
    OVERSEAS_DISPUTE_CENTRE("海外知识产权纠纷应对指导中心"),
    PATENT_AGENCY("专利代理机构"),
    PRE_IPO_STATION("企业上市知识产权服务站"),
    TRAINING_BASE("知识产权培训基地");

    private final String nameZh;

    InstitutionType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
