-- DHCPv6 leases: addresses of IA_NA and delegated prefixes of IA_PD. Re-runnable like every step (IF NOT EXISTS).
-- The address is kept as its upper and lower 64 bits (SQL's signed BIGINT holding the unsigned halves); a key is
-- the lease type with the address and prefix length (128 for an address).
CREATE TABLE IF NOT EXISTS lease6 (
    lease_type VARCHAR(2) NOT NULL CHECK (lease_type IN ('na', 'pd')),
    address_high BIGINT NOT NULL,
    address_low BIGINT NOT NULL,
    prefix_length INTEGER NOT NULL CHECK (prefix_length BETWEEN 0 AND 128),
    duid VARCHAR NOT NULL,
    iaid BIGINT NOT NULL CHECK (iaid BETWEEN 0 AND 4294967295),
    hardware_address VARCHAR,
    subnet_id VARCHAR NOT NULL,
    allocated TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    renewed TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    preferred_until TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    t1_ms BIGINT NOT NULL,
    t2_ms BIGINT NOT NULL,
    hostname VARCHAR,
    PRIMARY KEY (lease_type, address_high, address_low, prefix_length)
);
CREATE INDEX IF NOT EXISTS lease6_ia ON lease6 (duid, iaid, lease_type);
-- Background reclamation reads leases in this order.
CREATE INDEX IF NOT EXISTS lease6_expires ON lease6 (expires);
