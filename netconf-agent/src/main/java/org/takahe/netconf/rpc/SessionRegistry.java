package org.takahe.netconf.rpc;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live NETCONF sessions of one server: hands out session-ids (from 1; 0 means "not a NETCONF
 * session" in lock errors), enforces the session limit, finds a session for kill-session, and keeps
 * the session and server counters of RFC 6022 ietf-netconf-monitoring.
 */
public final class SessionRegistry {

    /**
     * What RFC 6022 reports of one live session.
     *
     * @param sourceHost the client's IP address, when the transport has one
     */
    public record SessionInfo(long sessionId, String user, Optional<String> sourceHost, Instant loginTime,
            RpcCounters counters) {
    }

    /** The server-wide counters of {@code /netconf-state/statistics}; {@code totals} keeps counting. */
    public record Statistics(Instant startTime, long inBadHellos, long inSessions, long droppedSessions,
            RpcCounters totals) {
    }

    private record Entry(SessionInfo info, Runnable terminate) {
    }

    private final int maxSessions;
    private final Clock clock;
    private final Instant startTime;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> closing = new ConcurrentHashMap<>();
    private final RpcCounters totals = new RpcCounters();
    private final AtomicLong inBadHellos = new AtomicLong();
    private final AtomicLong inSessions = new AtomicLong();
    private final AtomicLong droppedSessions = new AtomicLong();
    private long lastId;

    public SessionRegistry(int maxSessions) {
        this(maxSessions, Clock.systemUTC());
    }

    public SessionRegistry(int maxSessions, Clock clock) {
        this.maxSessions = maxSessions;
        this.clock = clock;
        this.startTime = clock.instant();
    }

    /**
     * Registers a new session; its server hello (with the session-id) follows at once, so it counts
     * as one of the in-sessions.
     *
     * @param sourceHost the client's IP address, when known
     * @param terminate ends the session from another thread (kill-session)
     * @return its session-id, or empty when the limit is reached
     */
    public synchronized OptionalLong open(String user, Optional<String> sourceHost, Runnable terminate) {
        if (entries.size() >= maxSessions) {
            return OptionalLong.empty();
        }
        long id = ++lastId;
        entries.put(id, new Entry(new SessionInfo(id, user, sourceHost, clock.instant(), new RpcCounters()),
            terminate));
        inSessions.incrementAndGet();
        return OptionalLong.of(id);
    }

    /** The session asked to be closed (close-session), so its end is not counted as a dropped session. */
    public void closeRequested(long sessionId) {
        if (entries.containsKey(sessionId)) {
            closing.put(sessionId, Boolean.TRUE);
        }
    }

    /**
     * Forgets a session that has ended; harmless if called twice. A session that neither asked to
     * close nor was killed counts as dropped (RFC 6022 dropped-sessions).
     */
    public void close(long sessionId) {
        boolean requested = closing.remove(sessionId) != null;
        if (entries.remove(sessionId) != null && !requested) {
            droppedSessions.incrementAndGet();
        }
    }

    /** Ends another session; false when there is no such session. */
    public boolean kill(long sessionId) {
        Entry entry = entries.remove(sessionId);
        closing.remove(sessionId);
        if (entry == null) {
            return false;
        }
        entry.terminate().run();
        return true;
    }

    public int openSessions() {
        return entries.size();
    }

    /** Counts an event of a session, for the session and for the server; a session that has ended counts for the server only. */
    public void count(long sessionId, RpcCounter counter) {
        Entry entry = entries.get(sessionId);
        if (entry != null) {
            entry.info().counters().increment(counter);
        }
        totals.increment(counter);
    }

    /** A client's hello was refused, so its session was dropped (RFC 6022 in-bad-hellos). */
    public void badHello() {
        inBadHellos.incrementAndGet();
    }

    /** The live sessions, by session-id. */
    public List<SessionInfo> sessions() {
        return entries.values().stream().map(Entry::info)
            .sorted(Comparator.comparingLong(SessionInfo::sessionId)).toList();
    }

    public Statistics statistics() {
        return new Statistics(startTime, inBadHellos.get(), inSessions.get(), droppedSessions.get(), totals);
    }
}
