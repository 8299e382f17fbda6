package org.budgetledger.core.model;

/** Which numbering of the 13 disclosure tables a department publishes in (DOMAIN §4). */
public enum DisclosureFormat {
  /** District (区级) numbering: 04 政府采购, 05 财政拨款收支总表 … */
  DISTRICT,
  /** Municipal (市级) numbering: 04 财政拨款收支总表 … 10 政府采购. */
  MUNICIPAL
}
