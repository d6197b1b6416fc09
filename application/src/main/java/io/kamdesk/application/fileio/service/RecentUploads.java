package io.kamdesk.application.fileio.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The uploads of the last few jobs queued on this instance, kept in memory until a worker here takes
 * them up: the usual case, since a queued job wakes the local worker first. A job taken up by
 * another instance, or after a restart, reads its upload from the store. Bounded by count and size,
 * oldest dropped first, so it never holds more than {@value #MAX_BYTES} bytes.
 */
final class RecentUploads {

    private static final int MAX_UPLOADS = 4;
    private static final long MAX_BYTES = 128L * 1024 * 1024;

    private final Map<Long, byte[]> uploads = new LinkedHashMap<>();
    private long bytes;

    synchronized void keep(long jobId, byte[] content) {
        uploads.put(jobId, content);
        bytes += content.length;
        var oldest = uploads.entrySet().iterator();
        while ((uploads.size() > MAX_UPLOADS || bytes > MAX_BYTES) && oldest.hasNext()) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    /** The upload of the job, handed over once; empty when this instance no longer holds it. */
    synchronized Optional<byte[]> take(long jobId) {
        byte[] content = uploads.remove(jobId);
        if (content != null) {
            bytes -= content.length;
        }
        return Optional.ofNullable(content);
    }
}
