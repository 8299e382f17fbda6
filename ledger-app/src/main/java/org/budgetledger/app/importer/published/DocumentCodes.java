package org.budgetledger.app.importer.published;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.budgetledger.app.importer.document.DocumentHeader;

/**
 * The codes a document's department and units are registered under, where the document prints
 * none: the municipal format names neither its department's code nor its units. One place, so that
 * the importer and the published tables key rows the same way.
 *
 * <ul>
 *   <li>department: the printed code ({@code 201}), else {@code X} + the first 6 hex digits
 *       (uppercase) of the SHA-256 of the UTF-8 department name: stable across imports of any
 *       document of that department, and never a real numeric code;
 *   <li>unit: the printed code ({@code 201001}), else {@code <department>-U<ordinal>} with the
 *       parser's ordinal of the unit (1 for the first unit the table lists).
 * </ul>
 */
public final class DocumentCodes {
  private DocumentCodes() {}

  public static String departmentCode(DocumentHeader header) {
    if (header.departmentCode() != null) {
      return header.departmentCode();
    }
    if (header.departmentName() == null || header.departmentName().isBlank()) {
      throw new IllegalArgumentException(header.fileName() + ": the document prints neither the "
          + "department's code nor its name; no code can be derived");
    }
    return derivedDepartmentCode(header.departmentName());
  }

  public static String derivedDepartmentCode(String departmentName) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(departmentName.getBytes(StandardCharsets.UTF_8));
      return "X" + HexFormat.of().withUpperCase().formatHex(hash).substring(0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The printed unit code, or {@code <department>-U<ordinal>} for an unnamed unit. */
  public static String unitCode(String departmentCode, String printedCode, int ordinal) {
    return printedCode != null ? printedCode : departmentCode + "-U" + ordinal;
  }
}
