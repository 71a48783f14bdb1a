package org.takahe.dhcp.hooks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.hooks.api.Packet4;
import org.takahe.dhcp.hooks.api.PacketOptions;
import org.takahe.dhcp.hooks.api.Pkt4SendContext;
import org.takahe.dhcp.wire.Decoded;
import org.takahe.dhcp.wire.Dhcp4Codec;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.OptionPacker;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.RawOption;
import org.takahe.dhcp.wire.StandardOptions;

/**
 * The pkt4-send context: the response's options, which callouts may add to, replace or remove. Callouts see the
 * options as the client will read them, those an overloaded response carries in its file and sname fields included
 * (RFC 2132 §9.3); a changed response is laid out again within the client's maximum message size. The message type
 * stays the server's, and the relay agent information stays last (RFC 3046 §2.2).
 */
final class ResponseEdit implements PointContext<Pkt4SendContext> {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseEdit.class);
    private static final int MESSAGE_TYPE = StandardOptions.MESSAGE_TYPE.code();
    private static final int OPTION_OVERLOAD = StandardOptions.OPTION_OVERLOAD.code();
    private static final int RELAY_AGENT_INFORMATION = StandardOptions.RELAY_AGENT_INFORMATION.code();
    /** Option 52's bits (RFC 2132 §9.3): options in the file field, options in the sname field. */
    private static final int OVERLOAD_FILE = 1;
    private static final int OVERLOAD_SNAME = 2;

    private final Packet4 query;
    private final Dhcp4Message original;
    /** The original with every option in the options list and file/sname as they are when not holding options. */
    private final Dhcp4Message unpacked;
    private final int messageLimit;
    private Packet4 response;
    private boolean changed;

    ResponseEdit(Dhcp4Message query, Dhcp4Message response) {
        this.query = HookValues.packet(query);
        this.original = response;
        this.unpacked = unpacked(response);
        this.messageLimit = OptionPacker.messageLimit(query.options());
        this.response = HookValues.packet(unpacked);
    }

    /** The response to send: the original message if no callout changed it, else the edit laid out anew. */
    synchronized Dhcp4Message result() {
        if (!changed) {
            return original;
        }
        List<RawOption> options = new ArrayList<>();
        RawOption relayInfo = null;
        for (int code : response.options().codes()) {
            RawOption option = new RawOption(code, Octets.of(response.options().get(code).orElseThrow()));
            if (code == RELAY_AGENT_INFORMATION) {
                relayInfo = option;
            } else {
                options.add(option);
            }
        }
        if (relayInfo != null) {
            options.add(relayInfo);
        }
        OptionPacker.Packed packed = OptionPacker.pack(options, unpacked.file(), unpacked.sname(), messageLimit);
        if (!packed.leftOut().isEmpty()) {
            DhcpMessages.DHCP4_OPTIONS_LEFT_OUT.log(LOG, Integer.toHexString(original.xid()),
                packed.leftOut().size(), messageLimit, packed.leftOut());
        }
        Dhcp4Message m = original;
        return new Dhcp4Message(m.op(), m.htype(), m.hlen(), m.hops(), m.xid(), m.secs(), m.flags(), m.ciaddr(),
            m.yiaddr(), m.siaddr(), m.giaddr(), m.chaddr(), packed.sname(), packed.file(), packed.options());
    }

    @Override
    public Pkt4SendContext openView() {
        return new View();
    }

    @Override
    public void closeView(Pkt4SendContext view) {
        synchronized (this) {
            ((View) view).open = false;
        }
    }

    private synchronized Packet4 current() {
        return response;
    }

    /** Reads an overloaded response back as the client will (the codec joins the fields' options in order). */
    private static Dhcp4Message unpacked(Dhcp4Message response) {
        int overload = response.options().raw(OPTION_OVERLOAD).filter(b -> b.length() == 1).map(b -> b.get(0) & 0xff)
            .orElse(0);
        if (overload == 0 || !(Dhcp4Codec.decode(Dhcp4Codec.encode(response)) instanceof Decoded.Ok read)) {
            return response;
        }
        List<RawOption> options = read.message().options().all().stream().filter(o -> o.code() != OPTION_OVERLOAD)
            .toList();
        Dhcp4Message m = response;
        return new Dhcp4Message(m.op(), m.htype(), m.hlen(), m.hops(), m.xid(), m.secs(), m.flags(), m.ciaddr(),
            m.yiaddr(), m.siaddr(), m.giaddr(), m.chaddr(),
            (overload & OVERLOAD_SNAME) != 0 ? Octets.empty() : m.sname(),
            (overload & OVERLOAD_FILE) != 0 ? Octets.empty() : m.file(), new Dhcp4Options(options));
    }

    private final class View implements Pkt4SendContext {
        private boolean open = true; // guarded by the ResponseEdit

        @Override
        public Packet4 query() {
            return query;
        }

        @Override
        public Packet4 response() {
            return current();
        }

        @Override
        public void setOption(int code, byte[] data) {
            checkCode(code);
            byte[] copy = data.clone();
            edit(options -> options.with(code, copy));
        }

        @Override
        public void removeOption(int code) {
            checkCode(code);
            edit(options -> options.without(code));
        }

        private void edit(UnaryOperator<PacketOptions> change) {
            synchronized (ResponseEdit.this) {
                if (!open) {
                    throw new IllegalStateException("pkt4-send is over for this callout (it ran past its time)");
                }
                Packet4 r = response;
                PacketOptions options = change.apply(r.options());
                if (options == r.options()) {
                    return;
                }
                response = new Packet4(r.op(), r.htype(), r.hops(), r.xid(), r.secs(), r.flags(), r.ciaddr(),
                    r.yiaddr(), r.siaddr(), r.giaddr(), r.hardwareAddress(), r.serverName(), r.bootFileName(),
                    options);
                changed = true;
            }
        }

        private static void checkCode(int code) {
            if (code == MESSAGE_TYPE || code == OPTION_OVERLOAD) {
                throw new IllegalArgumentException("option " + code + " is the server's to set");
            }
            if (code < 1 || code > 254) {
                throw new IllegalArgumentException("option code " + code + " is not in 1..254");
            }
        }
    }
}
