package org.takahe.dhcp.io;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads one DHCP engine serves packets with: one event loop that only reads, decodes and enqueues, and a
 * bounded pool of workers that allocate, write leases and reply. A full worker queue rejects (a counted drop),
 * never blocks the event loop.
 */
public final class PacketThreads implements AutoCloseable {
    private final EventLoopGroup eventLoops;
    private final ThreadPoolExecutor workers;

    /** @param name the thread names' stem, e.g. "dhcp4": threads dhcp4-io-… and dhcp4-worker-… */
    public PacketThreads(String name, Transport transport, int workerThreads, int queueCapacity) {
        // One loop thread is plenty: it only decodes and enqueues.
        eventLoops = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(name + "-io", true),
            transport.ioHandlerFactory());
        workers = new ThreadPoolExecutor(workerThreads, workerThreads, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queueCapacity), new DefaultThreadFactory(name + "-worker", true),
            new ThreadPoolExecutor.AbortPolicy());
    }

    public EventLoopGroup eventLoops() {
        return eventLoops;
    }

    public ThreadPoolExecutor workers() {
        return workers;
    }

    /** Stops reading first, then lets the workers finish what they hold (a second at most). */
    @Override
    public void close() {
        eventLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
