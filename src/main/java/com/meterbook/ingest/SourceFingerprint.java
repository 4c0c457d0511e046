package com.meterbook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Name, size and SHA-256 of a file, read once. A NUL byte marks it as binary: reading stops there
 * (a binary file is rejected whole, so its hash is never needed), which rejects a 2 GB file of
 * zeros at once. {@code nulOffset} and {@code nulLine} say where the first NUL byte is (-1: none).
 */
public record SourceFingerprint(Path path, long size, String sha256, long nulOffset, long nulLine) {

    public boolean binary() {
        return nulOffset >= 0;
    }

    /** Why a binary file is rejected: where its first NUL byte is. */
    public String binaryReason() {
        return "is a binary file, not CSV text (a NUL byte at byte " + nulOffset + ", line " + nulLine + ")";
    }

    public static SourceFingerprint of(Path path) throws FileRejectedException {
        return read(path, false);
    }

    /**
     * Name, size and whether the first 64 KiB hold a NUL byte, without reading the rest or hashing:
     * enough for {@link UsageCsvReader} to preview a file's first records.
     */
    public static SourceFingerprint peek(Path path) throws FileRejectedException {
        return read(path, true);
    }

    private static SourceFingerprint read(Path path, boolean headOnly) throws FileRejectedException {
        if (!Files.isRegularFile(path)) {
            throw new FileRejectedException(path, Files.exists(path) ? "is not a regular file" : "no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long offset = 0;
            long line = 1;
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        return new SourceFingerprint(path, Files.size(path), "", offset + i, line);
                    }
                    if (buffer[i] == '\n') {
                        line++;
                    }
                }
                if (headOnly) {
                    return new SourceFingerprint(path, Files.size(path), "", -1, -1);
                }
                sha.update(buffer, 0, n);
                offset += n;
            }
            return new SourceFingerprint(path, offset, headOnly ? "" : HexFormat.of().formatHex(sha.digest()), -1, -1);
        } catch (IOException e) {
            throw new FileRejectedException(path, "cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
