package cn.ipbridge.graph.importing;

import java.util.Locale;

import cn.ipbridge.graph.identifier.PublicationNumber;
import cn.ipbridge.graph.model.LegalStatus;

/**
 * Legal and case statuses as the search platforms and CNIPA's case system write them, mapped to the model's
 * {@link LegalStatus}. Any stage of examination or re-examination (实审, 复审, 驳回等复审请求, 等年登印费...) is
 * still PENDING: a rejection under appeal has not ended the application.
 */
final class LegalStatusText {

    private LegalStatusText() {
    }

    static LegalStatus parse(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (LegalStatus status : LegalStatus.values()) {
            if (upper.equals(status.name())) {
                return status;
            }
        }
        if (text.contains("无效")) {
            return LegalStatus.INVALIDATED;
        }
        if (text.contains("届满")) {
            return LegalStatus.EXPIRED;
        }
        if (text.contains("失效") || text.contains("未缴年费") || text.contains("终止") || text.contains("放弃")
                || text.contains("撤回") || text.equals("驳回")) {
            return LegalStatus.LAPSED;
        }
        if (text.contains("实审") || text.contains("复审") || text.contains("审查") || text.contains("公开")
                || text.contains("提案") || text.contains("封卷") || text.contains("登印费") || text.contains("审中")
                || text.contains("受理")) {
            return LegalStatus.PENDING;
        }
        if (text.contains("授权") || text.contains("有效")) {
            return LegalStatus.GRANTED;
        }
        throw new IllegalArgumentException("unknown legal status '" + text
                + "' (e.g. 授权, 有效, 实审, 失效, 无效, 届满, or PENDING, GRANTED, LAPSED, INVALIDATED, EXPIRED)");
    }

    /** Without a status column: a grant publication (kind B, C, U, Y, S, D) is GRANTED, an A publication PENDING. */
    static LegalStatus fromPublication(PublicationNumber publication) {
        if (publication == null) {
            return LegalStatus.PENDING;
        }
        return publication.granted() ? LegalStatus.GRANTED : LegalStatus.PENDING;
    }
}
