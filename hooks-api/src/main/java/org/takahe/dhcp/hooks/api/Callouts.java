package org.takahe.dhcp.hooks.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one configured library contributes: at most one callout per point, and what to do when the configuration
 * that made them is replaced or the server stops. Points without a callout cost the server nothing.
 */
public final class Callouts {
    private final Map<HookPoint, Callout<?>> byPoint;
    private final Runnable onClose;

    private Callouts(Map<HookPoint, Callout<?>> byPoint, Runnable onClose) {
        this.byPoint = Collections.unmodifiableMap(new EnumMap<>(byPoint));
        this.onClose = onClose;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The points this library has a callout at. */
    public Set<HookPoint> points() {
        return byPoint.keySet();
    }

    /**
     * The callout at {@code point}, typed by its context.
     *
     * @throws IllegalArgumentException if {@code contextType} is not the point's context type
     */
    public <C> Optional<Callout<C>> at(HookPoint point, Class<C> contextType) {
        if (point.contextType() != contextType) {
            throw new IllegalArgumentException(point + " callouts take " + point.contextType().getSimpleName()
                + ", not " + contextType.getSimpleName());
        }
        @SuppressWarnings("unchecked") // the builder only files a Callout<C> under a point whose context type is C
        Callout<C> callout = (Callout<C>) byPoint.get(point);
        return Optional.ofNullable(callout);
    }

    /**
     * Releases what the library holds for this configuration (threads, files, connections). The server calls it once,
     * after the configuration is replaced or at shutdown; a callout of the old configuration may still be finishing.
     */
    public void close() {
        onClose.run();
    }

    /** Collects callouts; registering a point twice replaces the first callout. */
    public static final class Builder {
        private final Map<HookPoint, Callout<?>> byPoint = new EnumMap<>(HookPoint.class);
        private Runnable onClose = () -> { };

        private Builder() {
        }

        public Builder pkt4Receive(Callout<Pkt4ReceiveContext> callout) {
            return put(HookPoint.PKT4_RECEIVE, callout);
        }

        public Builder subnet4Select(Callout<Subnet4SelectContext> callout) {
            return put(HookPoint.SUBNET4_SELECT, callout);
        }

        public Builder lease4Select(Callout<Lease4SelectContext> callout) {
            return put(HookPoint.LEASE4_SELECT, callout);
        }

        public Builder lease4Renew(Callout<Lease4RenewContext> callout) {
            return put(HookPoint.LEASE4_RENEW, callout);
        }

        public Builder lease4Release(Callout<Lease4ReleaseContext> callout) {
            return put(HookPoint.LEASE4_RELEASE, callout);
        }

        public Builder lease4Expire(Callout<Lease4ExpireContext> callout) {
            return put(HookPoint.LEASE4_EXPIRE, callout);
        }

        public Builder pkt4Send(Callout<Pkt4SendContext> callout) {
            return put(HookPoint.PKT4_SEND, callout);
        }

        /** Run by {@link Callouts#close()}. */
        public Builder onClose(Runnable action) {
            this.onClose = action;
            return this;
        }

        public Callouts build() {
            return new Callouts(byPoint, onClose);
        }

        private Builder put(HookPoint point, Callout<?> callout) {
            byPoint.put(point, callout);
            return this;
        }
    }
}
