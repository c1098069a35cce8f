package cn.ipbridge.graph.importing;

/** The file as a whole cannot be imported (unreadable, unknown format, a required column missing): nothing is written. */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
