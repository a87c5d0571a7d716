package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Parameters and caller of one method invocation (top level or inside a batch). */
record MethodCall(ObjectNode params, Caller caller) {
}
