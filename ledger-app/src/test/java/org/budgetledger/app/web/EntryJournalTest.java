package org.budgetledger.app.web;

/** 分录列表's query on H2, the embedded store. */
@WebAppTest
class EntryJournalTest extends EntryJournalContract {}
