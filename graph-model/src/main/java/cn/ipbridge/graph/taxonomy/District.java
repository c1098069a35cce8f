package cn.ipbridge.graph.taxonomy;

/** A Shanghai district, keyed by its GB/T 2260 administrative code. */
public record District(String adcode, String name, String nameEn) {
}
