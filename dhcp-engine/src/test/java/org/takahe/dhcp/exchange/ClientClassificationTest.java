package org.takahe.dhcp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.classify.Expression;
import org.takahe.dhcp.classify.ExpressionException;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.ClientClass4;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Reservations4;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.testing.FakeLeaseStore;
import org.takahe.dhcp.testing.MutableClock;
import org.takahe.dhcp.testing.Reservations;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.StandardOptions;

/** Classes computed per request and what they select: boot fields, subnets, pools; KNOWN after host lookup. */
class ClientClassificationTest {
    private static final ReceivingInterface LAN_IF = new ReceivingInterface("lan0", List.of(ip("198.18.0.1")));
    private static final String PXE_MAC = "52:54:00:00:00:01";
    private static final String PLAIN_MAC = "52:54:00:00:00:02";

    private final FakeLeaseStore store = new FakeLeaseStore();
    private final ExchangeService service = new ExchangeService(new ChainFactory(
        new AllocationEngine(store, new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), Duration.ofSeconds(30))), new Dhcp4Counters());

    private static ClientClass4 pxeClass() throws ExpressionException {
        return new ClientClass4("pxe", Optional.of(Expression.compileCondition(
                "substring(option[60].hex, 0, 9) == 'PXEClient'")), List.of(),
            new BootFields(Optional.of(ip("198.18.0.5")), Optional.of("boot.example.test"),
                Optional.of("pxelinux.0")), Optional.empty());
    }

    private static Subnet4 subnet(String id, String prefix, Optional<String> clientClass, Pool4... pools) {
        return new Subnet4(id, Ipv4Prefix.parse(prefix), List.of(pools), Options4.none(),
            LeaseTimers.forLifetime(Duration.ofHours(1)), false, true, Reservations4.none(), clientClass);
    }

    private static Pool4 pool(String id, String start, String end, Optional<String> clientClass) {
        return new Pool4(id, ip(start), ip(end), clientClass);
    }

    private void install(List<Subnet4> subnets, List<SharedNetwork4> shared, ClientClass4... classes) {
        service.install(new DhcpConfig(List.of("lan0"), Optional.empty(), subnets, shared, List.of(classes)));
    }

    private static Dhcp4Message discover(String mac, Optional<String> vendorClass) {
        var options = TestPackets.options(MessageType.DISCOVER);
        vendorClass.ifPresent(v -> options.raw(60, Octets.of(v.getBytes(StandardCharsets.US_ASCII))));
        return TestPackets.request(mac, 0x77, Ipv4Bytes.ANY, Ipv4Bytes.ANY, options.build());
    }

    private static Dhcp4Message pxeDiscover(String mac) {
        return discover(mac, Optional.of("PXEClient:Arch:00000:UNDI:002001"));
    }

    private ExchangeOutcome process(Dhcp4Message message) {
        return service.process(new InboundDatagram(message, new InetSocketAddress("0.0.0.0", 68), LAN_IF));
    }

    private Dhcp4Message offer(Dhcp4Message discover) {
        Reply4 reply = assertInstanceOf(ExchangeOutcome.Replied.class, process(discover)).reply();
        assertEquals(MessageType.OFFER, reply.type());
        return reply.message();
    }

    private static String text(Octets field) {
        return new String(field.toByteArray(), StandardCharsets.US_ASCII).replace("\0", "");
    }

    @Test
    void pxeClientGetsItsClassBootFieldsAndAnotherClientDoesNot() throws Exception {
        install(List.of(TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20")), List.of(),
            pxeClass());

        Dhcp4Message pxe = offer(pxeDiscover(PXE_MAC));
        assertEquals(ip("198.18.0.5"), pxe.siaddr());
        assertEquals("boot.example.test", text(pxe.sname()));
        assertEquals("pxelinux.0", text(pxe.file()));

        Dhcp4Message plain = offer(discover(PLAIN_MAC, Optional.of("MSFT 5.0")));
        assertEquals(Ipv4Bytes.ANY, plain.siaddr());
        assertEquals("", text(plain.sname()));
        assertEquals("", text(plain.file()));
    }

    @Test
    void theFirstAssignedClassWinsEachBootFieldAndLaterClassesFillTheRest() throws Exception {
        ClientClass4 fileOnly = new ClientClass4("uefi", Optional.of(Expression.compileCondition(
                "member('pxe') and option[60].text == 'PXEClient:Arch:00000:UNDI:002001'")), List.of(),
            new BootFields(Optional.empty(), Optional.empty(), Optional.of("ipxe.efi")), Optional.empty());
        ClientClass4 vendorClassBoot = new ClientClass4("VENDOR_CLASS_PXEClient:Arch:00000:UNDI:002001",
            Optional.empty(), List.of(), new BootFields(Optional.of(ip("198.18.0.9")), Optional.empty(),
                Optional.of("vendor.0")), Optional.empty());
        install(List.of(TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20")), List.of(),
            vendorClassBoot, pxeClass(), fileOnly);

        Dhcp4Message pxe = offer(pxeDiscover(PXE_MAC));
        // Built-in VENDOR_CLASS_ is assigned first, so its next-server and file win; sname only pxe sets.
        assertEquals(ip("198.18.0.9"), pxe.siaddr());
        assertEquals("vendor.0", text(pxe.file()));
        assertEquals("boot.example.test", text(pxe.sname()));
    }

    @Test
    void classifierAssignsBuiltinsThenTestedClassesInOrderEachSeeingTheEarlierOnes() throws Exception {
        ClientClass4 second = ClientClass4.tested("pxe-on-lan", Expression.compileCondition(
            "member('pxe') and pkt.iface == 'lan0'"));
        ClientClass4 never = ClientClass4.tested("never", Expression.compileCondition("member('later')"));
        ClientClass4 untested = new ClientClass4("later", Optional.empty(), List.of(), BootFields.none(),
            Optional.empty());
        ClientClassifier classifier = new ClientClassifier(List.of(pxeClass(), second, never, untested));
        Request4 request = new Request4(pxeDiscover(PXE_MAC), MessageType.DISCOVER,
            new InetSocketAddress("0.0.0.0", 68), LAN_IF, Optional.empty());

        ClientClasses classes = classifier.onReceipt(request);

        assertEquals(List.of("ALL", "VENDOR_CLASS_PXEClient:Arch:00000:UNDI:002001", "pxe", "pxe-on-lan"),
            classes.names());
    }

    @Test
    void classifyHandlerPutsTheRequestsClassesOnTheReplyAndGoesOn() throws Exception {
        ClassifyHandler handler = new ClassifyHandler(new ClientClassifier(List.of(pxeClass())));
        Request4 pxe = new Request4(pxeDiscover(PXE_MAC), MessageType.DISCOVER, new InetSocketAddress("0.0.0.0", 68),
            LAN_IF, Optional.empty());
        Request4 plain = new Request4(discover(PLAIN_MAC, Optional.empty()), MessageType.DISCOVER,
            new InetSocketAddress("0.0.0.0", 68), LAN_IF, Optional.empty());
        Reply4.Builder pxeReply = Reply4.builder(pxe);
        Reply4.Builder plainReply = Reply4.builder(plain);

        assertEquals(Step.CONTINUE, handler.handle(pxe, pxeReply));
        assertEquals(Step.CONTINUE, handler.handle(plain, plainReply));

        assertTrue(pxeReply.classes().contains("pxe"));
        assertEquals(List.of("ALL"), plainReply.classes().names());
    }

    @Test
    void classesOnKnownAndUnknownAreDecidedAfterTheHostLookupAndRepeatablyInASharedNetwork() throws Exception {
        ClientClass4 stranger = ClientClass4.tested("stranger", Expression.compileCondition("unknown"));
        ClientClass4 strangerPxe = ClientClass4.tested("stranger-pxe",
            Expression.compileCondition("member('stranger') and member('pxe')"));
        ClientClassifier classifier = new ClientClassifier(List.of(pxeClass(), stranger, strangerPxe));
        Request4 request = new Request4(pxeDiscover(PXE_MAC), MessageType.DISCOVER,
            new InetSocketAddress("0.0.0.0", 68), LAN_IF, Optional.empty());

        ClientClasses onReceipt = classifier.onReceipt(request);
        assertEquals(List.of("ALL", "VENDOR_CLASS_PXEClient:Arch:00000:UNDI:002001", "pxe"), onReceipt.names(),
            "stranger depends on the lookup, and stranger-pxe on stranger");

        ClientClasses unknown = classifier.afterHostLookup(request, onReceipt, false);
        assertEquals(List.of("ALL", "VENDOR_CLASS_PXEClient:Arch:00000:UNDI:002001", "pxe", "UNKNOWN", "stranger",
            "stranger-pxe"), unknown.names());
        ClientClasses knownInTheNextSubnet = classifier.afterHostLookup(request, unknown, true);
        assertEquals(List.of("ALL", "VENDOR_CLASS_PXEClient:Arch:00000:UNDI:002001", "pxe", "KNOWN"),
            knownInTheNextSubnet.names());
    }

    @Test
    void aReservedClientIsKnownAndGetsTheBootFieldsOfAClassOnKnown() throws Exception {
        ClientClass4 known = new ClientClass4("registered", Optional.of(Expression.compileCondition("known")),
            List.of(), new BootFields(Optional.empty(), Optional.empty(), Optional.of("registered.0")),
            Optional.empty());
        Subnet4 lan = Reservations.with(TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20"),
            Reservations.byHardwareAddress("pc", PLAIN_MAC, null));
        install(List.of(lan), List.of(), known);

        assertEquals("registered.0", text(offer(discover(PLAIN_MAC, Optional.empty())).file()));
        assertEquals("", text(offer(discover(PXE_MAC, Optional.empty())).file()));
    }

    @Test
    void aClassLifetimeReplacesTheSubnetsInTheLeaseAndItsTimers() throws Exception {
        ClientClass4 shortLeases = new ClientClass4("short", Optional.of(Expression.compileCondition(
            "member('pxe')")), List.of(), BootFields.none(), Optional.of(Duration.ofSeconds(600)));
        install(List.of(TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20")), List.of(),
            pxeClass(), shortLeases);

        Dhcp4Message offer = offer(pxeDiscover(PXE_MAC));
        assertEquals(Optional.of(Duration.ofSeconds(600)), offer.options().leaseTime());
        assertEquals(Optional.of(Duration.ofSeconds(300)), offer.options().renewalTime());
        assertEquals(Optional.of(Duration.ofSeconds(525)), offer.options().rebindingTime());
        Dhcp4Message request = TestPackets.request(PXE_MAC, 2, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            TestPackets.options(MessageType.REQUEST).address(StandardOptions.REQUESTED_ADDRESS, offer.yiaddr())
                .address(StandardOptions.SERVER_IDENTIFIER, ip("198.18.0.1"))
                .raw(60, Octets.of("PXEClient:Arch:00000:UNDI:002001".getBytes(StandardCharsets.US_ASCII))).build());
        Reply4 ack = assertInstanceOf(ExchangeOutcome.Replied.class, process(request)).reply();
        assertEquals(MessageType.ACK, ack.type());
        var lease = store.findByAddress(offer.yiaddr()).orElseThrow();
        assertEquals(Duration.ofSeconds(600), Duration.between(lease.renewed(), lease.expires()));

        assertEquals(Optional.of(TestConfigs.LIFETIME), offer(discover(PLAIN_MAC, Optional.empty())).options()
            .leaseTime(), "others keep the subnet's lifetime");
    }

    @Test
    void aSubnetForAClassServesOnlyItsMembers() throws Exception {
        install(List.of(subnet("lan", "198.18.0.0/24", Optional.of("pxe"),
            pool("all", "198.18.0.10", "198.18.0.20", Optional.empty()))), List.of(), pxeClass());

        assertTrue(Ipv4Prefix.parse("198.18.0.0/24").contains(offer(pxeDiscover(PXE_MAC)).yiaddr()));
        ExchangeOutcome.Dropped dropped = assertInstanceOf(ExchangeOutcome.Dropped.class,
            process(discover(PLAIN_MAC, Optional.empty())));
        assertEquals(DropReason.NO_SUBNET, dropped.reason());
        assertTrue(dropped.detail().contains("in classes ALL"), dropped.detail());
    }

    @Test
    void inASharedNetworkAClientOutsideTheSubnetsClassIsServedByAnotherSubnetOfTheLink() throws Exception {
        Subnet4 pxeOnly = subnet("pxe-net", "198.18.0.0/24", Optional.of("pxe"),
            pool("pxe-pool", "198.18.0.10", "198.18.0.20", Optional.empty()));
        Subnet4 open = subnet("open-net", "198.18.10.0/24", Optional.empty(),
            pool("open-pool", "198.18.10.10", "198.18.10.20", Optional.empty()));
        install(List.of(pxeOnly, open),
            List.of(new SharedNetwork4("link", List.of("pxe-net", "open-net"), List.of(), Optional.empty())),
            pxeClass());

        assertTrue(pxeOnly.prefix().contains(offer(pxeDiscover(PXE_MAC)).yiaddr()));
        assertTrue(open.prefix().contains(offer(discover(PLAIN_MAC, Optional.empty())).yiaddr()));
    }

    @Test
    void aPoolForAClassGivesAddressesOnlyToMembers() throws Exception {
        install(List.of(subnet("lan", "198.18.0.0/24", Optional.empty(),
            pool("pxe-pool", "198.18.0.10", "198.18.0.10", Optional.of("pxe")),
            pool("open-pool", "198.18.0.100", "198.18.0.100", Optional.empty()))), List.of(), pxeClass());

        // The cursor starts in the pxe pool; a client outside the class skips it whole.
        assertEquals(ip("198.18.0.100"), offer(discover(PLAIN_MAC, Optional.empty())).yiaddr());
        assertEquals(DropReason.NO_ADDRESS_AVAILABLE, assertInstanceOf(ExchangeOutcome.Dropped.class,
            process(discover("52:54:00:00:00:03", Optional.empty()))).reason(), "the open pool is taken");
        assertEquals(ip("198.18.0.10"), offer(pxeDiscover(PXE_MAC)).yiaddr());
        // Asking for an address of the class pool does not help a non-member.
        Dhcp4Message asks = TestPackets.select("52:54:00:00:00:04", 9, ip("198.18.0.10"), ip("198.18.0.1"));
        Reply4 nak = assertInstanceOf(ExchangeOutcome.Replied.class, process(asks)).reply();
        assertEquals(MessageType.NAK, nak.type());
        assertTrue(nak.message().options().raw(StandardOptions.MESSAGE.code()).map(m -> text(m))
            .orElseThrow().contains("reserved for a class the client is not in"));
    }
}
