-- A step for SchemaMigrationsTest only: H2's own copy.
CREATE TABLE test_step (note VARCHAR);
INSERT INTO test_step VALUES ('h2');
