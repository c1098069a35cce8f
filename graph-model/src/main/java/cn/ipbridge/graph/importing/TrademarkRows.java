package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * Trademark lists (registrations, the city's key-protection list), keyed by registration number. The owner is
 * found by credit code, else by name as applicants are; an owner the graph does not hold is rejected.
 */
public final class TrademarkRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("registrationNumber", "注册号", "商标注册号", "注册/申请号", "申请/注册号", "registration_no",
                    "registration number", "reg_no"),
            Column.required("name", "商标名称", "商标", "名称", "trademark", "mark"),
            Column.optional("niceClasses", "国际分类", "尼斯分类", "类别", "类号", "商品类别", "nice_classes", "nice_class", "class"),
            Column.optional("ownerUscc", "注册人统一社会信用代码", "权利人统一社会信用代码", "统一社会信用代码", "信用代码",
                    "owner_uscc", "owner credit code"),
            Column.optional("ownerName", "注册人", "注册人名称", "权利人", "商标权人", "申请人", "owner", "registrant"),
            Column.optional("status", "商标状态", "状态", "法律状态", "status"),
            Column.optional("keyProtection", "重点商标保护名录", "重点保护", "是否重点保护", "key_protection"));

    private static final Pattern REGISTRATION = Pattern.compile("\\d{1,10}");
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✓", "已列入", "列入");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "×", "未列入");

    private final KnownNodes known;

    TrademarkRows(ApplicantLinker owners) {
        this.known = new KnownNodes(owners, Set.of(), "enterprise");
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void check(ColumnMapping mapping) {
        if (!mapping.has("ownerUscc") && !mapping.has("ownerName")) {
            throw new ImportFileException("required column missing: the owner's credit code (注册人统一社会信用代码) "
                    + "or name (注册人)");
        }
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        String number = row.required("registrationNumber").replaceAll("[\\s第号]", "");
        if (!REGISTRATION.matcher(number).matches()) {
            throw row.reject("registrationNumber", "not a trademark registration number (digits only): '" + number + "'");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", row.required("name"));
        if (row.has("niceClasses")) {
            p.put("niceClasses", niceClasses(row));
        }
        if (row.has("status")) {
            p.put("status", row.text("status"));
        }
        if (row.has("keyProtection")) {
            p.put("keyProtection", yesNo(row, "keyProtection"));
        }
        String owner = known.enterpriseByCodeOrName(row, "ownerUscc", "ownerName");
        List<ImportLink> links = new ArrayList<>(ImportLink.ifPresent(LinkTarget.TRADEMARK_OWNER, owner));
        return List.of(ImportedRow.of(ImportEntity.TRADEMARKS, number, p, links));
    }

    /** Nice classes 1 to 45, separated by ;, 、, commas or spaces; {@code 第9类} reads as 9. */
    private static List<Integer> niceClasses(RowValues row) {
        String text = row.text("niceClasses");
        List<Integer> classes = new ArrayList<>();
        if (text == null) {
            return classes;
        }
        for (String part : text.split("[;；,，、\\s]+")) {
            String digits = part.replaceAll("[第类\\s]", "").replaceAll("\\.0+$", "");
            if (digits.isEmpty()) {
                continue;
            }
            int nice;
            try {
                nice = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw row.reject("niceClasses", "not a Nice class number: '" + part + "'");
            }
            if (nice < 1 || nice > 45) {
                throw row.reject("niceClasses", "Nice classes run from 1 to 45, not " + nice);
            }
            classes.add(nice);
        }
        return classes;
    }

    static Boolean yesNo(RowValues row, String field) {
        String text = row.text(field);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (NO.contains(lower)) {
            return false;
        }
        throw row.reject(field, "not yes or no: '" + text + "' (是/否, yes/no, 1/0)");
    }
}
