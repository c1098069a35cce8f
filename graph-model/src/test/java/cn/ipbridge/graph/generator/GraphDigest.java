package cn.ipbridge.graph.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A SHA-256 over every record of a generated graph, in order: equal digests mean identical graphs. */
final class GraphDigest {

    private GraphDigest() {
    }

    static String of(GeneratedGraph graph) {
        MessageDigest digest = sha256();
        for (Iterable<?> part : List.<Iterable<?>>of(graph.institutions(), graph.universities(), graph.funders(),
                graph.enterprises(), graph.trademarks(), graph.patents(), graph.transfers(), graph.serviceLinks(),
                graph.officers(), graph.experts(), graph.visits(), graph.events(), graph.deals(),
                graph.serviceCases(), graph.bestCases(), graph.notices())) {
            for (Object record : part) {
                digest.update(record.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
