package org.takahe.dhcp.hooks.api;

/**
 * What a {@link HookPoint#PKT4_SEND} callout sees, and the changes it may make to the response's options. The options
 * are shown as the client will read them, those an overloaded response carries in its file and sname fields included;
 * after a change the server lays the response out again within the client's maximum message size. The message type
 * (option 53) and option overload (52) are the server's and cannot be changed; the relay agent information (option
 * 82) is always sent last, as RFC 3046 requires.
 */
public interface Pkt4SendContext {

    Packet4 query();

    /** The response as it stands, with the changes of this and earlier callouts. */
    Packet4 response();

    /**
     * Adds the option, or replaces its data if the response carries it. Data longer than 255 bytes is sent as
     * consecutive instances of the code (RFC 3396).
     *
     * @throws IllegalArgumentException for codes 53 and 52, or a code outside 1..254
     * @throws IllegalStateException if the point is over (the callout ran past its timeout)
     */
    void setOption(int code, byte[] data);

    /**
     * Removes the option if present.
     *
     * @throws IllegalArgumentException for codes 53 and 52
     * @throws IllegalStateException if the point is over (the callout ran past its timeout)
     */
    void removeOption(int code);
}
