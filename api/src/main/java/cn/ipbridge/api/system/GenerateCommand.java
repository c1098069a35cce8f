package cn.ipbridge.api.system;

/** {@code generate}: not available until the data generator is merged. */
public final class GenerateCommand {

    public static final String NAME = "generate";

    private GenerateCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        System.err.println("generate: not available in this build yet");
        return 1;
    }
}
