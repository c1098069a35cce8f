package cn.ipbridge.graph.generator;

/** The two-character trade name (字号) of a firm, e.g. 华芯, with its pinyin for trademarks, e.g. HUAXIN. */
record Brand(String hanzi, String pinyin) {
}
