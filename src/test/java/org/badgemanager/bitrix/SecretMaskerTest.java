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

    @Test
    void masksTheOAuthAuthorizationCodeInTheTokenFormAndTheSignInRedirect() {
        String form = "POST https://oauth.bitrix.info/oauth/token/ grant_type=authorization_code&client_id=app.1"
                + "&client_secret=s3cr3t&code=AuthCode123";
        String redirect = "GET http://127.0.0.1:4711/callback?code=Redirect456&state=xyz&domain=p.bitrix24.com";
        String curl = "curl -X POST --data 'grant_type=authorization_code&client_id=app.1&code=Curl789' https://o/t/";

        assertThat(SecretMasker.mask(form)).doesNotContain("AuthCode123", "s3cr3t")
                .contains("grant_type=authorization_code", "client_id=app.1", "&code=••••••");
        assertThat(SecretMasker.mask(redirect)).doesNotContain("Redirect456")
                .contains("?code=••••••&state=xyz&domain=p.bitrix24.com");
        assertThat(SecretMasker.mask(curl)).doesNotContain("Curl789").contains("code=••••••'");
    }

    @Test
    void badgeCodesStayReadable() {
        String get = "GET https://p.bitrix24.com/rest/crm.activity.badge.get.json?code=missedCall";
        String list = "crm.activity.badge.delete?code=oldBadge&force=Y";
        String json = "{\"code\":\"missedCall\",\"title\":{\"en\":\"Missed call\"}}";
        String batch = "cmd[a]=crm.activity.badge.get%3Fcode%3DmissedCall&halt=0";
        String words = "The badge code=missedCall is used by 3 activities; error code=NOT_FOUND";

        assertThat(SecretMasker.mask(get)).isEqualTo(get);
        assertThat(SecretMasker.mask(list)).isEqualTo(list);
        assertThat(SecretMasker.mask(json)).isEqualTo(json);
        assertThat(SecretMasker.mask(batch)).isEqualTo(batch);
        assertThat(SecretMasker.mask(words)).isEqualTo(words);
    }
}
