package cn.ipbridge.api.system;

/** An argument the client sent cannot be used; the message names the argument and what is wrong. */
public class BadArgumentException extends RuntimeException {

    public BadArgumentException(String argument, String problem) {
        super("Argument '" + argument + "': " + problem);
    }
}
