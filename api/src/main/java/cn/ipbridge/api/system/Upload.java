package cn.ipbridge.api.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file sent as a part of a multipart GraphQL request (the {@code Upload} scalar), saved under its own name in
 * a directory of its own, so readers that go by the file's ending see the name the client gave.
 */
public record Upload(String fileName, Path path, long size) {

    /**
     * Takes the file over for work that outlives the request (an import job): moves it to a directory of its own
     * and returns it there; the caller {@linkplain #delete deletes} it when done. The request then deletes nothing.
     */
    public Upload claim() {
        try {
            Path target = Files.createTempDirectory("ipbridge-claimed-").resolve(fileName);
            Files.move(path, target);
            Files.deleteIfExists(path.getParent());
            return new Upload(fileName, target, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the saved file (if not claimed) and its directory; the request that brought it is over. */
    public void delete() {
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
