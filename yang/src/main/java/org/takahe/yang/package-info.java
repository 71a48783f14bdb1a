/**
 * The YANG modules Takahe is managed through (ours and the IETF ones they build on), shipped as
 * class-path resources, and an example startup configuration written against them.
 */
@NullMarked
package org.takahe.yang;

import org.jspecify.annotations.NullMarked;
