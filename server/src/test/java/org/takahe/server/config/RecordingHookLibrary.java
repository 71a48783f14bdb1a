package org.takahe.server.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.HookConfigurationException;
import org.takahe.dhcp.hooks.api.HookLibrary;
import org.takahe.dhcp.hooks.api.NextStep;

/** A hook library for the commit tests: records each configure and close by its "tag" parameter. */
public final class RecordingHookLibrary implements HookLibrary {
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public Callouts configure(Map<String, String> parameters) throws HookConfigurationException {
        String tag = parameters.getOrDefault("tag", "untagged");
        if (tag.isBlank()) {
            throw new HookConfigurationException("tag", "tag must not be blank");
        }
        EVENTS.add("configure " + tag);
        return Callouts.builder().pkt4Receive(context -> NextStep.CONTINUE)
            .onClose(() -> EVENTS.add("close " + tag)).build();
    }
}
