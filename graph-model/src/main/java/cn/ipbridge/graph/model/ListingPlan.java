package cn.ipbridge.graph.model;

/** A firm's plan for the STAR market (科创板). */
public enum ListingPlan {
    NONE, STAR_CANDIDATE, LISTED
}
