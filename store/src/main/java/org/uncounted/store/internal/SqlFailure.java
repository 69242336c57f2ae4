package org.uncounted.store.internal;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/**
 * A failure of a plain JDBC statement on the import path, shaped like JDBI's own exceptions so
 * that {@link StoreContext} translates it the same way. The driver's message (which may quote
 * bound values) is dropped: only the SQL state and error code are kept.
 */
final class SqlFailure extends JdbiException {
    private static final long serialVersionUID = 1L;

    private SqlFailure(String what, SQLException cause) {
        super(what + " failed (SQL state " + cause.getSQLState() + ")", stripped(cause));
    }

    static SqlFailure of(String what, SQLException e) {
        return new SqlFailure(what, e);
    }

    private static SQLException stripped(SQLException e) {
        SQLException s = e.getNextException() != null && e.getSQLState() == null ? e.getNextException() : e;
        SQLException copy = new SQLException("SQL state " + s.getSQLState(), s.getSQLState(), s.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
