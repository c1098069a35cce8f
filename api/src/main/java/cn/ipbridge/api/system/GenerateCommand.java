package cn.ipbridge.api.system;

/** Placeholder until the generator lands; replaced below. */
public final class GenerateCommand {
    public static final String NAME = "generate";

    private GenerateCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        return 1;
    }
}
