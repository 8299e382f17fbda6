package org.budgetledger.app.importer.pdf;

import java.util.Arrays;

/** Disjoint sets over 0..n-1: rules that touch one table, grid squares that make one cell. */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    Arrays.setAll(parent, i -> i);
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  void union(int a, int b) {
    parent[find(a)] = find(b);
  }
}
