package org.budgetledger.app.readmodel;

import org.axonframework.eventhandling.Segment;

/**
 * How far one segment of a read model's processor has come: from this node's memory when it
 * processes the segment here ({@code local}), else from the token store, where the owning node
 * stores it with each batch it commits.
 */
public record SegmentPosition(Segment segment, long position, boolean local, String owner) {}
