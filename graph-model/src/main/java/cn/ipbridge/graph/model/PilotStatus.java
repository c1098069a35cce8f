package cn.ipbridge.graph.model;

/** Whether a firm is an IP pilot (试点) or demonstration (示范) enterprise, and at which level. */
public enum PilotStatus {
    NONE, DISTRICT_PILOT, DISTRICT_DEMONSTRATION, MUNICIPAL_PILOT, MUNICIPAL_DEMONSTRATION
}
