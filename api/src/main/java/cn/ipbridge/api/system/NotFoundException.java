package cn.ipbridge.api.system;

/** Something asked for by its key is not in the graph; shown to the client as a NOT_FOUND error. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
