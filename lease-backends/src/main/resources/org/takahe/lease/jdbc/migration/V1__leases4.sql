-- IPv4 leases. Each statement may run again over a half-applied first attempt (H2 commits every DDL statement
-- on its own, so a crash can leave part of a step behind), hence IF NOT EXISTS throughout.
-- The address is the unsigned 32-bit value, so ordering by it is ordering by address.
CREATE TABLE IF NOT EXISTS lease4 (
    address BIGINT NOT NULL PRIMARY KEY CHECK (address BETWEEN 0 AND 4294967295),
    hardware_address VARCHAR NOT NULL,
    client_id VARCHAR,
    subnet_id VARCHAR NOT NULL,
    allocated TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    renewed TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    hostname VARCHAR
);
CREATE INDEX IF NOT EXISTS lease4_hardware_address ON lease4 (hardware_address);
CREATE INDEX IF NOT EXISTS lease4_client_id ON lease4 (client_id);
-- Background reclamation reads leases in this order.
CREATE INDEX IF NOT EXISTS lease4_expires ON lease4 (expires, address);
