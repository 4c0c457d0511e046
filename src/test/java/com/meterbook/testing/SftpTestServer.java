package com.meterbook.testing;

import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SFTP server (Apache MINA SSHD) on loopback, on a port the system chose, serving a temporary
 * folder as its root. Its host key is made per server unless one is given; it takes one user with a
 * password and any public keys the test authorises.
 */
public final class SftpTestServer implements AutoCloseable {

    public static final String USER = "meter";
    public static final String PASSWORD = "Sup3r-s3cret-Pa55word";

    private final SshServer server;
    private final Path root;
    private final KeyPair hostKey;

    private final List<PublicKey> authorised = new CopyOnWriteArrayList<>();

    private SftpTestServer(SshServer server, Path root, KeyPair hostKey) {
        this.server = server;
        this.root = root;
        this.hostKey = hostKey;
    }

    public static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SftpTestServer start(Path root) {
        return start(root, newKey(), 0);
    }

    /** A server with this host key on this port (0: any free port). */
    public static SftpTestServer start(Path root, KeyPair hostKey, int port) {
        try {
            Files.createDirectories(root);
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(port);
            server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
            SftpTestServer test = new SftpTestServer(server, root, hostKey);
            server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
            server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                    && test.authorised.stream().anyMatch(k -> java.util.Arrays.equals(k.getEncoded(), key.getEncoded())));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
            server.start();
            return test;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the next session on, the server shows {@code key} as its host key (a reinstalled or impostor server). */
    public void changeHostKey(KeyPair key) {
        server.setKeyPairProvider(KeyPairProvider.wrap(key));
    }

    public void authorise(PublicKey key) {
        authorised.add(key);
    }

    public int port() {
        return server.getPort();
    }

    public Path root() {
        return root;
    }

    public KeyPair hostKey() {
        return hostKey;
    }

    /** Writes {@code root/relative} with the given modification time. */
    public Path put(String relative, String content, Instant modified) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(modified));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes every open session at once, as a dropped network would. */
    public void dropSessions() {
        server.getActiveSessions().forEach(s -> s.close(true));
    }

    public void stop() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server.isStarted()) {
            stop();
        }
    }
}
