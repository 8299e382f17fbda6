package org.budgetledger.app.importer.document;

import java.time.LocalDate;
import org.budgetledger.core.model.DisclosureFormat;

/**
 * What identifies a published document: file name, SHA-256 of its UTF-8 text (so the same text is
 * never imported twice), format, fiscal year, department (its code where printed, else null), the
 * date at its end where printed (else null), and the decimals its money tables print (2 or 6).
 */
public record DocumentHeader(
    String fileName,
    String contentHash,
    DisclosureFormat format,
    Integer fiscalYear,
    String departmentName,
    String departmentCode,
    LocalDate documentDate,
    int decimals) {}
