package org.takahe.netconf.ssh;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousSocketChannel;
import jdk.net.ExtendedSocketOptions;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoServiceFactory;
import org.apache.sshd.common.io.nio2.Nio2CompletionHandler;
import org.apache.sshd.common.io.nio2.Nio2Service;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactory;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.common.io.nio2.Nio2Session;
import org.apache.sshd.common.util.Readable;

/**
 * sshd's NIO2 transport, acknowledging every segment it reads at once (TCP_QUICKACK where the system
 * has it). SSH clients commonly leave Nagle's algorithm on and send two small packets in a row during
 * key exchange and login (NEWKEYS then SERVICE_REQUEST, for one); the second waits until the first is
 * acknowledged, and a delayed ACK costs each such step about 40 ms of a session's setup.
 */
public final class QuickAckIoServiceFactoryFactory extends Nio2ServiceFactoryFactory {

    @Override
    public IoServiceFactory create(FactoryManager manager) {
        return new Nio2ServiceFactory(manager, newExecutor(), newExecutor()) {
            @Override
            public Nio2Session createSession(Nio2Service service, IoHandler handler, AsynchronousSocketChannel socket,
                    SocketAddress acceptanceAddress) throws Throwable {
                return new QuickAckSession(service, manager, handler, socket, acceptanceAddress);
            }
        };
    }

    private static final class QuickAckSession extends Nio2Session {
        private final boolean supported;

        QuickAckSession(Nio2Service service, FactoryManager manager, IoHandler handler,
                AsynchronousSocketChannel socket, SocketAddress acceptanceAddress) throws IOException {
            super(service, manager, handler, socket, acceptanceAddress);
            this.supported = socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
        }

        @Override
        protected void handleReadCycleCompletion(ByteBuffer buffer, Readable bufReader,
                Nio2CompletionHandler<Integer, Object> completionHandler, Integer result, Object attachment) {
            if (supported && result > 0) {
                try {
                    // Linux clears the option again as it sees fit, so it is set after every read; setting
                    // it also sends an acknowledgement still pending.
                    getSocket().setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
                } catch (IOException e) {
                    // The connection is failing; the read cycle reports that itself.
                }
            }
            super.handleReadCycleCompletion(buffer, bufReader, completionHandler, result, attachment);
        }
    }
}
