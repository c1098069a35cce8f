package cn.ipbridge.graph.model;

/** IP situations a notice can be targeted at; each is a plain fact about the firm's patents and trademarks. */
public enum IpSituation {
    /** No granted invention patent. */
    NO_INVENTION_PATENT,
    /** At least one granted invention patent. */
    HAS_INVENTION_PATENT,
    /** Owns a trademark on the key-protection list. */
    KEY_TRADEMARK,
    /** Has pledged a patent or trademark for financing. */
    PLEDGED_IP
}
