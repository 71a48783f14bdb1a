/**
 * XPath 1.0 as YANG uses it: must and when at validation, and NETCONF XPath filters. Expressions
 * are parsed by yangtools (which already parses every must/when of the schema) and evaluated here
 * over a light node tree, because the JDK's engine re-indexes the whole DOM on every evaluation and
 * turns a 10,000-entry list into minutes of work.
 */
@org.jspecify.annotations.NullMarked
package org.takahe.datastore.xpath;
