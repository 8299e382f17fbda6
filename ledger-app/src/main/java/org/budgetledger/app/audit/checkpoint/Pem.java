package org.budgetledger.app.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The PEM text form (RFC 7468) of the two key encodings the audit keys use. */
final class Pem {

  private Pem() {}

  static String encode(byte[] der, String label) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  static byte[] decode(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no '" + begin + "' block in the PEM text");
    }
    return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
  }
}
