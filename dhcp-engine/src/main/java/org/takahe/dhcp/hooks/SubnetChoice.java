package org.takahe.dhcp.hooks;

import java.util.List;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.api.Packet4;
import org.takahe.dhcp.hooks.api.Subnet4SelectContext;
import org.takahe.dhcp.hooks.api.SubnetInfo;

/** The subnet4-select context: the subnet chosen so far, which callouts may replace by another candidate. */
final class SubnetChoice implements PointContext<Subnet4SelectContext> {
    private final Packet4 query;
    private final String interfaceName;
    private final List<Subnet4> candidates;
    private final List<SubnetInfo> candidateViews;
    private Subnet4 chosen;

    SubnetChoice(Packet4 query, String interfaceName, Subnet4 selected, List<Subnet4> candidates) {
        this.query = query;
        this.interfaceName = interfaceName;
        this.candidates = candidates;
        this.candidateViews = HookValues.subnets(candidates);
        this.chosen = selected;
    }

    synchronized Subnet4 chosen() {
        return chosen;
    }

    @Override
    public Subnet4SelectContext openView() {
        return new View();
    }

    @Override
    public void closeView(Subnet4SelectContext view) {
        synchronized (this) {
            ((View) view).open = false;
        }
    }

    private final class View implements Subnet4SelectContext {
        private boolean open = true; // guarded by the SubnetChoice

        @Override
        public Packet4 query() {
            return query;
        }

        @Override
        public String interfaceName() {
            return interfaceName;
        }

        @Override
        public SubnetInfo subnet() {
            return HookValues.subnet(chosen());
        }

        @Override
        public List<SubnetInfo> candidates() {
            return candidateViews;
        }

        @Override
        public void selectSubnet(String subnetId) {
            Subnet4 next = candidates.stream().filter(s -> s.id().equals(subnetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no configured subnet has id '" + subnetId + "'"));
            synchronized (SubnetChoice.this) {
                if (!open) {
                    throw new IllegalStateException("subnet4-select is over for this callout (it ran past its time)");
                }
                chosen = next;
            }
        }
    }
}
