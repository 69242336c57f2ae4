-- Imports write far fewer rows (docs/storage.md, docs/benchmarks.md): the coded events of a case,
-- and its consent grants, each become ONE row per case holding a compact coded list, instead of
-- one row per event (about 7 per case) and one per grant (about 3). The table names stay, so
-- backups, restores and purges keep addressing them. Portable SQL: the same script runs on H2
-- (MODE=PostgreSQL) and PostgreSQL.
--
-- coded (org.uncounted.store.internal.CodedRows): records separated by ';', fields by ','; an
-- empty field is NULL; a backslash escapes ',', ';' and itself, and '\e' is the empty string.
--   events:   type, asserted_by, reliability, year_from, year_to, date_precision, country,
--             province, exploitation_type, price_amount (two decimals), price_currency, price_year
--   consents: purpose, partner, given_on, withdrawn_on
-- Rows written under V1 are converted here with the same rules, in their old position order.

CREATE TABLE events_v4 (
    case_id BIGINT PRIMARY KEY,
    source_id BIGINT NOT NULL,
    coded VARCHAR NOT NULL
);

INSERT INTO events_v4 (case_id, source_id, coded)
SELECT case_id, MIN(source_id), STRING_AGG((CASE WHEN type IS NULL THEN '' WHEN type = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(type, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN asserted_by IS NULL THEN '' WHEN asserted_by = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(asserted_by, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN reliability IS NULL THEN '' WHEN reliability = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(reliability, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || COALESCE(CAST(year_from AS VARCHAR), '') || ',' || COALESCE(CAST(year_to AS VARCHAR), '') || ',' || (CASE WHEN date_precision IS NULL THEN '' WHEN date_precision = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(date_precision, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN country IS NULL THEN '' WHEN country = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(country, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN province IS NULL THEN '' WHEN province = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(province, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN exploitation_type IS NULL THEN '' WHEN exploitation_type = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(exploitation_type, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || COALESCE(CAST(price_amount AS VARCHAR), '') || ',' || (CASE WHEN price_currency IS NULL THEN '' WHEN price_currency = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(price_currency, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || COALESCE(CAST(price_year AS VARCHAR), ''), ';' ORDER BY id)
FROM events GROUP BY case_id;

DROP TABLE events;
ALTER TABLE events_v4 RENAME TO events;

CREATE TABLE consents_v4 (
    case_id BIGINT PRIMARY KEY,
    coded VARCHAR NOT NULL
);

INSERT INTO consents_v4 (case_id, coded)
SELECT case_id, STRING_AGG((CASE WHEN purpose IS NULL THEN '' WHEN purpose = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(purpose, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN partner IS NULL THEN '' WHEN partner = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(partner, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN given_on IS NULL THEN '' WHEN given_on = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(given_on, '\', '\\'), ',', '\,'), ';', '\;') END) || ',' || (CASE WHEN withdrawn_on IS NULL THEN '' WHEN withdrawn_on = '' THEN '\e' ELSE REPLACE(REPLACE(REPLACE(withdrawn_on, '\', '\\'), ',', '\,'), ';', '\;') END), ';' ORDER BY id)
FROM consents GROUP BY case_id;

DROP TABLE consents;
ALTER TABLE consents_v4 RENAME TO consents;
