package org.takahe.dhcp.exchange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.takahe.dhcp.classify.BuiltinClasses;
import org.takahe.dhcp.classify.ClientClasses;
import org.takahe.dhcp.classify.PacketView;
import org.takahe.dhcp.config.ClientClass4;

/**
 * Assigns a request its classes, in Kea's two steps. On receipt: ALL, VENDOR_CLASS_x, then each configured class
 * whose test holds, in configuration order, each test seeing the classes assigned before it. After the host
 * reservation lookup: KNOWN or UNKNOWN, then the classes whose tests depend (directly or through member()) on those
 * two, which cannot be decided earlier. Built once per configuration; immutable.
 */
final class ClientClassifier {
    private final List<ClientClass4> onReceipt;
    private final List<ClientClass4> afterHostLookup;
    /** KNOWN, UNKNOWN and the classes in {@link #afterHostLookup}. */
    private final Set<String> decidedByHostLookup;
    private final Map<String, Duration> lifetimeByClass;

    ClientClassifier(List<ClientClass4> classes) {
        List<ClientClass4> early = new ArrayList<>();
        List<ClientClass4> late = new ArrayList<>();
        Set<String> dependOnHostLookup = new HashSet<>(Set.of(BuiltinClasses.KNOWN, BuiltinClasses.UNKNOWN));
        for (ClientClass4 definition : classes) {
            boolean deferred = definition.test()
                .map(test -> test.memberReferences().stream().anyMatch(dependOnHostLookup::contains))
                .orElse(false);
            if (deferred) {
                dependOnHostLookup.add(definition.name());
                late.add(definition);
            } else {
                early.add(definition);
            }
        }
        this.onReceipt = List.copyOf(early);
        this.afterHostLookup = List.copyOf(late);
        this.decidedByHostLookup = Set.copyOf(dependOnHostLookup);
        Map<String, Duration> lifetimes = new HashMap<>();
        classes.forEach(c -> c.validLifetime().ifPresent(l -> lifetimes.putIfAbsent(c.name(), l)));
        this.lifetimeByClass = Map.copyOf(lifetimes);
    }

    /** The classes known when the request arrives, before subnet selection. */
    ClientClasses onReceipt(Request4 request) {
        return evaluate(onReceipt, request.view(BuiltinClasses.of(request.message())));
    }

    /**
     * Adds KNOWN (a host reservation matched) or UNKNOWN, then the classes that depend on them. Repeatable: in a
     * shared network the lookup runs again per subnet tried, so what an earlier lookup added is taken out first.
     */
    ClientClasses afterHostLookup(Request4 request, ClientClasses soFar, boolean known) {
        List<String> kept = soFar.names().stream().filter(name -> !decidedByHostLookup.contains(name)).toList();
        ClientClasses withHost = new ClientClasses(kept).with(known ? BuiltinClasses.KNOWN : BuiltinClasses.UNKNOWN);
        return evaluate(afterHostLookup, request.view(withHost));
    }

    /** The lifetime of the first of these classes (in assignment order) that sets one, as Kea picks it. */
    Optional<Duration> validLifetime(ClientClasses classes) {
        if (lifetimeByClass.isEmpty()) {
            return Optional.empty();
        }
        for (String name : classes.names()) {
            Duration lifetime = lifetimeByClass.get(name);
            if (lifetime != null) {
                return Optional.of(lifetime);
            }
        }
        return Optional.empty();
    }

    private static ClientClasses evaluate(List<ClientClass4> definitions, PacketView packet) {
        PacketView view = packet;
        for (ClientClass4 definition : definitions) {
            if (definition.test().isPresent() && definition.test().get().test(view)) {
                view = view.withClasses(view.classes().with(definition.name()));
            }
        }
        return view.classes();
    }
}
