-- Uncounted case store, schema version 1. Shared by H2 (MODE=PostgreSQL) and PostgreSQL.
--
-- Two kinds of columns (docs/storage.md):
--   * sealed: BYTEA ciphertext under the case's data key, associated data (case, field, row).
--     The whole canonical case document lives in cases.document; nothing identifying is ever
--     stored elsewhere in clear.
--   * coded: plain analytic values (vocabulary codes, years, province-level places, prices)
--     projected from the document so analysts can query without decrypting anything.

CREATE TABLE store_meta (
    name VARCHAR(64) PRIMARY KEY,
    val VARCHAR(4000) NOT NULL
);

-- The security module's keyring header (KDF salt and parameters, key check value, wrapped
-- blind-index key). One row.
CREATE TABLE keyring (
    id INT PRIMARY KEY,
    header BYTEA NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Data keys wrapped by the key-encryption key. Deleting a row crypto-shreds what it protected.
CREATE TABLE wrapped_keys (
    kind VARCHAR(16) NOT NULL,
    owner_id VARCHAR(128) NOT NULL,
    kek_id VARCHAR(128) NOT NULL,
    wrapped BYTEA NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, owner_id)
);

-- A documenting organisation or list: every record imported belongs to one.
-- descriptor: the source as the header of an empty JSON case file (organisation, type,
-- interview metadata; no identifying content), rewritten by every import.
CREATE TABLE sources (
    id BIGINT PRIMARY KEY,
    name VARCHAR(200) NOT NULL UNIQUE,
    descriptor BYTEA NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE case_ids START WITH 1 INCREMENT BY 1;

CREATE TABLE cases (
    id BIGINT PRIMARY KEY,
    source_id BIGINT NOT NULL REFERENCES sources (id),
    source_record_id VARCHAR(200) NOT NULL,
    revision INT NOT NULL,
    purged BOOLEAN NOT NULL,
    created_by VARCHAR(128) NOT NULL,
    -- keyed hash of the plaintext document: an unchanged re-import writes nothing
    content_mac VARCHAR(64),
    -- sealed: the canonical JSON document of the case (field "case.document", row = case id)
    document BYTEA,
    document_sha256 BYTEA,
    -- coded victim profile
    sex VARCHAR(16),
    birth_year INT,
    age_at_crossing INT,
    origin_province VARCHAR(16),
    current_status VARCHAR(32),
    possibly_in_china BOOLEAN,
    reliability VARCHAR(16),
    consent_mask INT NOT NULL,
    event_count INT NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cases_source_record UNIQUE (source_id, source_record_id)
);

-- One row per event of a case, coded fields only. The id is case id * 1024 + position, so the
-- events of a case are one primary-key range (no secondary index to maintain on import; the same
-- holds for consents and blind indexes with 64 rows per case).
CREATE TABLE events (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    source_id BIGINT NOT NULL,
    -- the case's own source record (interview, document) that asserts this event, and its reliability
    asserted_by VARCHAR(128),
    reliability VARCHAR(16),
    type VARCHAR(32) NOT NULL,
    year_from INT,
    year_to INT,
    date_precision VARCHAR(16),
    country VARCHAR(2),
    province VARCHAR(16),
    exploitation_type VARCHAR(32),
    price_amount DECIMAL(19, 2),
    price_currency VARCHAR(3),
    price_year INT
);

-- Consent per purpose (id = case id * 64 + position); a withdrawal keeps the row with its date.
CREATE TABLE consents (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    purpose VARCHAR(32) NOT NULL,
    partner VARCHAR(128),
    given_on VARCHAR(10),
    withdrawn_on VARCHAR(10)
);

-- Keyed blind indexes (HMAC tokens of normalised identifying values) for exact lookups
-- (id = case id * 64 + position).
CREATE TABLE blind_indexes (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    field VARCHAR(64) NOT NULL,
    token VARCHAR(64) NOT NULL
);
CREATE INDEX blind_indexes_token ON blind_indexes (field, token);

-- The tamper-evident audit log: ids and hashes only, never content.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    entry BYTEA NOT NULL,
    entry_hash BYTEA NOT NULL
);

CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    username VARCHAR(64) NOT NULL UNIQUE,
    password_hash VARCHAR(400) NOT NULL,
    -- sealed under the user table's data key (field "users.totp_secret", row = username)
    totp_secret BYTEA,
    totp_last_step BIGINT NOT NULL,
    failed_logins INT NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    disabled BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A role granted to a user, for one source or (source_id NULL) for all sources.
CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role VARCHAR(32) NOT NULL,
    source_id BIGINT REFERENCES sources (id),
    CONSTRAINT user_roles_unique UNIQUE (user_id, role, source_id)
);
