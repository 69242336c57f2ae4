-- Drafts of testimonies being recorded in the web application (issue 6 item 3). A draft holds
-- identifying content, so it is sealed like a case document: under a data key of its own (owner
-- "draft.<draft id>", field "draft.document", row = draft id), destroyed when the draft is
-- recorded or discarded. owner_id is the user who began it; source_name may be null (skipped).
CREATE TABLE drafts (
    draft_id VARCHAR(128) PRIMARY KEY,
    owner_id VARCHAR(128) NOT NULL,
    source_name VARCHAR(200),
    document BYTEA NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
