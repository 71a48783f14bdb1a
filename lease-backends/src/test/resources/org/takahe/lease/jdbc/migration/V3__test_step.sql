-- A step for SchemaMigrationsTest only: the shared copy, which the H2 copy overrides.
CREATE TABLE test_step (note VARCHAR);
INSERT INTO test_step VALUES ('shared');
