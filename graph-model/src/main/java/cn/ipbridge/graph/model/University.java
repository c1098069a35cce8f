package cn.ipbridge.graph.model;

/** A university or research institute that owns patents, keyed by name. */
public record University(String name, String districtAdcode) {
}
