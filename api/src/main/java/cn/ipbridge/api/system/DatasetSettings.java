package cn.ipbridge.api.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which generated data set to write on the first start of an empty database.
 *
 * @param size {@code demo} (about 300 firms), {@code shanghai} (about 15,000 firms and 600,000 patents) or
 *             {@code none}
 * @param seed the generator's seed: the same seed and size always give the same graph
 */
@ConfigurationProperties("ipbridge.dataset")
public record DatasetSettings(String size, Long seed) {

    public static final long DEFAULT_SEED = 20260630L;

    public DatasetSettings {
        size = size == null || size.isBlank() ? "demo" : size.trim().toLowerCase(java.util.Locale.ROOT);
        seed = seed == null ? DEFAULT_SEED : seed;
    }

    public boolean none() {
        return size.equals("none");
    }
}
