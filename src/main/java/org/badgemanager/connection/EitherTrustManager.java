package org.badgemanager.connection;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.net.ssl.X509TrustManager;

/** Trusts a server when the default trust does, or else when the profile's pinned certificate does. */
final class EitherTrustManager implements X509TrustManager {
    private final X509TrustManager first;
    private final X509TrustManager second;

    EitherTrustManager(X509TrustManager first, X509TrustManager second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            first.checkServerTrusted(chain, authType);
        } catch (CertificateException notByDefault) {
            second.checkServerTrusted(chain, authType);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        first.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return Stream.concat(Arrays.stream(first.getAcceptedIssuers()), Arrays.stream(second.getAcceptedIssuers()))
                .toArray(X509Certificate[]::new);
    }
}
