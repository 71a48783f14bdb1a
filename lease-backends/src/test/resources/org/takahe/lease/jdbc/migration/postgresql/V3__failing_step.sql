-- A step for PostgresSchemaMigrationsTest only: creates a table, then fails.
CREATE TABLE failing_step (note VARCHAR);
SELECT no_such_column FROM failing_step;
