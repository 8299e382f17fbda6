package org.budgetledger.app.request;

import java.util.List;

/** Opens a department budget; {@code format} is DISTRICT or MUNICIPAL numbering. */
public record OpenBudgetRequest(
    Integer year,
    String department,
    String departmentName,
    String format,
    Integer displayDecimals,
    List<UnitRequest> units,
    String effectiveDate,
    BasisRequest basis) {}
