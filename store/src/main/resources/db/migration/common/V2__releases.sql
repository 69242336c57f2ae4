-- Published analyses (issue 5): what each release was computed from, ids only, so a later
-- withdrawal of consent can be traced to the releases that used the case. Portable SQL: the
-- same script runs on H2 and PostgreSQL.
CREATE TABLE releases (
    release_id VARCHAR(200) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    software_version VARCHAR(64) NOT NULL,
    snapshot_hash VARCHAR(128) NOT NULL,
    table_fingerprint VARCHAR(128) NOT NULL,
    settings VARCHAR(100000) NOT NULL
);

CREATE TABLE release_cases (
    release_id VARCHAR(200) NOT NULL REFERENCES releases (release_id),
    case_id BIGINT NOT NULL,
    PRIMARY KEY (release_id, case_id)
);
