-- A signed tree head per committed write transaction (issue 13): the appending transaction signs
-- the Merkle root over the whole log, its own events included, and inserts it here before it
-- commits, so no committed event is ever beyond a signed head. file_text is the signed artifact
-- (the checkpoint file format); the other columns repeat its fields for psql. frontier holds the
-- roots of the perfect subtrees the size decomposes into, so the next append extends the tree in
-- O(log n); it is checked against the signed root before it is used, never trusted.
CREATE TABLE audit_tree_head (
  tree_size         BIGINT NOT NULL PRIMARY KEY,
  last_global_index BIGINT NOT NULL,
  root_hash         CHAR(64) NOT NULL,
  created_at        VARCHAR(40) NOT NULL,
  frontier          VARCHAR(4200) NOT NULL,
  file_text         VARCHAR(1000) NOT NULL
);
