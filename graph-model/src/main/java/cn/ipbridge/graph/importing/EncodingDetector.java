package cn.ipbridge.graph.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-8 from GB18030 (a superset of GBK and GB2312) by looking at the first bytes of a file. Chinese office
 * software writes either; a BOM settles it, otherwise text that decodes as strict UTF-8 is UTF-8, because GBK
 * text of any length almost never does.
 */
public final class EncodingDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private EncodingDetector() {
    }

    /** The encoding, and how many leading bytes (a BOM) to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    public static Detected detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        return new Detected(isUtf8(head, cutAtCharacterBoundary(head, length)) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    private static boolean isUtf8(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Drops a UTF-8 sequence cut off by the end of the sample, so a full sample of UTF-8 is not mistaken for GBK. */
    private static int cutAtCharacterBoundary(byte[] bytes, int length) {
        int i = length;
        int back = 0;
        while (i > 0 && back < 4 && (bytes[i - 1] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i > 0 && (bytes[i - 1] & 0xC0) == 0xC0) {
            int lead = bytes[i - 1] & 0xFF;
            int expected = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            return back < expected ? i - 1 : length;
        }
        return length;
    }
}
