package org.budgetledger.app.importer.published;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.budgetledger.app.importer.document.DocumentHeader;
import org.budgetledger.app.importer.document.DocumentUnit;

/**
 * The codes the ledger gives a document's department and units. A document that prints no
 * department code (the municipal format) gets {@code X} + the first 6 hex digits of SHA-256 of the
 * department's name, so the same department always gets the same code; unnamed units get {@code
 * <department>-U<n>} in the order the document lists them.
 */
public final class DocumentCodes {
  private DocumentCodes() {}

  public static String departmentCode(DocumentHeader header) {
    if (header.departmentCode() != null && !header.departmentCode().isBlank()) {
      return header.departmentCode();
    }
    if (header.departmentName() == null || header.departmentName().isBlank()) {
      throw new IllegalArgumentException(
          header.fileName()
              + ": the document prints neither the "
              + "department's code nor its name; no code can be derived");
    }
    return derivedDepartmentCode(header.departmentName());
  }

  public static String derivedDepartmentCode(String departmentName) {
    return "X" + sha256(departmentName).substring(0, 6).toUpperCase(Locale.ROOT);
  }

  public static String unitCode(String departmentCode, DocumentUnit unit) {
    return unitCode(departmentCode, unit.code(), unit.ordinal());
  }

  /** The printed unit code, or {@code <department>-U<ordinal>} for an unnamed unit. */
  public static String unitCode(String departmentCode, String printedCode, int ordinal) {
    return printedCode != null && !printedCode.isBlank()
        ? printedCode
        : departmentCode + "-U" + ordinal;
  }

  /** The unit that holds spending whose unit the document's text does not give. */
  public static String gapUnitCode(String departmentCode) {
    return departmentCode + "-GAP";
  }

  /** The unit that holds income a document gives only for the whole department. */
  public static String departmentIncomeUnitCode(String departmentCode) {
    return departmentCode + "-D";
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
