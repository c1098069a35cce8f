package cn.ipbridge.graph.write;

/** Told after every committed batch, so long writes can show how far they are. */
@FunctionalInterface
public interface WriteProgress {

    WriteProgress NONE = (what, done) -> { };

    /**
     * @param what what is being written, e.g. {@code "patents"}
     * @param done how many items have been committed so far
     */
    void committed(String what, long done);
}
