package cn.ipbridge.graph.generator;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import cn.ipbridge.graph.write.WriteCounts;

/**
 * What a generator run wrote: per entity, the records written, what that changed in the graph and how long it took.
 *
 * @param entities in write order
 */
public record GenerationSummary(Map<GeneratedEntity, EntityWrite> entities, Duration total) {

    /** One entity's write. */
    public record EntityWrite(WriteCounts counts, Duration took) {
    }

    public GenerationSummary {
        entities = Collections.unmodifiableMap(new EnumMap<>(entities));
    }

    /** How many records of the entity were written (0 if none). */
    public long items(GeneratedEntity entity) {
        EntityWrite write = entities.get(entity);
        return write == null ? 0 : write.counts().items();
    }

    /** Patents written per second of the patent step (citations not included). */
    public double patentsPerSecond() {
        EntityWrite write = entities.get(GeneratedEntity.PATENTS);
        return write == null || write.took().isZero() ? 0
                : write.counts().items() * 1e9 / write.took().toNanos();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-16s %10s %10s %10s %9s%n",
                "entity", "records", "nodes+", "rels+", "seconds"));
        entities.forEach((entity, write) -> s.append(String.format(Locale.ROOT, "%-16s %10d %10d %10d %9.1f%n",
                entity, write.counts().items(), write.counts().nodesCreated(),
                write.counts().relationshipsCreated(), write.took().toMillis() / 1000.0)));
        return s.append(String.format(Locale.ROOT, "total %.1f s, %.0f patents/s",
                total.toMillis() / 1000.0, patentsPerSecond())).toString();
    }
}
