package com.meterbook.sources;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Seals source passwords with AES-256-GCM under a key kept in its own file in the user's config
 * folder, readable by its owner only; the ledger holds only {@code v1:} + base64(iv, ciphertext, tag).
 * The source's name is the associated data, so a sealed password copied onto another source does not
 * open. See docs/decisions/0005-source-secrets.md for what this does and does not protect against.
 */
public final class SecretBox {

    public static final String KEY_FILE = "source-secrets.key";
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The box of {@code folder}'s key file, made (owner-only) when there is none yet. */
    public static SecretBox open(Path folder) {
        Path file = folder.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(folder, file);
            }
            refuseIfShared(file);
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) {
                throw new IllegalStateException(file + " is not a Meterbook secrets key (32 bytes, base64)");
            }
            return new SecretBox(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secrets key " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix(Path folder) {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    }

    private static void create(Path folder, Path file) throws IOException {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Files.createDirectories(folder);
        byte[] text = Base64.getEncoder().encode(key);
        try {
            if (posix(folder)) {
                // owner-only from the first byte: the permissions are set as the file is created
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.write(file, text);
        } catch (FileAlreadyExistsException e) {
            // another process made it first: use theirs
        }
    }

    private static void refuseIfShared(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
        if (perms.stream().anyMatch(others::contains)) {
            throw new IllegalStateException("the secrets key " + file + " can be read or written by others ("
                    + PosixFilePermissions.toString(perms) + "); make it owner-only: chmod 600 " + file);
        }
    }

    public String seal(String owner, String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(owner));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt: " + e.getMessage(), e);
        }
    }

    public String open(String owner, String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored password of " + owner + " is not sealed by this version");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(aad(owner));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored password of " + owner
                    + " cannot be decrypted with this secrets key (another user's or a new key?): add the source again", e);
        }
    }

    private static byte[] aad(String owner) {
        return ("meterbook source " + owner).getBytes(StandardCharsets.UTF_8);
    }

    /** The user's config folder: {@code -Dmeterbook.config}, else XDG on Linux, Application Support on macOS, APPDATA on Windows. */
    public static Path defaultFolder() {
        String forced = System.getProperty("meterbook.config");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Meterbook", "config");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Preferences", "Meterbook");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.config", "meterbook");
    }
}
