package org.badgemanager.connection;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * What a self-hosted portal's profile trusts beyond the usual: one extra certificate (the company's own
 * certificate authority, or the portal's own certificate) pinned to this profile only, and, only after the admin
 * chose it knowing the risk, plain http to a host other than this computer. Nothing here changes the trust of any
 * other profile or of the OAuth server: the extra certificate is added to the default trust, never put in its place.
 *
 * @param certificatePem the extra certificate in PEM form, or null
 * @param plainHttp      whether plain http to another machine is allowed for this profile
 */
public record PortalTrust(String certificatePem, boolean plainHttp) {
    public static final PortalTrust DEFAULT = new PortalTrust(null, false);
    private static final String CERTIFICATE = "trustedCertificate";
    private static final String PLAIN_HTTP = "plainHttp";

    /** What the dialog shows of a certificate before the admin relies on it. */
    public record CertificateInfo(String subject, String sha256, Instant notAfter) {
        public boolean expired(Instant now) {
            return now.isAfter(notAfter);
        }
    }

    public PortalTrust {
        certificatePem = certificatePem == null || certificatePem.isBlank() ? null : certificatePem.strip();
    }

    public PortalTrust withCertificate(String pem) {
        return new PortalTrust(pem, plainHttp);
    }

    public PortalTrust withPlainHttp(boolean allowed) {
        return new PortalTrust(certificatePem, allowed);
    }

    /** The certificate read from PEM text; throws {@link IllegalArgumentException} when it is none. */
    public static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("Not a PEM certificate", e);
        }
    }

    public static CertificateInfo describe(String pem) {
        X509Certificate cert = parse(pem);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return new CertificateInfo(cert.getSubjectX500Principal().getName(),
                    HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest), cert.getNotAfter().toInstant());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The certificate cannot be read", e);
        }
    }

    /** The TLS context for this profile: the JDK's trust plus the pinned certificate; null when none is pinned. */
    public SSLContext sslContext() {
        if (certificatePem == null) {
            return null;
        }
        try {
            X509TrustManager system = trustManager(null);
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            extra.setCertificateEntry("pinned", parse(certificatePem));
            X509TrustManager pinned = trustManager(extra);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(system, pinned)}, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("The trust for this profile could not be set up", e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("No X.509 trust manager");
    }

    /** The settings fields (nothing secret: a certificate is public). */
    public Map<String, String> toFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (certificatePem != null) {
            fields.put(CERTIFICATE, certificatePem);
        }
        if (plainHttp) {
            fields.put(PLAIN_HTTP, "true");
        }
        return fields;
    }

    public static PortalTrust fromFields(Map<String, String> fields) {
        return new PortalTrust(fields.get(CERTIFICATE), "true".equals(fields.get(PLAIN_HTTP)));
    }
}
