package cn.ipbridge.api.keylists;

import java.util.List;

import cn.ipbridge.api.enterprise.Enterprise;

/** One key segment with its members, in credit-code order. */
record SegmentGroup(KeySegment segment, List<Enterprise> members) {
}
