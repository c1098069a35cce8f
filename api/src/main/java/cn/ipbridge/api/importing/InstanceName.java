package cn.ipbridge.api.importing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names this API process on the import jobs it takes: host name, process id and four random bytes
 * ({@code api-2/1-3f09a1c4}), since in containers every process is pid 1 and a restarted one keeps the host name.
 */
final class InstanceName {

    private InstanceName() {
    }

    static String ofThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
