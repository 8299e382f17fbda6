package org.budgetledger.app.adjustment;

/**
 * Where an entry of an adjustment file starts: the file's name, the line, and for JSON the entry's
 * position in the list (1-based; 0 for a CSV file, whose entries are named by line).
 */
public record FilePlace(String file, int line, int entry) {
  @Override
  public String toString() {
    return file + (entry > 0 ? " entry " + entry + " (line " + line + ")" : " line " + line);
  }
}
