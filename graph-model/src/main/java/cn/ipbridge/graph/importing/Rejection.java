package cn.ipbridge.graph.importing;

/** Why one row of a file was not imported: where it is (line, column as headed in the file) and the reason. */
public record Rejection(long line, String column, String reason) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
