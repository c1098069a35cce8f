package cn.ipbridge.graph.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The form of an organisation's name used to match applicants: the same firm is written with full-width or
 * half-width brackets, with or without spaces, and as 有限公司, 股份有限公司 or 有限责任公司 depending on who typed
 * it. Brackets themselves are dropped, so 新兴铸管(集团)有限责任公司 and 新兴铸管集团有限公司 match.
 */
public final class CompanyName {

    /** Longest first, so 股份有限公司 is not read as 有限公司. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "co.,ltd.",
            "co.,ltd", "co.ltd.", "ltd.", "ltd");

    private CompanyName() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && "()[]【】〔〕".indexOf(c) < 0)
                .forEach(out::appendCodePoint);
        String compact = out.toString();
        for (String form : LEGAL_FORMS) {
            if (compact.endsWith(form) && compact.length() > form.length()) {
                return compact.substring(0, compact.length() - form.length());
            }
        }
        return compact;
    }

    /** The name as it will be stored for an unlinked applicant: trimmed, inner runs of spaces made single. */
    public static String tidy(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
