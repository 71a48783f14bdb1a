package org.takahe.dhcp;

import java.util.List;

/** {@link DhcpEngine#apply} was given a configuration {@link DhcpEngine#preflight} finds problems in. */
public final class ConfigRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigRejectedException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::message).reduce((a, b) -> a + "; " + b).orElse("no problems"));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
