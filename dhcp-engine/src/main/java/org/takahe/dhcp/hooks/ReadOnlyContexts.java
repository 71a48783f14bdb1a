package org.takahe.dhcp.hooks;

import org.takahe.dhcp.hooks.api.Lease4ExpireContext;
import org.takahe.dhcp.hooks.api.Lease4ReleaseContext;
import org.takahe.dhcp.hooks.api.Lease4RenewContext;
import org.takahe.dhcp.hooks.api.Lease4SelectContext;
import org.takahe.dhcp.hooks.api.LeaseInfo;
import org.takahe.dhcp.hooks.api.Packet4;
import org.takahe.dhcp.hooks.api.Pkt4ReceiveContext;
import org.takahe.dhcp.hooks.api.SubnetInfo;

/** The contexts of the points whose callouts only read and answer a verdict: immutable, shared by all callouts. */
final class ReadOnlyContexts {
    private ReadOnlyContexts() {
    }

    record Pkt4Receive(Packet4 query, String interfaceName)
            implements Pkt4ReceiveContext, PointContext<Pkt4ReceiveContext> {
        @Override
        public Pkt4ReceiveContext openView() {
            return this;
        }
    }

    record Lease4Select(Packet4 query, SubnetInfo subnet, LeaseInfo lease, boolean offerOnly)
            implements Lease4SelectContext, PointContext<Lease4SelectContext> {
        @Override
        public Lease4SelectContext openView() {
            return this;
        }
    }

    record Lease4Renew(Packet4 query, SubnetInfo subnet, LeaseInfo lease)
            implements Lease4RenewContext, PointContext<Lease4RenewContext> {
        @Override
        public Lease4RenewContext openView() {
            return this;
        }
    }

    record Lease4Release(Packet4 query, LeaseInfo lease)
            implements Lease4ReleaseContext, PointContext<Lease4ReleaseContext> {
        @Override
        public Lease4ReleaseContext openView() {
            return this;
        }
    }

    record Lease4Expire(LeaseInfo lease) implements Lease4ExpireContext, PointContext<Lease4ExpireContext> {
        @Override
        public Lease4ExpireContext openView() {
            return this;
        }
    }
}
