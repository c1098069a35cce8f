package cn.ipbridge.graph.generator;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time of this JVM, embedded database included. On a shared machine wall-clock times of a write vary several
 * fold with the other load; CPU time says what the write itself cost.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static Duration used() {
        return Duration.ofNanos(((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime());
    }
}
