package com.meterbook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Name, size and SHA-256 of a file, read once; a NUL byte marks it as binary. */
public record SourceFingerprint(Path path, long size, String sha256, boolean binary) {

    public static SourceFingerprint of(Path path) throws FileRejectedException {
        if (!Files.isRegularFile(path)) {
            throw new FileRejectedException(path, Files.exists(path) ? "is not a regular file" : "no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            boolean binary = false;
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                if (!binary) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == 0) {
                            binary = true;
                            break;
                        }
                    }
                }
                size += n;
            }
            return new SourceFingerprint(path, size, HexFormat.of().formatHex(sha.digest()), binary);
        } catch (IOException e) {
            throw new FileRejectedException(path, "cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Name, size and whether the first 64 KiB hold a NUL byte, without reading the rest or hashing:
     * enough for {@link UsageCsvReader} to preview a file's first records.
     */
    public static SourceFingerprint peek(Path path) throws FileRejectedException {
        if (!Files.isRegularFile(path)) {
            throw new FileRejectedException(path, Files.exists(path) ? "is not a regular file" : "no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(1 << 16);
            boolean binary = false;
            for (byte b : head) {
                binary |= b == 0;
            }
            return new SourceFingerprint(path, Files.size(path), "", binary);
        } catch (IOException e) {
            throw new FileRejectedException(path, "cannot be read: " + e.getMessage());
        }
    }
}
