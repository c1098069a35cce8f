package cn.ipbridge.graph.importing;

/** A row that cannot be imported, with the column at fault (its header as the file spells it) and why. */
public class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String column;

    public RowRejected(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return getMessage();
    }
}
