package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void masksWebhookCodesTokensAndSecretsWhereverTheyAppear() {
        String text = "POST https://p.bitrix24.com/rest/1/abcd1234efgh/crm.activity.badge.add failed; "
                + "auth=tok123&x=1 {\"refresh_token\":\"r-456\",\"clientSecret\": \"s3cr3t\"} access_token=a.b.c";
        String masked = SecretMasker.mask(text);
        assertThat(masked).doesNotContain("abcd1234efgh", "tok123", "r-456", "s3cr3t", "a.b.c")
                .contains("/rest/1/••••••/crm.activity.badge.add", "x=1");
    }
}
