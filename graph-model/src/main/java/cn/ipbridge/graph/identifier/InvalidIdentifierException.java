package cn.ipbridge.graph.identifier;

/**
 * A malformed identifier. The message names the identifier kind, the offending value and the rule it broke, e.g.
 * {@code credit code 91310110666007217X: check character should be T, was X}.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String value;
    private final String rule;

    public InvalidIdentifierException(String kind, String value, String rule) {
        super(kind + " " + value + ": " + rule);
        this.kind = kind;
        this.value = value;
        this.rule = rule;
    }

    /** What was being parsed, e.g. "credit code". */
    public String kind() {
        return kind;
    }

    /** The raw input as given, possibly null. */
    public String value() {
        return value;
    }

    /** The rule broken, human readable. */
    public String rule() {
        return rule;
    }

    /** True when {@code parsing} completes, false when it throws this exception: the isValid of the codecs. */
    static boolean isAbsentWhen(Runnable parsing) {
        try {
            parsing.run();
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
