package org.uncounted.store.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A table's rows as a portable stream (the same on H2 and PostgreSQL): column names, then rows of
 * typed values. Used by backups; sealed columns stay ciphertext, and the archive around the dump is
 * encrypted again as a whole.
 */
public final class TableDump {
    private static final int NULL = 0, LONG = 1, STRING = 2, BYTES = 3, DECIMAL = 4, TIME = 5, BOOL = 6;

    private TableDump() {}

    /** Writes {@code SELECT * FROM table [WHERE where]} ordered by the first column. */
    public static void write(Handle h, String table, String where, DataOutputStream out) {
        h.createQuery("SELECT * FROM " + table + (where == null ? "" : " WHERE " + where) + " ORDER BY 1")
                .scanResultSet((supplier, ctx) -> {
                    try (ResultSet rs = supplier.get()) {
                        ResultSetMetaData md = rs.getMetaData();
                        int n = md.getColumnCount();
                        out.writeInt(n);
                        for (int c = 1; c <= n; c++)
                            out.writeUTF(md.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT));
                        while (rs.next()) {
                            out.writeBoolean(true);
                            for (int c = 1; c <= n; c++) value(rs, c, md.getColumnType(c), out);
                        }
                        out.writeBoolean(false);
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void value(ResultSet rs, int c, int type, DataOutputStream out) throws SQLException, IOException {
        Object v = rs.getObject(c);
        if (v == null) {
            out.writeByte(NULL);
        } else if (type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT) {
            out.writeByte(LONG);
            out.writeLong(rs.getLong(c));
        } else if (type == Types.BOOLEAN || type == Types.BIT) {
            out.writeByte(BOOL);
            out.writeBoolean(rs.getBoolean(c));
        } else if (type == Types.DECIMAL || type == Types.NUMERIC) {
            out.writeByte(DECIMAL);
            out.writeUTF(rs.getBigDecimal(c).toPlainString());
        } else if (type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.TIMESTAMP) {
            out.writeByte(TIME);
            out.writeUTF(rs.getObject(c, OffsetDateTime.class).toString());
        } else if (type == Types.BINARY
                || type == Types.VARBINARY
                || type == Types.LONGVARBINARY
                || type == Types.BLOB) {
            byte[] b = rs.getBytes(c);
            out.writeByte(BYTES);
            out.writeInt(b.length);
            out.write(b);
        } else {
            byte[] b = rs.getString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeByte(STRING);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** Inserts the rows of a dump into {@code table} (which the caller emptied). Returns the row count. */
    public static long read(Handle h, String table, DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> cols = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            String col = in.readUTF();
            if (!col.matches("[a-z_][a-z0-9_]*")) throw new IOException("bad column name in backup");
            cols.add(col);
        }
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (");
        for (int c = 0; c < n; c++) sql.append(c == 0 ? ":" : ", :").append(cols.get(c));
        PreparedBatch batch = h.prepareBatch(sql.append(')').toString());
        long rows = 0;
        while (in.readBoolean()) {
            for (int c = 0; c < n; c++) batch.bind(cols.get(c), readValue(in));
            batch.add();
            if (++rows % 1000 == 0) {
                batch.execute();
                batch = h.prepareBatch(sql.toString());
            }
        }
        if (rows % 1000 != 0) batch.execute();
        return rows;
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case LONG:
                return in.readLong();
            case BOOL:
                return in.readBoolean();
            case DECIMAL:
                return new BigDecimal(in.readUTF());
            case TIME:
                return OffsetDateTime.parse(in.readUTF());
            case BYTES:
            case STRING:
                int len = in.readInt();
                if (len < 0 || len > (64 << 20)) throw new IOException("implausible value length in backup");
                byte[] b = in.readNBytes(len);
                if (b.length != len) throw new IOException("truncated backup");
                return tag == BYTES ? b : new String(b, java.nio.charset.StandardCharsets.UTF_8);
            default:
                throw new IOException("unknown value tag " + tag + " in backup");
        }
    }
}
