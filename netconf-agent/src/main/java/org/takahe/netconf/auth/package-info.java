/**
 * Who may open a NETCONF session: users with PBKDF2 password hashes and OpenSSH authorized keys,
 * kept as files in the data directory and re-read on every authentication.
 */
@NullMarked
package org.takahe.netconf.auth;

import org.jspecify.annotations.NullMarked;
