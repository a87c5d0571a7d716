package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MethodKindTest {

    @ParameterizedTest
    @ValueSource(strings = {"crm.activity.get", "crm.activity.list", "crm.activity.fields", "crm.activity.badge.get",
            "crm.activity.badge.list", "crm.activity.configurable.get", "CRM.Activity.List", "profile",
            "user.current", "app.info", "server.time", "scope", "methods"})
    void readOnly(String method) {
        assertThat(MethodKind.isReadOnly(method)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"crm.activity.badge.add", "crm.activity.badge.delete", "crm.activity.delete",
            "crm.activity.add", "crm.activity.update", "crm.activity.configurable.update", "batch",
            "crm.activity.listing", "crm.activity.getter"})
    void notReadOnly(String method) {
        assertThat(MethodKind.isReadOnly(method)).isFalse();
    }
}
