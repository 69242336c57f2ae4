package org.uncounted.formats.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Fails with {@link LineTooLongException} when a line exceeds a length, before holding it whole. */
public final class BoundedLineReader extends FilterReader {
    private final int max;
    private int current;
    private long line = 1;

    public BoundedLineReader(Reader in, int max) {
        super(in);
        this.max = max;
    }

    /** Thrown for an over-long line; {@link #line()} is its 1-based number. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        LineTooLongException(long line, int max) {
            super("line " + line + " is longer than " + max + " characters");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            count(buf[off + i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            current = 0;
            line++;
        } else if (++current > max) {
            throw new LineTooLongException(line, max);
        }
    }
}
