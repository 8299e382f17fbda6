package org.budgetledger.app.importer.document;

/** A 名词解释 entry: its number, the term (before the first colon) and the definition. */
public record GlossaryEntry(int number, String term, String definition, int lineNo) {}
