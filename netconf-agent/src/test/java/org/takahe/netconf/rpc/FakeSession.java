package org.takahe.netconf.rpc;

import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A session for operation tests, with no transport: after-reply actions run at once, and what an
 * operation asks of the session is recorded. Notifications are kept in {@link #sent}; a test can make
 * sending wait, as when the client stops reading.
 */
public final class FakeSession implements SessionContext {
    private final long id;
    private final CountDownLatch writable;
    /** The notifications sent, in order. */
    public final LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
    /** Whether both peers speak base:1.1; a test may turn it off. */
    public boolean base11 = true;
    public boolean closeRequested;
    public boolean subscribed;

    public FakeSession(long id) {
        this(id, new CountDownLatch(0));
    }

    /** @param writable sending waits until it opens */
    public FakeSession(long id, CountDownLatch writable) {
        this.id = id;
        this.writable = writable;
    }

    @Override
    public long sessionId() {
        return id;
    }

    @Override
    public String user() {
        return "tester";
    }

    @Override
    public boolean base11() {
        return base11;
    }

    @Override
    public void closeAfterReply() {
        closeRequested = true;
    }

    @Override
    public void afterReply(Runnable action) {
        action.run();
    }

    @Override
    public void subscribed() {
        subscribed = true;
    }

    @Override
    public void send(byte[] message) throws InterruptedIOException {
        try {
            writable.await();
        } catch (InterruptedException e) {
            throw new InterruptedIOException("stopped");
        }
        sent.add(new String(message, StandardCharsets.UTF_8));
    }
}
