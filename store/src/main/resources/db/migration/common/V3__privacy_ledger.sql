-- The privacy-budget ledger (issue 7 item 5): every ε charged against a dataset by a noisy
-- release, so the lifetime cap holds across releases, processes and restarts. Ids and numbers
-- only. A charge and its BUDGET_CHARGED audit entry are written in one transaction; the primary
-- key (dataset, seq) makes two concurrent charges of the same dataset clash, and the loser
-- re-reads the total before trying again (StoreSession.budgetLedger). Restores never touch this
-- table: rolling it back would refund spent budget. ε and δ are kept as exact decimal strings
-- (BigDecimal.toPlainString), never rounded. Portable SQL: the same script runs on H2
-- (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE privacy_ledger (
    dataset_id VARCHAR(128) NOT NULL,
    seq INT NOT NULL,
    release_id VARCHAR(128) NOT NULL,
    mechanism VARCHAR(200) NOT NULL,
    table_count INT NOT NULL,
    epsilon VARCHAR(100) NOT NULL,
    delta VARCHAR(100) NOT NULL,
    charged_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dataset_id, seq)
);
