package org.badgemanager.bitrix;

import java.time.Instant;

/** An OAuth access/refresh token pair; {@link #toString()} never shows them. */
public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "OAuthTokens[expiresAt=" + expiresAt + "]";
    }
}
