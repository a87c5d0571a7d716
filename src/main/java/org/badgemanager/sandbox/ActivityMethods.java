package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/** crm.activity.get and crm.activity.delete: legacy CRM methods whose errors carry an empty code. */
final class ActivityMethods {

    static final String NOT_FOUND = "Activity is not found.";
    static final String ACCESS_DENIED = "Access denied.";
    static final String APP_CONTEXT_REQUIRED = "Application context required.";
    static final String BAD_ID = "ID is not defined or invalid.";

    private final PortalState state;
    private final SandboxControl control;

    ActivityMethods(PortalState state, SandboxControl control) {
        this.state = state;
        this.control = control;
    }

    void registerInto(MethodRegistry registry) {
        registry.register("crm.activity.get", this::get);
        registry.register("crm.activity.delete", this::delete);
        registry.register("crm.activity.list", new ActivityListMethod(state, control));
    }

    private MethodResult get(MethodCall call) {
        long id = id(call.params());
        Optional<ObjectNode> fields = state.query((badges, activities) -> activities.view(id).map(row -> {
            if (row.access() == ActivityAccess.FOREIGN) {
                throw RestError.legacy(ACCESS_DENIED);
            }
            ActivityRecord record = row.record();
            return control.providerParamsReturned() ? record.fieldsCopy() : ActivityListMethod.withoutParams(record);
        }));
        return MethodResult.of(fields.orElseThrow(() -> RestError.legacy(NOT_FOUND)));
    }

    private MethodResult delete(MethodCall call) {
        long id = id(call.params());
        state.update((badges, activities) -> {
            StoredActivity record = activities.view(id).orElseThrow(() -> RestError.legacy(NOT_FOUND));
            if (record.access() == ActivityAccess.FOREIGN) {
                throw RestError.legacy(ACCESS_DENIED);
            }
            // App-created activities may only be removed in an application (OAuth) context.
            if (record.access() == ActivityAccess.APP_CREATED && !call.caller().oauth()) {
                throw RestError.legacy(APP_CONTEXT_REQUIRED);
            }
            // on a cloud portal the activity goes to the CRM recycle bin and its badge stays (addendum §1.7)
            activities.remove(id, control.recycleBin());
        });
        return MethodResult.of(BooleanNode.TRUE);
    }

    private static long id(ObjectNode params) {
        return Params.positiveId(Params.get(params, "id")).orElseThrow(() -> RestError.legacy(BAD_ID));
    }
}
