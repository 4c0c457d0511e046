package com.meterbook.sources;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One SFTP connection to a remote folder (Apache MINA SSHD). The server's host key must be the one
 * the user accepted: an unknown or changed key ends the connection before any password or key is sent.
 */
public final class SftpFolder implements AutoCloseable {

    /** MINA logs every dropped session as a warning; the pull reports its own errors, so only severe ones are logged. */
    private static final java.util.logging.Logger SSHD_LOG = java.util.logging.Logger.getLogger("org.apache.sshd");

    static {
        SSHD_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;

    private SftpFolder(SshClient client, ClientSession session, SftpClient sftp) {
        this.client = client;
        this.session = session;
        this.sftp = sftp;
    }

    public static SftpFolder connect(SftpEndpoint endpoint, Duration timeout) throws IOException {
        AtomicReference<HostKeyException> refused = new AtomicReference<>();
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(verifier(endpoint, refused));
        // only what the source says: no ~/.ssh/config, no default identities
        client.setHostConfigEntryResolver(org.apache.sshd.client.config.hosts.HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(org.apache.sshd.common.keyprovider.KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.start();
        ClientSession session = null;
        try {
            session = client.connect(endpoint.user(), endpoint.host(), endpoint.port()).verify(timeout).getSession();
            if (endpoint.keyFile().isPresent()) {
                Path key = endpoint.keyFile().get();
                if (!Files.isReadable(key)) {
                    throw new AuthenticationFailedException("the key file " + key + " cannot be read", null);
                }
                session.setKeyIdentityProvider(new FileKeyPairProvider(key));
            }
            endpoint.password().ifPresent(session::addPasswordIdentity);
            try {
                session.auth().verify(timeout);
            } catch (IOException e) {
                if (refused.get() != null) {
                    throw refused.get();
                }
                if (session.isOpen() && !session.isAuthenticated()) {
                    throw new AuthenticationFailedException(endpoint + " refused the "
                            + (endpoint.keyFile().isPresent() ? "key " + endpoint.keyFile().get() : "password")
                            + " (" + e.getMessage() + ")", e);
                }
                throw e;
            }
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new SftpFolder(client, session, sftp);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            client.stop();
            if (refused.get() != null && !(e instanceof HostKeyException)) {
                throw refused.get();
            }
            throw e;
        }
    }

    private static ServerKeyVerifier verifier(SftpEndpoint endpoint, AtomicReference<HostKeyException> refused) {
        return (clientSession, remote, key) -> {
            String offered = PublicKeyEntry.toString(key);
            if (endpoint.trustedHostKey().map(offered::equals).orElse(false)) {
                return true;
            }
            refused.set(new HostKeyException(endpoint.address(), offered, fingerprint(key),
                    endpoint.trustedHostKey().map(SftpFolder::fingerprintOf)));
            return false;
        };
    }

    /** {@code SHA256:...} of a key, as {@code ssh-keygen -l} shows it. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(KeyUtils.getDefaultFingerPrintFactory(), key);
    }

    /** The fingerprint of an OpenSSH public key line. */
    public static String fingerprintOf(String keyLine) {
        try {
            PublicKey key = PublicKeyEntry.parsePublicKeyEntry(keyLine).resolvePublicKey(null, null, null);
            return fingerprint(key);
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            return "(unreadable key)";
        }
    }

    /** The regular files of {@code folder} whose names match the glob, by name. */
    public List<RemoteFile> list(String folder, String glob) throws IOException {
        PathMatcher matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<RemoteFile> files = new ArrayList<>();
        for (SftpClient.DirEntry entry : sftp.readDir(folder)) {
            SftpClient.Attributes a = entry.getAttributes();
            String name = entry.getFilename();
            if (a.isRegularFile() && !name.contains("/") && matcher.matches(Path.of(name))) {
                Instant modified = a.getModifyTime() == null ? Instant.EPOCH : a.getModifyTime().toInstant();
                files.add(new RemoteFile(name, a.getSize(), modified));
            }
        }
        files.sort(Comparator.comparing(RemoteFile::name));
        return files;
    }

    /** Copies the remote file to {@code target}, written first as {@code target.part} and renamed when whole. */
    public Path download(String folder, RemoteFile file, Path target) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        String remote = folder.endsWith("/") ? folder + file.name() : folder + "/" + file.name();
        try (InputStream in = sftp.read(remote)) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        long got = Files.size(part);
        if (got != file.size()) {
            throw new IOException(file.name() + ": got " + got + " bytes of " + file.size());
        }
        return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The host key the server offers, for accepting it: connects, takes the key and disconnects without logging in. */
    public static HostKeyException probe(String host, int port, String user, Duration timeout) throws IOException {
        // no key is trusted, so the connection ends at the key exchange and this placeholder is never sent
        SftpEndpoint probe = new SftpEndpoint(host, port, user, Optional.empty(), Optional.of("-"), Optional.empty());
        try (SftpFolder ignored = connect(probe, timeout)) {
            throw new IOException(probe.address() + " accepted a connection without checking its host key");
        } catch (HostKeyException e) {
            return e;
        }
    }

    private static void closeQuietly(ClientSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
            session.close();
        } finally {
            client.stop();
        }
    }
}
