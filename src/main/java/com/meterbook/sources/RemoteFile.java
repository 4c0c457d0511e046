package com.meterbook.sources;

import java.time.Instant;

/** A regular file in the remote folder, as listed: what "already fetched" is judged by. */
public record RemoteFile(String name, long size, Instant modified) {
}
