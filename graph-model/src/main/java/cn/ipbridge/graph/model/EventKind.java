package cn.ipbridge.graph.model;

/** What kind of event the programme held. */
public enum EventKind {
    TRAINING, MATCHMAKING, EXHIBITION, EXCHANGE
}
