package org.takahe.server.hooks;

/** A configured hook library name that no provider, or more than one, declares. */
public final class HookLibraryNotFoundException extends Exception {
    private static final long serialVersionUID = 1L;

    public HookLibraryNotFoundException(String message) {
        super(message);
    }
}
