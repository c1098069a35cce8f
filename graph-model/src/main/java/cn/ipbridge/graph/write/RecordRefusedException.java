package cn.ipbridge.graph.write;

/**
 * A programme record was refused inside its write transaction, so nothing was written: a referenced node does not
 * exist, or the record's key is taken. {@link #field()} names the input field at fault.
 */
public class RecordRefusedException extends RuntimeException {

    private final String field;

    public RecordRefusedException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
